// The ReplicaSet kind: replicas, selector and template; the selector is fixed at creation.
import type { troupe } from "../../../../proto/gen/troupe.js";
import type { FieldError } from "../../../../runtime/codec/field-error.ts";
import { invalid } from "./field-errors.ts";
import { validateNonNegative } from "./numbers.ts";
import { validatePodTemplate, validateWorkloadSelector } from "./pod-template.ts";
import { sameMessage } from "./same-message.ts";

type ReplicaSet = troupe.v1.ReplicaSet.$Properties;
type LabelSelector = troupe.v1.LabelSelector.$Properties;

export function validateReplicaSet(replicaSet: ReplicaSet): FieldError[] {
  const spec = replicaSet.spec ?? {};
  return [
    ...validateNonNegative(spec.replicas, "spec.replicas"),
    ...validateNonNegative(spec.minReadySeconds, "spec.minReadySeconds"),
    // Kubernetes words the ReplicaSet message as for deployments.
    ...validateWorkloadSelector(spec.selector, "spec.selector", "deployment"),
    ...validatePodTemplate(spec.template, spec.selector, "spec.template", { owner: "ReplicaSet" }),
  ];
}

/** Changing a selector would orphan the pods the workload owns, so Kubernetes refuses it. */
export function validateSelectorUnchanged(selector: LabelSelector | null | undefined, old: LabelSelector | null | undefined): FieldError[] {
  return sameMessage("LabelSelector", selector, old) ? [] : [invalid("spec.selector", selector ?? null, "field is immutable")];
}

export function validateReplicaSetUpdate(replicaSet: ReplicaSet, old: ReplicaSet): FieldError[] {
  return validateSelectorUnchanged(replicaSet.spec?.selector, old.spec?.selector);
}
