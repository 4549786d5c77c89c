// The Job kind (batch/v1): counts, completion mode, pod failure policy and a template whose pods
// run to completion (restartPolicy OnFailure or Never); what a running Job may not change.
import type { troupe } from "../../../../proto/gen/troupe.js";
import { childPath, type FieldError } from "../../../../runtime/codec/field-error.ts";
import { duplicate, forbidden, invalid, notSupported, required } from "./field-errors.ts";
import { validateNonNegative, validatePositive } from "./numbers.ts";
import { validatePodTemplate, validateWorkloadSelector } from "./pod-template.ts";
import { sameMessage } from "./same-message.ts";

type Job = troupe.v1.Job.$Properties;
type JobSpec = troupe.v1.JobSpec.$Properties;
type PodFailurePolicyRule = troupe.v1.PodFailurePolicyRule.$Properties;

export const COMPLETION_MODES = ["NonIndexed", "Indexed"] as const;
export const POD_FAILURE_POLICY_ACTIONS = ["Count", "FailIndex", "FailJob", "Ignore"] as const;
export const POD_REPLACEMENT_POLICIES = ["Failed", "TerminatingOrFailed"] as const;
const JOB_RESTART_POLICIES = ["OnFailure", "Never"] as const;
const OPERATORS = ["In", "NotIn"] as const;
const CONDITION_STATUSES = ["True", "False", "Unknown"] as const;

export interface JobSpecOptions {
  /** A CronJob's jobTemplate has no selector yet: the Job created from it gets one generated. */
  generatedSelector?: boolean;
}

export function validateJobSpec(spec: JobSpec, path: string, options: JobSpecOptions = {}): FieldError[] {
  const errors = [
    ...validateNonNegative(spec.parallelism, childPath(path, "parallelism")),
    ...validateNonNegative(spec.completions, childPath(path, "completions")),
    ...validatePositive(spec.activeDeadlineSeconds == null ? undefined : Number(spec.activeDeadlineSeconds), childPath(path, "activeDeadlineSeconds")),
    ...validateNonNegative(spec.backoffLimit, childPath(path, "backoffLimit")),
    ...validateNonNegative(spec.ttlSecondsAfterFinished, childPath(path, "ttlSecondsAfterFinished")),
  ];
  const mode = spec.completionMode || "NonIndexed";
  if (!(COMPLETION_MODES as readonly string[]).includes(mode)) errors.push(notSupported(childPath(path, "completionMode"), mode, COMPLETION_MODES));
  if (mode === "Indexed" && spec.completions == null) errors.push(required(childPath(path, "completions"), "when completion mode is Indexed"));
  const replacement = spec.podReplacementPolicy;
  if (replacement && !(POD_REPLACEMENT_POLICIES as readonly string[]).includes(replacement)) {
    errors.push(notSupported(childPath(path, "podReplacementPolicy"), replacement, POD_REPLACEMENT_POLICIES));
  }
  if (options.generatedSelector) {
    if (spec.selector && !spec.manualSelector) errors.push(invalid(childPath(path, "selector"), spec.selector, "`selector` will be auto-generated"));
  } else {
    errors.push(...validateWorkloadSelector(spec.selector, childPath(path, "selector"), "job"));
  }
  errors.push(...validatePodTemplate(spec.template, options.generatedSelector ? undefined : spec.selector, childPath(path, "template"), {
    owner: "Job", restartPolicies: JOB_RESTART_POLICIES, allowActiveDeadline: true,
  }));
  const rules = spec.podFailurePolicy?.rules ?? [];
  rules.forEach((rule, index) => errors.push(...validateRule(rule, `${childPath(path, "podFailurePolicy")}.rules[${index}]`)));
  const restartPolicy = spec.template?.spec?.restartPolicy;
  if (spec.podFailurePolicy && restartPolicy && restartPolicy !== "Never" && (JOB_RESTART_POLICIES as readonly string[]).includes(restartPolicy)) {
    errors.push(invalid(childPath(path, "template.spec.restartPolicy"), restartPolicy, 'only "Never" is supported when podFailurePolicy is specified'));
  }
  return errors;
}

