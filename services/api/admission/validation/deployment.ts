// The Deployment kind: replicas, selector, template and rollout strategy.
import type { troupe } from "../../../../proto/gen/troupe.js";
import { childPath, type FieldError } from "../../../../runtime/codec/field-error.ts";
import { intOrStringValue, type IntOrStringMessage } from "../int-or-string.ts";
import { forbidden, invalid, notSupported, required } from "./field-errors.ts";
import { PERCENT, validateIntOrPercent, validateNotOver100Percent } from "./int-or-percent.ts";
import { validateNonNegative } from "./numbers.ts";
import { validatePodTemplate, validateWorkloadSelector } from "./pod-template.ts";
import { validateSelectorUnchanged } from "./replica-set.ts";

type Deployment = troupe.v1.Deployment.$Properties;
type DeploymentStrategy = troupe.v1.DeploymentStrategy.$Properties;

/** 0 for 0 and "0%": the two settings that, together, would let a rollout never progress. */
function isZero(value: IntOrStringMessage | null | undefined): boolean {
  const resolved = intOrStringValue(value);
  return resolved === undefined || resolved === 0 || (typeof resolved === "string" && PERCENT.test(resolved) && Number.parseInt(resolved, 10) === 0);
}

function validateStrategy(strategy: DeploymentStrategy | null | undefined, field: string): FieldError[] {
  const type = strategy?.type ?? "";
  const rollingUpdate = strategy?.rollingUpdate;
  const rollingPath = childPath(field, "rollingUpdate");
  switch (type) {
    case "Recreate":
      return rollingUpdate ? [forbidden(rollingPath, "may not be specified when strategy `type` is 'Recreate'")] : [];
    case "RollingUpdate": {
      if (!rollingUpdate) return [required(rollingPath, "this should be defaulted and never be nil")];
      const maxUnavailablePath = childPath(rollingPath, "maxUnavailable");
      const errors = [
        ...validateIntOrPercent(rollingUpdate.maxUnavailable, maxUnavailablePath),
        ...validateIntOrPercent(rollingUpdate.maxSurge, childPath(rollingPath, "maxSurge")),
        ...validateNotOver100Percent(rollingUpdate.maxUnavailable, maxUnavailablePath),
      ];
      if (isZero(rollingUpdate.maxUnavailable) && isZero(rollingUpdate.maxSurge)) {
        errors.push(invalid(maxUnavailablePath, intOrStringValue(rollingUpdate.maxUnavailable) ?? 0, "may not be 0 when `maxSurge` is 0"));
      }
      return errors;
    }
    default:
      return [notSupported(childPath(field, "type"), type, ["Recreate", "RollingUpdate"])];
  }
}

export function validateDeployment(deployment: Deployment): FieldError[] {
  const spec = deployment.spec ?? {};
  const errors = [
    ...validateNonNegative(spec.replicas, "spec.replicas"),
    ...validateWorkloadSelector(spec.selector, "spec.selector", "deployment"),
    ...validatePodTemplate(spec.template, spec.selector, "spec.template", { owner: "ReplicaSet" }),
    ...validateStrategy(spec.strategy, "spec.strategy"),
    ...validateNonNegative(spec.minReadySeconds, "spec.minReadySeconds"),
    ...validateNonNegative(spec.revisionHistoryLimit, "spec.revisionHistoryLimit"),
  ];
  const deadline = spec.progressDeadlineSeconds;
  if (deadline != null) {
    errors.push(...validateNonNegative(deadline, "spec.progressDeadlineSeconds"));
    if (deadline <= (spec.minReadySeconds ?? 0)) errors.push(invalid("spec.progressDeadlineSeconds", deadline, "must be greater than minReadySeconds"));
  }
  return errors;
}

export function validateDeploymentUpdate(deployment: Deployment, old: Deployment): FieldError[] {
  return validateSelectorUnchanged(deployment.spec?.selector, old.spec?.selector);
}
