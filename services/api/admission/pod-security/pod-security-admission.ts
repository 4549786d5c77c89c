// Pod Security admission (Kubernetes' PodSecurity plugin): the namespace's labels choose a level
// per mode; enforce refuses pods that fail it, warn answers warnings, audit annotates the audit
// event. Workload templates are warned about and audited, never refused (their pods are).
// Namespace writes: bad labels are refused; a new enforce level is tried on the existing pods.
import { ForbiddenError, InvalidError } from "../../../../runtime/api-errors.ts";
import { findResource, type ResourceInfo } from "../../../../runtime/codec/resources.ts";
import type { ApiObject } from "../../../../runtime/store/object-repository.ts";
import type { ApiContext } from "../../api-context.ts";
import type { AdmissionFeedback } from "../admission-feedback.ts";
import { evaluatePod, policyName, violatesMessage, wouldViolateMessage } from "./evaluate.ts";
import { AUDIT_VIOLATIONS_ANNOTATION, ENFORCE_POLICY_ANNOTATION, namespacePolicy, samePolicy } from "./namespace-policy.ts";
import { podShapeOf, samePodShape, type PodShape } from "./pod-templates.ts";
import type { NamespacePolicy } from "./types.ts";

const NAMESPACES = findResource("namespaces") as ResourceInfo;
const PODS = findResource("pods") as ResourceInfo;

/** What enforce, warn and audit make of one pod shape; throws the refusal. Pure. */
export function judgePod(policy: NamespacePolicy, kind: string, name: string, shape: PodShape, feedback: AdmissionFeedback): void {
  if (policy.enforce.level !== "privileged") {
    const violations = evaluatePod(policy.enforce.level, shape.metadata, shape.spec);
    if (kind === "Pod") {
      feedback.auditAnnotations[ENFORCE_POLICY_ANNOTATION] = policyName(policy.enforce);
      if (violations.length > 0) throw new ForbiddenError("pods", name, violatesMessage(policy.enforce, violations));
    } else if (violations.length > 0) {
      // A workload is admitted, but the pods it makes would be refused: say so now.
      feedback.warnings.push(wouldViolateMessage(policy.enforce, violations));
    }
  }
  // A warn level equal to the enforce level has nothing to add.
  if (policy.warn.level !== "privileged" && !samePolicy(policy.warn, policy.enforce)) {
    const violations = evaluatePod(policy.warn.level, shape.metadata, shape.spec);
    if (violations.length > 0) feedback.warnings.push(wouldViolateMessage(policy.warn, violations));
  }
  if (policy.audit.level !== "privileged") {
    const violations = evaluatePod(policy.audit.level, shape.metadata, shape.spec);
    if (violations.length > 0) feedback.auditAnnotations[AUDIT_VIOLATIONS_ANNOTATION] = wouldViolateMessage(policy.audit, violations);
  }
}

/**
 * Warnings for the pods a new enforce level would refuse, grouped as Kubernetes groups them:
 * `web-1 (and 2 other pods): privileged, runAsNonRoot != true`. Pure.
 */
export function existingPodWarnings(namespace: string, policy: NamespacePolicy, pods: readonly ApiObject[]): string[] {
  const byReasons = new Map<string, string[]>();
  for (const pod of pods) {
    const shape = podShapeOf("Pod", pod);
    if (!shape) continue;
    const violations = evaluatePod(policy.enforce.level, shape.metadata, shape.spec);
    if (violations.length === 0) continue;
    const reasons = violations.map((violation) => violation.reason).join(", ");
    byReasons.set(reasons, [...(byReasons.get(reasons) ?? []), pod.metadata?.name ?? ""]);
  }
  if (byReasons.size === 0) return [];
  const warnings = [`existing pods in namespace ${JSON.stringify(namespace)} violate the new PodSecurity enforce level ${JSON.stringify(policyName(policy.enforce))}`];
  for (const [reasons, names] of byReasons) {
    const others = names.length - 1;
    warnings.push(others === 0 ? `${names[0]}: ${reasons}` : `${names[0]} (and ${others} other ${others === 1 ? "pod" : "pods"}): ${reasons}`);
  }
  return warnings;
}

async function admitNamespace(ctx: ApiContext, object: ApiObject, old: ApiObject | undefined, feedback: AdmissionFeedback): Promise<void> {
  const name = object.metadata?.name ?? "";
  const { policy, errors } = namespacePolicy(object.metadata?.labels);
  if (errors.length > 0) throw new InvalidError("Namespace", name, errors);
  if (!old || policy.enforce.level === "privileged") return;
  if (samePolicy(policy.enforce, namespacePolicy(old.metadata?.labels).policy.enforce)) return;
  const { items } = await ctx.repo.list(PODS, name);
  feedback.warnings.push(...existingPodWarnings(name, policy, items.map((item) => item.object)));
}

/**
 * Runs Pod Security admission on a create (old undefined) or an update of the main resource.
 * Only requests that carry feedback are judged: the API's own writes (bind, evict) are not.
 */
export async function admitPodSecurity(ctx: ApiContext, info: ResourceInfo, object: ApiObject, old: ApiObject | undefined, feedback: AdmissionFeedback | undefined): Promise<void> {
  if (!feedback) return;
  if (info.kind === "Namespace") return admitNamespace(ctx, object, old, feedback);
  const shape = podShapeOf(info.kind, object);
  if (!shape) return;
  if (old) {
    const before = podShapeOf(info.kind, old);
    if (before && samePodShape(shape, before)) return;
  }
  const namespace = await ctx.repo.get(NAMESPACES, undefined, object.metadata?.namespace ?? "");
  if (!namespace) return;
  judgePod(namespacePolicy(namespace.object.metadata?.labels).policy, info.kind, object.metadata?.name ?? "", shape, feedback);
}