function validateRule(rule: PodFailurePolicyRule, path: string): FieldError[] {
  const errors: FieldError[] = [];
  const action = rule.action ?? "";
  if (!action) errors.push(required(childPath(path, "action")));
  else if (action === "FailIndex") errors.push(forbidden(childPath(path, "action"), "the 'FailIndex' action can only be used when backoffLimitPerIndex is set"));
  else if (!(POD_FAILURE_POLICY_ACTIONS as readonly string[]).includes(action)) errors.push(notSupported(childPath(path, "action"), action, POD_FAILURE_POLICY_ACTIONS));
  const conditions = rule.onPodConditions ?? [];
  if (rule.onExitCodes && conditions.length > 0) errors.push(invalid(path, rule, "specifying both OnExitCodes and OnPodConditions is not supported"));
  if (!rule.onExitCodes && conditions.length === 0) errors.push(invalid(path, rule, "specifying one of OnExitCodes and OnPodConditions is required"));
  const onExitCodes = rule.onExitCodes;
  if (onExitCodes) {
    const codesPath = childPath(path, "onExitCodes");
    const operator = onExitCodes.operator ?? "";
    if (!(OPERATORS as readonly string[]).includes(operator)) errors.push(notSupported(childPath(codesPath, "operator"), operator, OPERATORS));
    const values = onExitCodes.values ?? [];
    if (values.length === 0) errors.push(required(childPath(codesPath, "values"), "at least one value is required"));
    if (values.length > 255) errors.push(invalid(childPath(codesPath, "values"), values.length, "must have at most 255 elements"));
    values.forEach((value, index) => {
      const valuePath = `${childPath(codesPath, "values")}[${index}]`;
      if (values.indexOf(value) !== index) errors.push(duplicate(valuePath, value));
      else if (index > 0 && value < values[index - 1]!) errors.push(invalid(valuePath, value, "must be ordered"));
      if (operator === "In" && value === 0) errors.push(invalid(valuePath, value, "must not be 0 for the In operator"));
    });
  }
  conditions.forEach((pattern, index) => {
    const patternPath = `${childPath(path, "onPodConditions")}[${index}]`;
    if (!pattern.type) errors.push(required(childPath(patternPath, "type")));
    const status = pattern.status || "True";
    if (!(CONDITION_STATUSES as readonly string[]).includes(status)) errors.push(notSupported(childPath(patternPath, "status"), status, CONDITION_STATUSES));
  });
  return errors;
}

export function validateJob(job: Job): FieldError[] {
  return validateJobSpec(job.spec ?? {}, "spec");
}

/** Kubernetes keeps a Job's pods and their meaning fixed once it exists (elastic Indexed Jobs may rescale). */
export function validateJobUpdate(job: Job, old: Job): FieldError[] {
  const spec = job.spec ?? {};
  const previous = old.spec ?? {};
  const errors: FieldError[] = [];
  const immutable = (field: string, value: unknown, same: boolean) => {
    if (!same) errors.push(invalid(`spec.${field}`, value ?? null, "field is immutable"));
  };
  immutable("selector", spec.selector, sameMessage("LabelSelector", spec.selector, previous.selector));
  immutable("template", spec.template, sameMessage("PodTemplateSpec", spec.template, previous.template));
  immutable("completionMode", spec.completionMode, (spec.completionMode || "NonIndexed") === (previous.completionMode || "NonIndexed"));
  immutable("podFailurePolicy", spec.podFailurePolicy, sameMessage("PodFailurePolicy", spec.podFailurePolicy, previous.podFailurePolicy));
  const elastic = spec.completionMode === "Indexed" && spec.completions === spec.parallelism;
  if (spec.completions !== previous.completions) {
    if (!elastic) errors.push(invalid("spec.completions", spec.completions ?? null, "field is immutable"));
  }
  return errors;
}
