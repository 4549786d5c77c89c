// Evaluates a pod (or a workload's pod template) against a level, and words the outcome as
// Kubernetes does: `violates PodSecurity "restricted:latest": privileged (...), ...`.
import { BASELINE_CHECKS } from "./baseline-checks.ts";
import { RESTRICTED_CHECKS } from "./restricted-checks.ts";
import type { Check, Level, LevelVersion, PodMetadata, PodSpec, Violation } from "./types.ts";

const overridden = new Set(RESTRICTED_CHECKS.flatMap((check) => check.overrides ?? []));
const CHECKS_BY_LEVEL: Record<Level, readonly Check[]> = {
  privileged: [],
  baseline: BASELINE_CHECKS,
  restricted: [...BASELINE_CHECKS.filter((check) => !overridden.has(check.id)), ...RESTRICTED_CHECKS],
};

/** The checks of `level` the pod fails, in Kubernetes' order (none for privileged). */
export function evaluatePod(level: Level, metadata: PodMetadata, spec: PodSpec): Violation[] {
  const violations: Violation[] = [];
  for (const check of CHECKS_BY_LEVEL[level]) {
    const failed = check.evaluate(metadata, spec);
    if (failed) violations.push({ id: check.id, ...failed });
  }
  return violations;
}

export function policyName(policy: LevelVersion): string {
  return `${policy.level}:${policy.version}`;
}

/** `privileged (container "c" must not set ...), allowPrivilegeEscalation != false (...)`. */
export function violationSummary(violations: readonly Violation[]): string {
  return violations.map((violation) => (violation.detail ? `${violation.reason} (${violation.detail})` : violation.reason)).join(", ");
}

/** The reason of a refused pod: after `pods "x" is forbidden: `. */
export function violatesMessage(policy: LevelVersion, violations: readonly Violation[]): string {
  return `violates PodSecurity ${JSON.stringify(policyName(policy))}: ${violationSummary(violations)}`;
}

/** A warning (shown as `Warning: would violate PodSecurity "baseline:latest": ...`) and the audit annotation's value. */
export function wouldViolateMessage(policy: LevelVersion, violations: readonly Violation[]): string {
  return `would violate PodSecurity ${JSON.stringify(policyName(policy))}: ${violationSummary(violations)}`;
}
