// PriorityClass (scheduling.k8s.io/v1), checked as Kubernetes' ValidatePriorityClass does.
import type { troupe } from "../../../../proto/gen/troupe.js";
import type { FieldError } from "../../../../runtime/codec/field-error.ts";
import { forbidden, invalid, notSupported } from "./field-errors.ts";

type PriorityClass = troupe.v1.PriorityClass.$Properties;

const HIGHEST_USER_DEFINABLE_PRIORITY = 1_000_000_000;
const SYSTEM_CLASSES: Record<string, number> = { "system-node-critical": 2_000_001_000, "system-cluster-critical": 2_000_000_000 };
const PREEMPTION_POLICIES = ["Never", "PreemptLowerPriority"];

export function validatePriorityClass(priorityClass: PriorityClass): FieldError[] {
  const errors: FieldError[] = [];
  const name = priorityClass.metadata?.name ?? "";
  const value = priorityClass.value ?? 0;
  if (name.startsWith("system-")) {
    const known = SYSTEM_CLASSES[name];
    const why = known === undefined ? `${name} is not a known system priority class` : known !== value ? `value of ${name} PriorityClass must be ${known}` : priorityClass.globalDefault ? `${name} PriorityClass may not be the global default` : "";
    if (why) errors.push(forbidden("metadata.name", `priority class names with 'system-' prefix are reserved for system use only. error: ${why}`));
  } else if (value > HIGHEST_USER_DEFINABLE_PRIORITY) {
    errors.push(forbidden("value", `maximum allowed value of a user defined priority is ${HIGHEST_USER_DEFINABLE_PRIORITY}`));
  }
  const policy = priorityClass.preemptionPolicy;
  if (policy != null && !PREEMPTION_POLICIES.includes(policy)) errors.push(notSupported("preemptionPolicy", policy, PREEMPTION_POLICIES));
  return errors;
}

export function validatePriorityClassUpdate(priorityClass: PriorityClass, previous: PriorityClass): FieldError[] {
  const errors: FieldError[] = [];
  if ((priorityClass.value ?? 0) !== (previous.value ?? 0)) errors.push(invalid("value", priorityClass.value ?? 0, "field is immutable"));
  if ((priorityClass.preemptionPolicy ?? null) !== (previous.preemptionPolicy ?? null)) errors.push(invalid("preemptionPolicy", priorityClass.preemptionPolicy ?? null, "field is immutable"));
  return errors;
}
