// The probe result state machine, after Kubernetes' prober worker: a result counts only after
// successThreshold consecutive successes or failureThreshold consecutive failures; until then the
// previous result stands. Readiness starts as failure (not ready until a probe passes), liveness
// as success, startup as unknown (not started).

export type ProbeResult = "success" | "failure" | "unknown";

export interface ProbeState {
  result: ProbeResult;
  /** The outcome of the latest probes and how many times in a row it came. */
  lastOutcome: "success" | "failure" | undefined;
  run: number;
}

export interface Thresholds {
  successThreshold: number;
  failureThreshold: number;
}

export function initialProbeState(type: "startup" | "liveness" | "readiness"): ProbeState {
  return { result: type === "readiness" ? "failure" : type === "liveness" ? "success" : "unknown", lastOutcome: undefined, run: 0 };
}

export function observeProbe(state: ProbeState, outcome: "success" | "failure", thresholds: Thresholds): ProbeState {
  const run = state.lastOutcome === outcome ? state.run + 1 : 1;
  const needed = outcome === "success" ? thresholds.successThreshold : thresholds.failureThreshold;
  return { result: run >= needed ? outcome : state.result, lastOutcome: outcome, run };
}
