// A pod's inter-pod affinity and topology spread constraints, checked as Kubernetes'
// validatePodAffinity / validateTopologySpreadConstraints do, with the same field paths and texts.
import type { troupe } from "../../../../proto/gen/troupe.js";
import { childPath, indexPath, type FieldError } from "../../../../runtime/codec/field-error.ts";
import { isDns1123Label } from "../../../../runtime/validation/names.ts";
import { duplicate, forbidden, invalid, invalidEach, notSupported, required } from "./field-errors.ts";
import { validateLabelName, validateLabelSelector, type LabelSelectorShape } from "./labels.ts";

type PodAffinity = troupe.v1.PodAffinity.$Properties;
type PodAffinityTerm = troupe.v1.PodAffinityTerm.$Properties;
type TopologySpreadConstraint = troupe.v1.TopologySpreadConstraint.$Properties;

const WHEN_UNSATISFIABLE = ["DoNotSchedule", "ScheduleAnyway"];
const NODE_INCLUSION_POLICIES = ["Honor", "Ignore"];
const NOT_POSITIVE = "must be greater than zero";

function selectorKeys(selector: LabelSelectorShape | null | undefined): Set<string> {
  return new Set([...Object.keys(selector?.matchLabels ?? {}), ...(selector?.matchExpressions ?? []).map((expression) => expression.key ?? "")]);
}

// Kubernetes' validateMatchLabelKeysAndMismatchLabelKeys (and the spread constraint's
// validateMatchLabelKeysInTopologySpread): valid label names, never already in the selector.
function validateLabelKeys(keys: readonly string[], selector: LabelSelectorShape | null | undefined, field: string): FieldError[] {
  if (keys.length === 0) return [];
  if (!selector) return [forbidden(field, "must not be specified when labelSelector is not set")];
  const inSelector = selectorKeys(selector);
  const errors: FieldError[] = [];
  keys.forEach((key, index) => {
    const path = indexPath(field, index);
    errors.push(...validateLabelName(key, path));
    if (inSelector.has(key)) errors.push(invalid(path, key, "exists in both matchLabelKeys and labelSelector"));
  });
  return errors;
}

function validatePodAffinityTerm(term: PodAffinityTerm, field: string): FieldError[] {
  const errors = [
    ...validateLabelSelector(term.labelSelector, childPath(field, "labelSelector")),
    ...validateLabelSelector(term.namespaceSelector, childPath(field, "namespaceSelector")),
  ];
  (term.namespaces ?? []).forEach((name, index) => errors.push(...invalidEach(indexPath(childPath(field, "namespaces"), index), name, isDns1123Label(name))));
  const topologyKey = term.topologyKey ?? "";
  if (!topologyKey) errors.push(required(childPath(field, "topologyKey"), "can not be empty"));
  else errors.push(...validateLabelName(topologyKey, childPath(field, "topologyKey")));
  const matchKeys = term.matchLabelKeys ?? [];
  const mismatchKeys = term.mismatchLabelKeys ?? [];
  errors.push(...validateLabelKeys(matchKeys, term.labelSelector, childPath(field, "matchLabelKeys")));
  errors.push(...validateLabelKeys(mismatchKeys, term.labelSelector, childPath(field, "mismatchLabelKeys")));
  const mismatch = new Set(mismatchKeys);
  matchKeys.forEach((key, index) => {
    if (mismatch.has(key)) errors.push(invalid(indexPath(childPath(field, "matchLabelKeys"), index), key, "exists in both matchLabelKeys and mismatchLabelKeys"));
  });
  return errors;
}

function validatePodAffinityOf(affinity: PodAffinity | null | undefined, field: string): FieldError[] {
  if (!affinity) return [];
  const errors: FieldError[] = [];
  const requiredPath = childPath(field, "requiredDuringSchedulingIgnoredDuringExecution");
  (affinity.requiredDuringSchedulingIgnoredDuringExecution ?? []).forEach((term, index) => errors.push(...validatePodAffinityTerm(term, indexPath(requiredPath, index))));
  const preferredPath = childPath(field, "preferredDuringSchedulingIgnoredDuringExecution");
  (affinity.preferredDuringSchedulingIgnoredDuringExecution ?? []).forEach((weighted, index) => {
    const path = indexPath(preferredPath, index);
    const weight = weighted.weight ?? 0;
    if (weight <= 0 || weight > 100) errors.push(invalid(childPath(path, "weight"), weight, "must be in the range 1-100"));
    errors.push(...validatePodAffinityTerm(weighted.podAffinityTerm ?? {}, childPath(path, "podAffinityTerm")));
  });
  return errors;
}

/** spec.affinity.podAffinity and spec.affinity.podAntiAffinity. */
export function validateInterPodAffinity(affinity: troupe.v1.Affinity.$Properties | null | undefined, field: string): FieldError[] {
  if (!affinity) return [];
  return [...validatePodAffinityOf(affinity.podAffinity, childPath(field, "podAffinity")), ...validatePodAffinityOf(affinity.podAntiAffinity, childPath(field, "podAntiAffinity"))];
}

/** spec.topologySpreadConstraints. */
export function validateTopologySpreadConstraints(constraints: readonly TopologySpreadConstraint[] | null | undefined, field: string): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  (constraints ?? []).forEach((constraint, index) => {
    const path = indexPath(field, index);
    const maxSkew = constraint.maxSkew ?? 0;
    if (maxSkew <= 0) errors.push(invalid(childPath(path, "maxSkew"), maxSkew, NOT_POSITIVE));
    const topologyKey = constraint.topologyKey ?? "";
    if (!topologyKey) errors.push(required(childPath(path, "topologyKey"), "can not be empty"));
    else errors.push(...validateLabelName(topologyKey, childPath(path, "topologyKey")));
    const action = constraint.whenUnsatisfiable ?? "";
    if (!WHEN_UNSATISFIABLE.includes(action)) errors.push(notSupported(childPath(path, "whenUnsatisfiable"), action, WHEN_UNSATISFIABLE));
    const minDomains = constraint.minDomains;
    if (minDomains != null) {
      if (minDomains <= 0) errors.push(invalid(childPath(path, "minDomains"), minDomains, NOT_POSITIVE));
      if (action !== "DoNotSchedule") errors.push(invalid(childPath(path, "minDomains"), minDomains, `can only use minDomains if whenUnsatisfiable=DoNotSchedule, not ${action}`));
    }
    const pair = `{${topologyKey}, ${action}}`;
    if (seen.has(pair)) errors.push(duplicate(childPath(path, "{topologyKey, whenUnsatisfiable}"), pair));
    seen.add(pair);
    for (const policy of ["nodeAffinityPolicy", "nodeTaintsPolicy"] as const) {
      const value = constraint[policy];
      if (value && !NODE_INCLUSION_POLICIES.includes(value)) errors.push(notSupported(childPath(path, policy), value, NODE_INCLUSION_POLICIES));
    }
    errors.push(...validateLabelKeys(constraint.matchLabelKeys ?? [], constraint.labelSelector, childPath(path, "matchLabelKeys")));
    errors.push(...validateLabelSelector(constraint.labelSelector, childPath(path, "labelSelector")));
  });
  return errors;
}
