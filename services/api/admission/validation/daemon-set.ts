// The DaemonSet kind: selector, template and update strategy, as Kubernetes' ValidateDaemonSet.
import type { troupe } from "../../../../proto/gen/troupe.js";
import { childPath, type FieldError } from "../../../../runtime/codec/field-error.ts";
import { intOrStringValue, type IntOrStringMessage } from "../int-or-string.ts";
import { invalid, notSupported, required } from "./field-errors.ts";
import { PERCENT, validateIntOrPercent, validateNotOver100Percent } from "./int-or-percent.ts";
import { validateNonNegative } from "./numbers.ts";
import { validatePodTemplate, validateWorkloadSelector } from "./pod-template.ts";
import { validateSelectorUnchanged } from "./replica-set.ts";

type DaemonSet = troupe.v1.DaemonSet.$Properties;
type DaemonSetUpdateStrategy = troupe.v1.DaemonSetUpdateStrategy.$Properties;

function isZero(value: IntOrStringMessage | null | undefined): boolean {
  const resolved = intOrStringValue(value);
  return resolved === undefined || resolved === 0 || (typeof resolved === "string" && PERCENT.test(resolved) && Number.parseInt(resolved, 10) === 0);
}

function validateUpdateStrategy(strategy: DaemonSetUpdateStrategy | null | undefined, field: string): FieldError[] {
  const type = strategy?.type ?? "";
  const rollingPath = childPath(field, "rollingUpdate");
  switch (type) {
    case "OnDelete":
      return [];
    case "RollingUpdate": {
      const rollingUpdate = strategy?.rollingUpdate;
      if (!rollingUpdate) return [required(rollingPath, "this should be defaulted and never be nil")];
      const maxUnavailablePath = childPath(rollingPath, "maxUnavailable");
      const maxSurgePath = childPath(rollingPath, "maxSurge");
      const errors = [
        ...validateIntOrPercent(rollingUpdate.maxUnavailable, maxUnavailablePath),
        ...validateNotOver100Percent(rollingUpdate.maxUnavailable, maxUnavailablePath),
        ...validateIntOrPercent(rollingUpdate.maxSurge, maxSurgePath),
        ...validateNotOver100Percent(rollingUpdate.maxSurge, maxSurgePath),
      ];
      if (isZero(rollingUpdate.maxUnavailable) && isZero(rollingUpdate.maxSurge)) {
        errors.push(invalid(maxUnavailablePath, intOrStringValue(rollingUpdate.maxUnavailable) ?? 0, "may not be 0 when `maxSurge` is 0"));
      }
      return errors;
    }
    case "":
      return [required(childPath(field, "type"))];
    default:
      return [notSupported(childPath(field, "type"), type, ["OnDelete", "RollingUpdate"])];
  }
}

export function validateDaemonSet(daemonSet: DaemonSet): FieldError[] {
  const spec = daemonSet.spec ?? {};
  const errors = [
    ...validateWorkloadSelector(spec.selector, "spec.selector", "daemonset"),
    ...validatePodTemplate(spec.template, spec.selector, "spec.template", { owner: "DaemonSet" }),
    ...validateUpdateStrategy(spec.updateStrategy, "spec.updateStrategy"),
    ...validateNonNegative(spec.minReadySeconds, "spec.minReadySeconds"),
    ...validateNonNegative(spec.revisionHistoryLimit, "spec.revisionHistoryLimit"),
  ];
  return errors;
}

export function validateDaemonSetUpdate(daemonSet: DaemonSet, old: DaemonSet): FieldError[] {
  return validateSelectorUnchanged(daemonSet.spec?.selector, old.spec?.selector);
}
