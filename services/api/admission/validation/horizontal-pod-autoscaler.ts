// The HorizontalPodAutoscaler kind (autoscaling/v2), Kubernetes' validateHorizontalPodAutoscaler:
// a scale target Troupe can scale, 1 <= minReplicas <= maxReplicas (0 only behind the
// allow-scale-to-zero annotation, with an Object or External metric), each metric's type with
// its source and only that source, targets whose type matches the value set, behavior rules
// within Kubernetes' bounds, and predictive scaling's annotations (runtime/autoscaling/hpa-predictive.ts).
// Every problem is reported with its field path.
import type { troupe } from "../../../../proto/gen/troupe.js";
import { ALLOW_SCALE_TO_ZERO_ANNOTATION, MAX_POLICY_PERIOD_SECONDS, MAX_STABILIZATION_WINDOW_SECONDS } from "../../../../runtime/autoscaling/hpa-defaults.ts";
import { readPredictiveConfig } from "../../../../runtime/autoscaling/hpa-predictive.ts";
import { childPath, indexPath, type FieldError } from "../../../../runtime/codec/field-error.ts";
import { findResourceByKindOnly } from "../../../../runtime/codec/resources.ts";
import { isValidQuantity, parseQuantity } from "../../../../runtime/quantity.ts";
import { forbidden, invalid, notSupported, required } from "./field-errors.ts";
import { validateLabelSelector } from "./labels.ts";

type HorizontalPodAutoscaler = troupe.v1.HorizontalPodAutoscaler.$Properties;
type MetricSpec = troupe.v1.MetricSpec.$Properties;
type MetricTarget = troupe.v1.MetricTarget.$Properties;
type ScalingRules = troupe.v1.HPAScalingRules.$Properties;
type ObjectReference = troupe.v1.CrossVersionObjectReference.$Properties;

export const METRIC_TYPES = ["Object", "Pods", "Resource", "ContainerResource", "External"] as const;
export const TARGET_TYPES = ["Utilization", "Value", "AverageValue"] as const;
export const SCALABLE_KINDS = ["Deployment", "ReplicaSet", "StatefulSet"] as const;
/** The resources the metrics pipeline measures (metrics.k8s.io PodMetrics). */
export const METRIC_RESOURCES = ["cpu", "memory"] as const;
const SELECT_POLICIES = ["Max", "Min", "Disabled"] as const;
const POLICY_TYPES = ["Pods", "Percent"] as const;

/** Which source field each metric type reads. */
const SOURCE_FIELD: Record<(typeof METRIC_TYPES)[number], keyof MetricSpec> = {
  Object: "object",
  Pods: "pods",
  Resource: "resource",
  ContainerResource: "containerResource",
  External: "external",
};

/** Whether the HPA may go down to zero replicas (the annotation set to "true"). */
export function allowsScaleToZero(hpa: { metadata?: { annotations?: Record<string, string> | null } | null }): boolean {
  return hpa.metadata?.annotations?.[ALLOW_SCALE_TO_ZERO_ANNOTATION] === "true";
}

function validateScaleTarget(ref: ObjectReference | null | undefined, field: string): FieldError[] {
  const errors: FieldError[] = [];
  const kind = ref?.kind ?? "";
  if (!kind) errors.push(required(childPath(field, "kind")));
  else if (!(SCALABLE_KINDS as readonly string[]).includes(kind)) {
    // Troupe has no custom resources: a kind outside these has no scale subresource.
    errors.push(notSupported(childPath(field, "kind"), kind, SCALABLE_KINDS));
  } else if (ref?.apiVersion) {
    const expected = findResourceByKindOnly(kind)?.apiVersion ?? "";
    if (ref.apiVersion !== expected) errors.push(invalid(childPath(field, "apiVersion"), ref.apiVersion, `${kind} is served as ${expected}`));
  }
  if (!ref?.name) errors.push(required(childPath(field, "name")));
  else if (ref.name.includes("/") || ref.name.includes("%")) errors.push(invalid(childPath(field, "name"), ref.name, "may not contain '/' or '%'"));
  return errors;
}

