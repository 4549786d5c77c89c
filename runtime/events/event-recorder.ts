// Records Kubernetes Events about objects ("0/3 nodes are available: 3 Insufficient cpu."),
// through the API so `troupe get events` and `describe` show them. Repeats of one event within a
// window update its count and lastTimestamp instead of creating another object, as Kubernetes'
// event correlator does. A failure to record is logged, never thrown at the caller.
import { randomInt } from "node:crypto";
import type { TypedApiClient } from "../api-client/typed-api-client.ts";
import type { Logger } from "../log.ts";
import type { ApiObject } from "../store/object-repository.ts";
import { kubernetesTime } from "../kubernetes-time.ts";

export type EventType = "Normal" | "Warning";

export interface EventRecorderOptions {
  /** The reporting component, e.g. "default-scheduler", "kubelet". */
  component: string;
  /** The node or instance the component runs on. */
  host?: string;
  /** Repeats within this window are aggregated into one Event. */
  aggregateWindowMs?: number;
  /** Distinct events remembered for aggregation (oldest forgotten first). */
  maxRemembered?: number;
  logger?: Logger;
  now?: () => Date;
}

interface EventShape extends ApiObject {
  count?: number;
  lastTimestamp?: string;
}

interface Remembered {
  event: EventShape;
  firstSeen: number;
}


export class EventRecorder {
  private readonly client: TypedApiClient;
  private readonly options: Required<Omit<EventRecorderOptions, "logger" | "host">> & Pick<EventRecorderOptions, "logger" | "host">;
  private readonly remembered = new Map<string, Remembered>();

  constructor(client: TypedApiClient, options: EventRecorderOptions) {
    this.client = client;
    this.options = { aggregateWindowMs: 10 * 60_000, maxRemembered: 4096, now: () => new Date(), ...options };
  }

  async record(involved: ApiObject, type: EventType, reason: string, message: string): Promise<void> {
    const meta = involved.metadata ?? {};
    const key = `${meta.uid}|${type}|${reason}|${message}`;
    const now = this.options.now();
    try {
      const previous = this.remembered.get(key);
      if (previous && now.getTime() - previous.firstSeen < this.options.aggregateWindowMs) {
        const updated = await this.client.update<EventShape>({ ...previous.event, count: (previous.event.count ?? 1) + 1, lastTimestamp: kubernetesTime(now) });
        this.remember(key, { event: updated, firstSeen: previous.firstSeen });
        return;
      }
      const created = await this.client.create<EventShape>(this.newEvent(involved, type, reason, message, now));
      this.remember(key, { event: created, firstSeen: now.getTime() });
    } catch (error) {
      // The aggregated Event may have been changed or removed meanwhile: start a fresh one next time.
      this.remembered.delete(key);
      this.options.logger?.warn("could not record event", { reason, involved: `${involved.kind}/${meta.namespace ?? ""}/${meta.name}`, error });
    }
  }

  private newEvent(involved: ApiObject, type: EventType, reason: string, message: string, now: Date): EventShape {
    const meta = involved.metadata ?? {};
    const namespace = meta.namespace || "default";
    const time = kubernetesTime(now);
    return {
      apiVersion: "v1",
      kind: "Event",
      // Kubernetes names events <object>.<unix nanoseconds in hex>; the clock gives milliseconds,
      // so random sub-millisecond digits keep two events of one millisecond apart.
      metadata: { name: `${meta.name}.${(BigInt(now.getTime()) * 1_000_000n + BigInt(randomInt(1_000_000))).toString(16)}`, namespace },
      involvedObject: { apiVersion: involved.apiVersion, kind: involved.kind, name: meta.name, namespace: meta.namespace ?? "", uid: meta.uid, resourceVersion: meta.resourceVersion },
      reason,
      message,
      type,
      source: { component: this.options.component, host: this.options.host ?? "" },
      reportingComponent: this.options.component,
      reportingInstance: this.options.host ?? "",
      firstTimestamp: time,
      lastTimestamp: time,
      count: 1,
    };
  }

  private remember(key: string, entry: Remembered): void {
    this.remembered.delete(key);
    this.remembered.set(key, entry);
    if (this.remembered.size > this.options.maxRemembered) this.remembered.delete(this.remembered.keys().next().value as string);
  }
}
