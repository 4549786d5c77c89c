// Where predictive scaling's history outlives the controller process: one ConfigMap per HPA,
// `<hpa>-predictive-history` in the HPA's namespace, owned by the HPA (the garbage collector
// deletes it with the HPA), its `history.json` the PredictiveHistory (m buckets per metric, a few
// KB). A new leader reads it on its first sync of the HPA and goes on from there; the buckets it
// missed while no leader synced are gaps (forecast-series.ts). Written at most every
// `minIntervalMs` and only when a bucket was folded in, so a 1 s sync does not write every second.
import type { TypedApiClient } from "../../../../runtime/api-client/typed-api-client.ts";
import { ApiError } from "../../../../runtime/api-errors.ts";
import { CONFIG_MAPS, type ConfigMapObject } from "../../resources.ts";
import type { PredictiveHistory } from "./predict-replicas.ts";

export const HISTORY_KEY = "history.json";
export const HISTORY_LABEL = "autoscaling.troupe.io/predictive-history-of";
export const DEFAULT_PERSIST_INTERVAL_MS = 10_000;

export interface PredictiveHistoryStore {
  load(hpa: HpaRef): Promise<PredictiveHistory | undefined>;
  save(hpa: HpaRef, history: PredictiveHistory): Promise<void>;
}

export interface HpaRef {
  namespace: string;
  name: string;
  uid: string;
}

export function historyConfigMapName(hpaName: string): string {
  return `${hpaName}-predictive-history`;
}

function isHistory(value: unknown): value is PredictiveHistory {
  const candidate = value as Partial<PredictiveHistory> | null;
  return typeof candidate === "object" && candidate !== null && typeof candidate.seasonMs === "number" && typeof candidate.bucketMs === "number" && typeof candidate.series === "object" && candidate.series !== null;
}

/** Parses a stored history; anything else (hand-edited, another version) is no history. */
export function parseHistory(text: string | undefined): PredictiveHistory | undefined {
  if (!text) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return isHistory(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export class ConfigMapHistoryStore implements PredictiveHistoryStore {
  readonly #client: TypedApiClient;

  constructor(client: TypedApiClient) {
    this.#client = client;
  }

  async load(hpa: HpaRef): Promise<PredictiveHistory | undefined> {
    try {
      const configMap = await this.#client.get<ConfigMapObject>(CONFIG_MAPS, hpa.namespace, historyConfigMapName(hpa.name));
      // A ConfigMap left by an earlier HPA of the same name is not this one's history.
      if (!(configMap.metadata?.ownerReferences ?? []).some((owner) => owner.uid === hpa.uid)) return undefined;
      return parseHistory(configMap.data?.[HISTORY_KEY]);
    } catch (error) {
      if (error instanceof ApiError && error.code === 404) return undefined;
      throw error;
    }
  }

  async save(hpa: HpaRef, history: PredictiveHistory): Promise<void> {
    const name = historyConfigMapName(hpa.name);
    const object: ConfigMapObject = {
      apiVersion: "v1", kind: "ConfigMap",
      metadata: {
        name, namespace: hpa.namespace, labels: { [HISTORY_LABEL]: hpa.name },
        ownerReferences: [{ apiVersion: "autoscaling/v2", kind: "HorizontalPodAutoscaler", name: hpa.name, uid: hpa.uid, controller: true, blockOwnerDeletion: false }],
      },
      data: { [HISTORY_KEY]: JSON.stringify(history) },
    };
    try {
      const existing = await this.#client.get<ConfigMapObject>(CONFIG_MAPS, hpa.namespace, name);
      await this.#client.update<ConfigMapObject>({ ...object, metadata: { ...object.metadata, resourceVersion: existing.metadata?.resourceVersion } });
    } catch (error) {
      if (!(error instanceof ApiError && error.code === 404)) throw error;
      await this.#client.create<ConfigMapObject>(object);
    }
  }
}

/** Whether a history moved on since the one last saved: a bucket folded in (the open bucket alone does not count). */
export function foldedSince(saved: PredictiveHistory | undefined, current: PredictiveHistory): boolean {
  if (!saved || saved.seasonMs !== current.seasonMs || saved.bucketMs !== current.bucketMs) return true;
  const keys = new Set([...Object.keys(saved.series), ...Object.keys(current.series)]);
  for (const key of keys) {
    const before = saved.series[key];
    const after = current.series[key];
    if (!before || !after) return true;
    if (before.model?.lastIndex !== after.model?.lastIndex || JSON.stringify(before.warmup) !== JSON.stringify(after.warmup)) return true;
  }
  return false;
}
