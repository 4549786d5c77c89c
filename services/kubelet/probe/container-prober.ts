// The probes of one container run and what they mean for it: the startup probe gates the other
// two until it passes; `started` and `ready` follow the results; a liveness (or startup) probe
// reaching its failure threshold asks the owner to kill the container. Unsupported probes are
// ignored and listed in `warnings`. Stopped when the container stops.
import type { ContainerHandle, Driver } from "../drivers/types.ts";
import type { KubeletMetrics } from "../metrics.ts";
import type { Container } from "../pod/container-spec.ts";
import type { ProbeOutcome } from "./probe-outcome.ts";
import { probeRunner } from "./probe-runner.ts";
import { isUnsupported, resolveProbe, type Probe, type ProbeType, type ResolvedProbe } from "./probe-spec.ts";
import { ProbeWorker } from "./probe-worker.ts";

export interface ContainerProberOptions {
  container: Container;
  handle: ContainerHandle;
  podIP: string;
  driver: Driver;
  metrics: KubeletMetrics;
  /** `started` or `ready` changed: the pod's status should be posted now. */
  onChange(): void;
  /** A failed attempt; `fatal` when it crossed a liveness/startup failure threshold. */
  onFailure(probe: ResolvedProbe, outcome: ProbeOutcome, fatal: boolean): void;
}

export function hasProbes(container: Container): boolean {
  return Boolean(container.startupProbe || container.livenessProbe || container.readinessProbe);
}

export class ContainerProber {
  readonly warnings: string[] = [];
  readonly #options: ContainerProberOptions;
  readonly #workers = new Map<ProbeType, ProbeWorker>();
  #started: boolean;

  constructor(options: ContainerProberOptions) {
    this.#options = options;
    const { container } = options;
    const probes: [ProbeType, Probe | null | undefined][] = [["startup", container.startupProbe], ["liveness", container.livenessProbe], ["readiness", container.readinessProbe]];
    for (const [type, probe] of probes) {
      if (!probe) continue;
      const resolved = resolveProbe(type, probe);
      if (isUnsupported(resolved)) {
        this.warnings.push(`container "${container.name}": ${resolved.unsupported}`);
        continue;
      }
      this.#workers.set(type, this.#worker(resolved));
    }
    this.#started = !this.#workers.has("startup");
  }

  /** The startup probe passed (or there is none). */
  get started(): boolean {
    return this.#started;
  }

  /** Started, and the readiness probe passes (or there is none). */
  get ready(): boolean {
    const readiness = this.#workers.get("readiness");
    return this.#started && (!readiness || readiness.state.result === "success");
  }

  start(): void {
    for (const worker of this.#workers.values()) worker.start();
  }

  stop(): void {
    for (const worker of this.#workers.values()) worker.stop();
  }

  #worker(probe: ResolvedProbe): ProbeWorker {
    const { handle, podIP, driver, metrics } = this.#options;
    return new ProbeWorker({
      probe,
      metrics,
      run: probeRunner(probe.action, { handle, podIP, driver }, probe.timeoutMs),
      active: () => probe.type === "startup" ? !this.#started : this.#started,
      onOutcome: (outcome, state, previous) => {
        const fatal = probe.type !== "readiness" && state.result === "failure";
        if (outcome.result === "failure") this.#options.onFailure(probe, outcome, fatal);
        if (fatal) {
          // The container is about to be killed: nothing more to learn from its probes.
          this.stop();
          return;
        }
        if (probe.type === "startup" && state.result === "success") {
          this.#started = true;
          this.#workers.get("startup")?.stop();
          this.#options.onChange();
        } else if (probe.type === "readiness" && state.result !== previous.result) {
          this.#options.onChange();
        }
      },
    });
  }
}
