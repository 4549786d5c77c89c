// The API's custom metrics adapter (what the Prometheus adapter is to Kubernetes), inside every
// replica: it subscribes to the mesh SDK's reports (troupe.metrics.v1.mesh.<namespace>.<pod>)
// and keeps, per pod, the reports of the last window (and the zero counts of its start), from
// which custom.metrics.k8s.io values are computed on request. A pod silent for 30 s is dropped.
import type { NatsConnection, Subscription } from "@nats-io/transport-node";
import type { Logger } from "../../../runtime/log.ts";
import { MESH_METRICS_SUBJECT_PREFIX } from "../../../runtime/subjects.ts";
import { parseMeshMetricsReport, reportSourceOfSubject, type MeshMetricsReport } from "../../../runtime/custom-metrics/mesh-report.ts";
import { servedWindow, type CountsSample, type ServedWindow } from "../../../runtime/custom-metrics/mesh-metric-values.ts";
import type { LabelSelector } from "../../../runtime/selectors/label-selector.ts";
import type { MeshMetricsStoreMetrics } from "./mesh-metrics-store-metrics.ts";

/** Rates are taken over this much of the newest reports (the Prometheus adapter's rate window, shortened: reports come every second). */
export const DEFAULT_RATE_WINDOW_MS = 5_000;
export const DEFAULT_STALE_AFTER_MS = 30_000;

interface PodHistory {
  startTime: string;
  samples: CountsSample[];
  receivedAt: number;
}

export interface MeshMetricsStoreOptions {
  windowMs?: number;
  staleAfterMs?: number;
  now?: () => number;
}

export class MeshMetricsStore {
  readonly #pods = new Map<string, PodHistory>();
  readonly windowMs: number;
  readonly #staleAfterMs: number;
  readonly #now: () => number;
  #subscription: Subscription | undefined;

  constructor(options: MeshMetricsStoreOptions = {}) {
    this.windowMs = options.windowMs ?? DEFAULT_RATE_WINDOW_MS;
    this.#staleAfterMs = options.staleAfterMs ?? DEFAULT_STALE_AFTER_MS;
    this.#now = options.now ?? Date.now;
  }

  start(nc: NatsConnection, logger: Logger, metrics?: MeshMetricsStoreMetrics): void {
    metrics?.setReportingPods(() => this.freshPods());
    this.#subscription = nc.subscribe(`${MESH_METRICS_SUBJECT_PREFIX}.>`, {
      callback: (error, msg) => {
        if (error) return;
        const from = reportSourceOfSubject(MESH_METRICS_SUBJECT_PREFIX, msg.subject);
        try {
          if (!from) throw new Error("the subject names no namespace and pod");
          this.add(parseMeshMetricsReport(msg.string(), from));
          metrics?.reports.inc({ result: "accepted" });
        } catch (cause) {
          metrics?.reports.inc({ result: "malformed" });
          logger.warn("dropped a malformed mesh metrics report", { subject: msg.subject, error: cause });
        }
      },
    });
  }

  stop(): void {
    this.#subscription?.unsubscribe();
  }

  add(report: MeshMetricsReport): void {
    const key = `${report.namespace}/${report.pod}`;
    let history = this.#pods.get(key);
    // A new start (the container restarted): its counts begin again at zero.
    if (!history || history.startTime !== report.startTime) {
      history = { startTime: report.startTime, samples: [{ at: Date.parse(report.startTime), methods: [] }], receivedAt: 0 };
      this.#pods.set(key, history);
    }
    const at = Date.parse(report.timestamp);
    if (at <= (history.samples.at(-1)?.at ?? 0)) return;
    history.samples.push({ at, methods: report.methods });
    // Keep one sample at or before the window's start, so the window is always covered.
    while (history.samples.length > 2 && at - history.samples[1].at >= this.windowMs) history.samples.shift();
    history.receivedAt = this.#now();
  }

  /** What the pod served over the window (methods the selector matches); undefined without figures. */
  window(namespace: string, pod: string, selector?: LabelSelector): ServedWindow | undefined {
    const history = this.#pods.get(`${namespace}/${pod}`);
    if (!history) return undefined;
    if (this.#now() - history.receivedAt > this.#staleAfterMs) {
      this.#pods.delete(`${namespace}/${pod}`);
      return undefined;
    }
    return servedWindow(history.samples, this.windowMs, selector);
  }

  /** Pods heard from within the staleness limit (the others are dropped). */
  freshPods(): number {
    const now = this.#now();
    for (const [key, history] of this.#pods) if (now - history.receivedAt > this.#staleAfterMs) this.#pods.delete(key);
    return this.#pods.size;
  }
}
