// Samples the node's pods every interval and publishes the report on nodeUsageSubject(node)
// (docs/nats-api.md); keeps the latest cumulative figures for the kubelet's Prometheus series.
import type { NatsConnection } from "@nats-io/transport-node";
import type { Logger } from "../../../runtime/log.ts";
import { nodeUsageSubject } from "../../../runtime/subjects.ts";
import type { NodeUsageReport } from "../../../runtime/resource-metrics/usage-report.ts";
import { readContainers, usageReport, type ContainerReading, type UsageTarget } from "./usage-sample.ts";
import type { CpuSample } from "./usage-rate.ts";

export interface UsageSamplerDeps {
  nc: NatsConnection;
  nodeName: string;
  intervalMs: number;
  targets: () => UsageTarget[];
  logger: Logger;
}

/** The latest cumulative figures of one container, with the pod it belongs to. */
export interface LatestContainerUsage extends ContainerReading {
  namespace: string;
  pod: string;
  container: string;
}

export class UsageSampler {
  readonly #deps: UsageSamplerDeps;
  readonly #previous = new Map<string, CpuSample>();
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;
  /** By container id; what the Prometheus collectors read. */
  latest = new Map<string, LatestContainerUsage>();
  lastReport: NodeUsageReport | undefined;

  constructor(deps: UsageSamplerDeps) {
    this.#deps = deps;
  }

  start(): void {
    if (this.#timer || this.#deps.intervalMs <= 0) return;
    void this.tick();
    this.#timer = setInterval(() => void this.tick(), this.#deps.intervalMs);
    this.#timer.unref();
  }

  /** One sample and publish; a sample still running when the next is due makes that one skip. */
  async tick(): Promise<void> {
    if (this.#running) return;
    this.#running = this.#sample().catch((error: unknown) => this.#deps.logger.warn("sampling container usage failed", { error })).finally(() => {
      this.#running = undefined;
    });
    await this.#running;
  }

  async #sample(): Promise<void> {
    const { nc, nodeName, targets } = this.#deps;
    const pods = targets();
    const readings = await readContainers(pods);
    const report = usageReport(nodeName, pods, readings, this.#previous, { atMs: performance.now(), date: new Date() });
    const latest = new Map<string, LatestContainerUsage>();
    for (const pod of pods) {
      for (const container of pod.containers) {
        const reading = readings.get(container.id);
        if (reading) latest.set(container.id, { ...reading, namespace: pod.namespace, pod: pod.name, container: container.name });
      }
    }
    this.latest = latest;
    this.lastReport = report;
    if (!nc.isClosed()) nc.publish(nodeUsageSubject(nodeName), JSON.stringify(report));
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer);
    this.#timer = undefined;
    await this.#running;
  }
}
