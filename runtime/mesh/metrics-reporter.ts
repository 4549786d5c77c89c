// Publishes this pod's mesh metrics report (runtime/custom-metrics/mesh-report.ts) every interval
// on meshMetricsSubject(namespace, pod): the API replicas serve custom.metrics.k8s.io from it, which
// the HPA's Pods and Object metrics read. One small message per pod and second; a pod's token
// may publish only its own subject (runtime/auth/pod-permissions.ts).
import type { NatsConnection } from "@nats-io/transport-node";
import type { MeshMetricsReport, MethodCounts } from "../custom-metrics/mesh-report.ts";
import type { Logger } from "../log.ts";
import { meshMetricsSubject } from "../subjects.ts";

export interface MetricsReporterOptions {
  nc: NatsConnection;
  namespace: string;
  pod: string;
  intervalMs: number;
  logger: Logger;
  /** Every served method's cumulative counts now. */
  counts: () => MethodCounts[];
}

export class MetricsReporter {
  readonly #options: MetricsReporterOptions;
  readonly #subject: string;
  readonly #startTime = new Date().toISOString();
  #timer: NodeJS.Timeout | undefined;
  #warned = false;

  constructor(options: MetricsReporterOptions) {
    this.#options = options;
    this.#subject = meshMetricsSubject(options.namespace, options.pod);
  }

  start(): void {
    if (this.#timer) return;
    this.#timer = setInterval(() => this.publish(), this.#options.intervalMs);
    this.#timer.unref();
  }

  /** One report now (also the last one on stop, so the final calls are counted). */
  publish(): void {
    const { nc, namespace, pod, logger } = this.#options;
    if (nc.isClosed() || nc.isDraining()) return;
    const report: Omit<MeshMetricsReport, "namespace" | "pod"> & { namespace: string; pod: string } = {
      namespace, pod, timestamp: new Date().toISOString(), startTime: this.#startTime, methods: this.#options.counts(),
    };
    try {
      nc.publish(this.#subject, JSON.stringify(report));
    } catch (error) {
      if (!this.#warned) logger.warn("cannot publish the mesh metrics report", { subject: this.#subject, error });
      this.#warned = true;
    }
  }

  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
    this.publish();
  }
}