function validatePositiveQuantity(value: string | null | undefined, field: string): FieldError[] {
  if (value === undefined || value === null) return [];
  if (!isValidQuantity(value)) return [invalid(field, value, "must be a quantity (e.g. 500m, 2, 256Mi)")];
  return parseQuantity(value) > 0 ? [] : [invalid(field, value, "must be positive")];
}

/** The target's own rules (validateMetricTarget): a known type with its value, and positive values. */
function validateTarget(target: MetricTarget | null | undefined, field: string, allowed: readonly string[]): FieldError[] {
  if (!target) return [required(field)];
  const errors: FieldError[] = [];
  const type = target.type ?? "";
  const typePath = childPath(field, "type");
  if (!type) errors.push(required(typePath, `must specify a metric target type (one of ${allowed.join(", ")})`));
  else if (!(TARGET_TYPES as readonly string[]).includes(type)) errors.push(notSupported(typePath, type, TARGET_TYPES));
  else if (!allowed.includes(type)) errors.push(notSupported(typePath, type, allowed));
  if (type === "Utilization" && (target.averageUtilization === undefined || target.averageUtilization === null)) {
    errors.push(required(childPath(field, "averageUtilization"), "must set averageUtilization for a Utilization target"));
  }
  if (type === "AverageValue" && !target.averageValue) errors.push(required(childPath(field, "averageValue"), "must set averageValue for an AverageValue target"));
  if (type === "Value" && !target.value) errors.push(required(childPath(field, "value"), "must set value for a Value target"));
  if (typeof target.averageUtilization === "number" && target.averageUtilization <= 0) {
    errors.push(invalid(childPath(field, "averageUtilization"), target.averageUtilization, "must be greater than 0"));
  }
  errors.push(...validatePositiveQuantity(target.averageValue, childPath(field, "averageValue")), ...validatePositiveQuantity(target.value, childPath(field, "value")));
  return errors;
}

function validateMetricName(metric: { name?: string | null; selector?: troupe.v1.LabelSelector.$Properties | null } | null | undefined, field: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!metric?.name) errors.push(required(childPath(field, "name"), "must specify a metric name"));
  return [...errors, ...validateLabelSelector(metric?.selector, childPath(field, "selector"))];
}

function validateResourceName(name: string | null | undefined, field: string): FieldError[] {
  if (!name) return [required(field, "must specify a resource name")];
  return (METRIC_RESOURCES as readonly string[]).includes(name) ? [] : [notSupported(field, name, METRIC_RESOURCES)];
}

function validateSource(metric: MetricSpec, type: (typeof METRIC_TYPES)[number], field: string): FieldError[] {
  const path = childPath(field, SOURCE_FIELD[type]);
  switch (type) {
    case "Resource":
      return [...validateResourceName(metric.resource?.name, childPath(path, "name")), ...validateTarget(metric.resource?.target, childPath(path, "target"), ["Utilization", "AverageValue"])];
    case "ContainerResource": {
      const source = metric.containerResource;
      const container = source?.container ? [] : [required(childPath(path, "container"), "must specify a container")];
      return [...validateResourceName(source?.name, childPath(path, "name")), ...container, ...validateTarget(source?.target, childPath(path, "target"), ["Utilization", "AverageValue"])];
    }
    case "Pods":
      return [...validateMetricName(metric.pods?.metric, childPath(path, "metric")), ...validateTarget(metric.pods?.target, childPath(path, "target"), ["AverageValue"])];
    case "Object": {
      const described = metric.object?.describedObject;
      const ref = childPath(path, "describedObject");
      const refErrors = [...(described?.kind ? [] : [required(childPath(ref, "kind"))]), ...(described?.name ? [] : [required(childPath(ref, "name"))])];
      return [...refErrors, ...validateMetricName(metric.object?.metric, childPath(path, "metric")), ...validateTarget(metric.object?.target, childPath(path, "target"), ["Value", "AverageValue"])];
    }
    case "External":
      return [...validateMetricName(metric.external?.metric, childPath(path, "metric")), ...validateTarget(metric.external?.target, childPath(path, "target"), ["Value", "AverageValue"])];
  }
}

