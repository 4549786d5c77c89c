// Which rule of a Job's podFailurePolicy a failed pod matches (Kubernetes' matchPodFailurePolicy):
// the first rule whose exit codes (of any, or the named, container) or pod conditions match.
import type { troupe } from "../../../proto/gen/troupe.js";
import type { PodObject } from "../resources.ts";

type PodFailurePolicy = troupe.v1.PodFailurePolicy.$Properties;
type Rule = troupe.v1.PodFailurePolicyRule.$Properties;

export interface PolicyMatch {
  action: string;
  index: number;
  /** Kubernetes' message for a FailJob match. */
  message: string;
}

function exitCodeMatch(rule: Rule, pod: PodObject): { container: string; code: number } | undefined {
  const requirement = rule.onExitCodes;
  if (!requirement) return undefined;
  const values = requirement.values ?? [];
  for (const status of [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])]) {
    if (requirement.containerName && status.name !== requirement.containerName) continue;
    const code = status.state?.terminated?.exitCode;
    if (code == null || code === 0) continue;
    const listed = values.includes(code);
    if (requirement.operator === "In" ? listed : !listed) return { container: status.name ?? "", code };
  }
  return undefined;
}

function conditionMatch(rule: Rule, pod: PodObject): string | undefined {
  for (const pattern of rule.onPodConditions ?? []) {
    const found = (pod.status?.conditions ?? []).find((condition) => condition.type === pattern.type && condition.status === (pattern.status || "True"));
    if (found) return pattern.type ?? "";
  }
  return undefined;
}

export function matchPodFailurePolicy(policy: PodFailurePolicy | null | undefined, pod: PodObject): PolicyMatch | undefined {
  const podName = `${pod.metadata?.namespace}/${pod.metadata?.name}`;
  for (const [index, rule] of (policy?.rules ?? []).entries()) {
    const action = rule.action ?? "";
    const exit = exitCodeMatch(rule, pod);
    if (exit) return { action, index, message: `Container ${exit.container} for pod ${podName} failed with exit code ${exit.code} matching ${action} rule at index ${index}` };
    const condition = conditionMatch(rule, pod);
    if (condition) return { action, index, message: `Pod ${podName} has condition ${condition} matching ${action} rule at index ${index}` };
  }
  return undefined;
}
