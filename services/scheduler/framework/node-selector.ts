// Node selectors as kube-scheduler's NodeAffinity plugin reads them: spec.nodeSelector (every
// label must equal) and nodeSelectorTerms (ORed; within a term every expression and field
// requirement must hold). Compiled once per pod into matchers. As in Kubernetes' lazy-error
// selector, an invalid or empty term matches no node rather than failing the pod.
import type { troupe } from "../../../proto/gen/troupe.js";
import type { NodeMatcher } from "./types.ts";

type NodeSelectorTerm = troupe.v1.NodeSelectorTerm.$Properties;
type NodeSelectorRequirement = troupe.v1.NodeSelectorRequirement.$Properties;
type Labels = Readonly<Record<string, string>>;

const NOTHING: NodeMatcher = () => false;
const INTEGER = /^[+-]?[0-9]+$/;
/** The only field matchFields may name. */
const NODE_NAME_FIELD = "metadata.name";

type LabelTest = (labels: Labels) => boolean;

function labelTest(requirement: NodeSelectorRequirement): LabelTest | undefined {
  const key = requirement.key ?? "";
  const values = requirement.values ?? [];
  if (key === "") return undefined;
  switch (requirement.operator) {
    case "In": {
      if (values.length === 0) return undefined;
      const set = new Set(values);
      return (labels) => Object.hasOwn(labels, key) && set.has(labels[key]);
    }
    case "NotIn": {
      if (values.length === 0) return undefined;
      const set = new Set(values);
      return (labels) => !Object.hasOwn(labels, key) || !set.has(labels[key]);
    }
    case "Exists":
      return values.length === 0 ? (labels) => Object.hasOwn(labels, key) : undefined;
    case "DoesNotExist":
      return values.length === 0 ? (labels) => !Object.hasOwn(labels, key) : undefined;
    case "Gt":
    case "Lt": {
      if (values.length !== 1 || !INTEGER.test(values[0])) return undefined;
      const bound = Number(values[0]);
      const greater = requirement.operator === "Gt";
      return (labels) => {
        const value = Object.hasOwn(labels, key) ? labels[key] : undefined;
        if (value === undefined || !INTEGER.test(value)) return false;
        return greater ? Number(value) > bound : Number(value) < bound;
      };
    }
    default:
      return undefined;
  }
}

// Kubernetes turns matchFields into a field selector: metadata.name with In or NotIn and one value.
function fieldTest(requirement: NodeSelectorRequirement): NodeMatcher | undefined {
  const values = requirement.values ?? [];
  if (requirement.key !== NODE_NAME_FIELD || values.length !== 1) return undefined;
  const name = values[0];
  if (requirement.operator === "In") return (node) => node.metadata?.name === name;
  if (requirement.operator === "NotIn") return (node) => node.metadata?.name !== name;
  return undefined;
}

/** Compiles one term; all its requirements must hold. */
export function compileNodeSelectorTerm(term: NodeSelectorTerm | null | undefined): NodeMatcher {
  const expressions = term?.matchExpressions ?? [];
  const fields = term?.matchFields ?? [];
  if (expressions.length === 0 && fields.length === 0) return NOTHING;
  const labelTests: LabelTest[] = [];
  for (const requirement of expressions) {
    const test = labelTest(requirement);
    if (!test) return NOTHING;
    labelTests.push(test);
  }
  const fieldTests: NodeMatcher[] = [];
  for (const requirement of fields) {
    const test = fieldTest(requirement);
    if (!test) return NOTHING;
    fieldTests.push(test);
  }
  return (node) => {
    const labels = node.metadata?.labels ?? {};
    for (const test of labelTests) if (!test(labels)) return false;
    for (const test of fieldTests) if (!test(node)) return false;
    return true;
  };
}

/** Compiles nodeSelectorTerms: a node matches when any term does (none do when there are none). */
export function compileNodeSelectorTerms(terms: readonly NodeSelectorTerm[]): NodeMatcher {
  const matchers = terms.map(compileNodeSelectorTerm).filter((matcher) => matcher !== NOTHING);
  if (matchers.length === 0) return NOTHING;
  if (matchers.length === 1) return matchers[0];
  return (node) => {
    for (const matches of matchers) if (matches(node)) return true;
    return false;
  };
}

/** Compiles spec.nodeSelector: every listed label must be present with that value. */
export function compileNodeSelectorMap(selector: Labels): NodeMatcher {
  const entries = Object.entries(selector);
  return (node) => {
    const labels = node.metadata?.labels ?? {};
    for (const [key, value] of entries) if (!Object.hasOwn(labels, key) || labels[key] !== value) return false;
    return true;
  };
}
