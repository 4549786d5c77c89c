// The VerticalPodAutoscaler kind (autoscaling.k8s.io/v1), as the VPA's CRD schema and admission
// check it: a targetRef to a workload kind, an updateMode and container policy values among the
// allowed ones, quantities in minAllowed/maxAllowed with min <= max. Every problem has its field path.
import type { troupe } from "../../../../proto/gen/troupe.js";
import { childPath, indexPath, type FieldError } from "../../../../runtime/codec/field-error.ts";
import { CONTAINER_MODES, CONTROLLED_RESOURCES, CONTROLLED_VALUES, UPDATE_MODES, VPA_TARGET_KINDS } from "../../../../runtime/autoscaling/vpa-modes.ts";
import { isValidQuantity, parseQuantity } from "../../../../runtime/quantity.ts";
import { invalid, notSupported, required } from "./field-errors.ts";

type VerticalPodAutoscaler = troupe.v1.VerticalPodAutoscaler.$Properties;
type ContainerPolicy = troupe.v1.ContainerResourcePolicy.$Properties;

function oneOf(value: string | null | undefined, allowed: readonly string[], field: string): FieldError[] {
  if (value === undefined || value === null) return [];
  return allowed.includes(value) ? [] : [notSupported(field, value, allowed)];
}

function validateResourceMap(map: Record<string, string> | null | undefined, field: string): FieldError[] {
  const errors: FieldError[] = [];
  for (const [name, value] of Object.entries(map ?? {})) {
    if (!(CONTROLLED_RESOURCES as readonly string[]).includes(name)) errors.push(notSupported(childPath(field, name), name, CONTROLLED_RESOURCES));
    else if (!isValidQuantity(value)) errors.push(invalid(childPath(field, name), value, "must be a quantity (e.g. 100m, 256Mi)"));
  }
  return errors;
}

function validateContainerPolicy(policy: ContainerPolicy, field: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!policy.containerName) errors.push(required(childPath(field, "containerName"), 'a container name or "*"'));
  errors.push(...oneOf(policy.mode, CONTAINER_MODES, childPath(field, "mode")));
  errors.push(...oneOf(policy.controlledValues, CONTROLLED_VALUES, childPath(field, "controlledValues")));
  (policy.controlledResources ?? []).forEach((name, index) => errors.push(...oneOf(name, CONTROLLED_RESOURCES, indexPath(childPath(field, "controlledResources"), index))));
  const minErrors = validateResourceMap(policy.minAllowed, childPath(field, "minAllowed"));
  const maxErrors = validateResourceMap(policy.maxAllowed, childPath(field, "maxAllowed"));
  errors.push(...minErrors, ...maxErrors);
  if (minErrors.length === 0 && maxErrors.length === 0) {
    for (const [name, min] of Object.entries(policy.minAllowed ?? {})) {
      const max = policy.maxAllowed?.[name];
      if (max !== undefined && parseQuantity(min) > parseQuantity(max)) {
        errors.push(invalid(childPath(childPath(field, "minAllowed"), name), min, `must be less than or equal to maxAllowed.${name} (${max})`));
      }
    }
  }
  return errors;
}

export function validateVerticalPodAutoscaler(vpa: VerticalPodAutoscaler): FieldError[] {
  const errors: FieldError[] = [];
  const ref = vpa.spec?.targetRef;
  if (!ref) errors.push(required("spec.targetRef"));
  else {
    if (!ref.kind) errors.push(required("spec.targetRef.kind"));
    else errors.push(...oneOf(ref.kind, VPA_TARGET_KINDS, "spec.targetRef.kind"));
    if (!ref.name) errors.push(required("spec.targetRef.name"));
    else if (ref.name.includes("/") || ref.name.includes("%")) errors.push(invalid("spec.targetRef.name", ref.name, "may not contain '/' or '%'"));
  }
  errors.push(...oneOf(vpa.spec?.updatePolicy?.updateMode, UPDATE_MODES, "spec.updatePolicy.updateMode"));
  const minReplicas = vpa.spec?.updatePolicy?.minReplicas;
  if (typeof minReplicas === "number" && minReplicas < 1) errors.push(invalid("spec.updatePolicy.minReplicas", minReplicas, "must be greater than or equal to 1"));
  const policies = vpa.spec?.resourcePolicy?.containerPolicies ?? [];
  const seen = new Set<string>();
  policies.forEach((policy, index) => {
    const field = indexPath("spec.resourcePolicy.containerPolicies", index);
    errors.push(...validateContainerPolicy(policy, field));
    if (policy.containerName && seen.has(policy.containerName)) errors.push(invalid(childPath(field, "containerName"), policy.containerName, "duplicate container policy"));
    if (policy.containerName) seen.add(policy.containerName);
  });
  return errors;
}