function validateMetric(metric: MetricSpec, field: string): FieldError[] {
  const type = metric.type ?? "";
  const typePath = childPath(field, "type");
  if (!type) return [required(typePath, `must specify a metric source type (one of ${METRIC_TYPES.join(", ")})`)];
  if (!(METRIC_TYPES as readonly string[]).includes(type)) return [notSupported(typePath, type, METRIC_TYPES)];
  const known = type as (typeof METRIC_TYPES)[number];
  const errors: FieldError[] = [];
  if (!metric[SOURCE_FIELD[known]]) errors.push(required(childPath(field, SOURCE_FIELD[known]), "must populate information for the given metric source"));
  for (const other of METRIC_TYPES) {
    if (other !== known && metric[SOURCE_FIELD[other]]) errors.push(forbidden(childPath(field, SOURCE_FIELD[other]), "must populate the given metric source only"));
  }
  if (metric[SOURCE_FIELD[known]]) errors.push(...validateSource(metric, known, field));
  return errors;
}

function validateRules(rules: ScalingRules | null | undefined, field: string): FieldError[] {
  if (!rules) return [];
  const errors: FieldError[] = [];
  const window = rules.stabilizationWindowSeconds;
  if (typeof window === "number" && (window < 0 || window > MAX_STABILIZATION_WINDOW_SECONDS)) {
    errors.push(invalid(childPath(field, "stabilizationWindowSeconds"), window, `must be between 0 and ${MAX_STABILIZATION_WINDOW_SECONDS}, inclusive`));
  }
  if (rules.selectPolicy && !(SELECT_POLICIES as readonly string[]).includes(rules.selectPolicy)) errors.push(notSupported(childPath(field, "selectPolicy"), rules.selectPolicy, SELECT_POLICIES));
  const policies = rules.policies ?? [];
  if (policies.length === 0) errors.push(required(childPath(field, "policies"), "must specify at least one Policy"));
  policies.forEach((policy, index) => {
    const path = indexPath(childPath(field, "policies"), index);
    if (!(POLICY_TYPES as readonly string[]).includes(policy.type ?? "")) errors.push(notSupported(childPath(path, "type"), policy.type ?? "", POLICY_TYPES));
    if ((policy.value ?? 0) <= 0) errors.push(invalid(childPath(path, "value"), policy.value ?? 0, "must be greater than zero"));
    const period = policy.periodSeconds ?? 0;
    if (period <= 0 || period > MAX_POLICY_PERIOD_SECONDS) errors.push(invalid(childPath(path, "periodSeconds"), period, `must be greater than zero and less than or equal to ${MAX_POLICY_PERIOD_SECONDS}`));
  });
  return errors;
}

export function validateHorizontalPodAutoscaler(hpa: HorizontalPodAutoscaler): FieldError[] {
  const spec = hpa.spec ?? {};
  const errors = validateScaleTarget(spec.scaleTargetRef, "spec.scaleTargetRef");
  const minReplicas = spec.minReplicas ?? 1;
  const maxReplicas = spec.maxReplicas ?? 0;
  const metrics = spec.metrics ?? [];
  if (minReplicas < 0 || (minReplicas === 0 && !allowsScaleToZero(hpa))) {
    errors.push(invalid("spec.minReplicas", minReplicas, `must be greater than or equal to 1 (0 needs the annotation ${ALLOW_SCALE_TO_ZERO_ANNOTATION}: "true")`));
  } else if (minReplicas === 0 && !metrics.some((metric) => metric.type === "Object" || metric.type === "External")) {
    errors.push(forbidden("spec.metrics", "must specify at least one Object or External metric to support scaling to zero replicas"));
  }
  if (maxReplicas < 1) errors.push(invalid("spec.maxReplicas", maxReplicas, "must be greater than 0"));
  else if (minReplicas > maxReplicas) errors.push(invalid("spec.maxReplicas", maxReplicas, "must be greater than or equal to `minReplicas`"));
  metrics.forEach((metric, index) => errors.push(...validateMetric(metric, indexPath("spec.metrics", index))));
  errors.push(...validateRules(spec.behavior?.scaleUp, "spec.behavior.scaleUp"), ...validateRules(spec.behavior?.scaleDown, "spec.behavior.scaleDown"));
  for (const problem of readPredictiveConfig(hpa.metadata?.annotations).problems) {
    errors.push(problem.kind === "required" ? required(problem.field, problem.detail) : invalid(problem.field, problem.value, problem.detail));
  }
  return errors;
}
