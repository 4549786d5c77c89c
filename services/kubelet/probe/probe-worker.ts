// One probe of one container run, as a timer-driven actor: it waits initialDelaySeconds, then
// probes every periodSeconds (one attempt at a time), feeds each outcome to the result state
// machine and tells its owner. It stops when the container stops, or when its owner says so.
import { performance } from "node:perf_hooks";
import { recordProbe, type KubeletMetrics } from "../metrics.ts";
import type { ProbeOutcome } from "./probe-outcome.ts";
import { initialProbeState, observeProbe, type ProbeState } from "./probe-results.ts";
import type { ResolvedProbe } from "./probe-spec.ts";

export interface ProbeWorkerOptions {
  probe: ResolvedProbe;
  run(): Promise<ProbeOutcome>;
  /** False skips a round (liveness and readiness wait for the startup probe). */
  active(): boolean;
  onOutcome(outcome: ProbeOutcome, state: ProbeState, previous: ProbeState): void;
  metrics: KubeletMetrics;
}

export class ProbeWorker {
  readonly probe: ResolvedProbe;
  #state: ProbeState;
  readonly #options: ProbeWorkerOptions;
  #timer: NodeJS.Timeout | undefined;
  #stopped = false;

  constructor(options: ProbeWorkerOptions) {
    this.#options = options;
    this.probe = options.probe;
    this.#state = initialProbeState(options.probe.type);
  }

  get state(): ProbeState {
    return this.#state;
  }

  start(): void {
    this.#schedule(this.probe.initialDelayMs);
  }

  stop(): void {
    this.#stopped = true;
    clearTimeout(this.#timer);
  }

  #schedule(delayMs: number): void {
    if (this.#stopped) return;
    this.#timer = setTimeout(() => void this.#tick(), delayMs);
    this.#timer.unref();
  }

  async #tick(): Promise<void> {
    if (this.#stopped) return;
    if (this.#options.active()) {
      const started = performance.now();
      const outcome = await this.#options.run().catch((error: unknown) => ({ result: "failure" as const, message: `probe errored: ${(error as Error).message}` }));
      if (this.#stopped) return;
      recordProbe(this.#options.metrics, this.probe.type, outcome.result, (performance.now() - started) / 1000);
      const previous = this.#state;
      this.#state = observeProbe(previous, outcome.result, this.probe);
      this.#options.onOutcome(outcome, this.#state, previous);
    }
    this.#schedule(this.probe.periodMs);
  }
}
