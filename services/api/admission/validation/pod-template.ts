// What ReplicaSets, Deployments and StatefulSets share: a required, non-empty selector and a pod
// template whose labels that selector matches (else the workload could never find its pods).
import type { troupe } from "../../../../proto/gen/troupe.js";
import { childPath, type FieldError } from "../../../../runtime/codec/field-error.ts";
import { labelSelectorFromMessage, SelectorParseError } from "../../../../runtime/selectors/label-selector.ts";
import { forbidden, invalid, notSupported, required } from "./field-errors.ts";
import { isEmptySelector, validateAnnotations, validateLabels, validateLabelSelector } from "./labels.ts";
import { validatePodSpec, type PodSpecOptions } from "./pod-spec.ts";

type LabelSelector = troupe.v1.LabelSelector.$Properties;
type PodTemplateSpec = troupe.v1.PodTemplateSpec.$Properties;

/** `workload` words the empty-selector message as Kubernetes does: "deployment", "statefulset". */
export function validateWorkloadSelector(selector: LabelSelector | null | undefined, field: string, workload: string): FieldError[] {
  if (!selector) return [required(field)];
  const errors = validateLabelSelector(selector, field);
  if (isEmptySelector(selector)) errors.push(invalid(field, selector, `empty selector is invalid for ${workload}`));
  return errors;
}

function selectorMatches(selector: LabelSelector, labels: Record<string, string>): boolean {
  try {
    return labelSelectorFromMessage(selector).matches(labels);
  } catch (error) {
    // A malformed selector is reported by validateWorkloadSelector; don't pile on.
    if (error instanceof SelectorParseError) return true;
    throw error;
  }
}

export interface PodTemplateOptions extends PodSpecOptions {
  /** Kind named in the activeDeadlineSeconds message: "ReplicaSet" (also for Deployments), "StatefulSet". */
  owner: string;
  /** Restart policies the workload's pods may have; Always unless said (Jobs: OnFailure, Never). */
  restartPolicies?: readonly string[];
  /** Jobs may bound their pods' run time; replicated workloads may not. */
  allowActiveDeadline?: boolean;
}

export function validatePodTemplate(
  template: PodTemplateSpec | null | undefined,
  selector: LabelSelector | null | undefined,
  field: string,
  options: PodTemplateOptions,
): FieldError[] {
  if (!template) return [required(field)];
  const metadataPath = childPath(field, "metadata");
  const labels = template.metadata?.labels ?? {};
  const errors = [
    ...validateLabels(labels, childPath(metadataPath, "labels")),
    ...validateAnnotations(template.metadata?.annotations, childPath(metadataPath, "annotations")),
  ];
  if (selector && !isEmptySelector(selector) && !selectorMatches(selector, labels)) {
    errors.push(invalid(childPath(metadataPath, "labels"), labels, "`selector` does not match template `labels`"));
  }
  const spec = template.spec ?? {};
  const specPath = childPath(field, "spec");
  errors.push(...validatePodSpec(spec, specPath, options));
  // Workload pods are replaced, never left finished; so they always restart and never expire.
  const restartPolicies = options.restartPolicies ?? ["Always"];
  if (spec.restartPolicy && !restartPolicies.includes(spec.restartPolicy)) {
    errors.push(notSupported(childPath(specPath, "restartPolicy"), spec.restartPolicy, restartPolicies));
  }
  if (spec.activeDeadlineSeconds != null && !options.allowActiveDeadline) {
    errors.push(forbidden(childPath(specPath, "activeDeadlineSeconds"), `activeDeadlineSeconds in ${options.owner} is not Supported`));
  }
  return errors;
}
