// The PodDisruptionBudget kind (policy/v1): one bound (minAvailable or maxUnavailable), each a
// count or a percent no greater than 100%, and a label selector.
import type { troupe } from "../../../../proto/gen/troupe.js";
import type { FieldError } from "../../../../runtime/codec/field-error.ts";
import { intOrStringValue } from "../int-or-string.ts";
import { invalid, notSupported } from "./field-errors.ts";
import { validateIntOrPercent, validateNotOver100Percent } from "./int-or-percent.ts";
import { validateLabelSelector } from "./labels.ts";

type PodDisruptionBudget = troupe.v1.PodDisruptionBudget.$Properties;

export const UNHEALTHY_POD_EVICTION_POLICIES = ["IfHealthyBudget", "AlwaysAllow"] as const;

export function validatePodDisruptionBudget(budget: PodDisruptionBudget): FieldError[] {
  const spec = budget.spec ?? {};
  const errors: FieldError[] = [];
  const minAvailable = intOrStringValue(spec.minAvailable);
  const maxUnavailable = intOrStringValue(spec.maxUnavailable);
  if (minAvailable !== undefined && maxUnavailable !== undefined) {
    errors.push(invalid("spec", { minAvailable, maxUnavailable }, "minAvailable and maxUnavailable cannot be both set"));
  }
  errors.push(
    ...validateIntOrPercent(spec.minAvailable, "spec.minAvailable"),
    ...validateNotOver100Percent(spec.minAvailable, "spec.minAvailable"),
    ...validateIntOrPercent(spec.maxUnavailable, "spec.maxUnavailable"),
    ...validateNotOver100Percent(spec.maxUnavailable, "spec.maxUnavailable"),
    ...validateLabelSelector(spec.selector, "spec.selector"),
  );
  const policy = spec.unhealthyPodEvictionPolicy ?? "";
  if (policy && !(UNHEALTHY_POD_EVICTION_POLICIES as readonly string[]).includes(policy)) {
    errors.push(notSupported("spec.unhealthyPodEvictionPolicy", policy, UNHEALTHY_POD_EVICTION_POLICIES));
  }
  return errors;
}
