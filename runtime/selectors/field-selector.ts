// Field selectors (`--field-selector spec.nodeName=node-1,status.phase!=Running`): equality terms
// over the few fields each kind indexes, as Kubernetes serves them. Values compare as strings;
// an unset field reads as "" (and an unset boolean as "false"), so `spec.nodeName=` finds
// unscheduled pods.

export class FieldSelectorError extends Error {
  override name = "FieldSelectorError";
  readonly code = "INVALID_FIELD_SELECTOR";
  readonly selector: string;
  constructor(selector: string, message: string) {
    super(message);
    this.selector = selector;
  }
}

export interface FieldRequirement {
  field: string;
  operator: "=" | "!=";
  value: string;
}

export interface FieldSelector {
  matches(object: object): boolean;
  /** Canonical form: terms sorted by field, with `==` written as `=`. */
  toString(): string;
  readonly empty: boolean;
  readonly requirements: readonly FieldRequirement[];
}

const COMMON_FIELDS = ["metadata.name", "metadata.namespace"];

const KIND_FIELDS: Record<string, readonly string[]> = {
  Pod: ["spec.nodeName", "spec.schedulerName", "spec.restartPolicy", "spec.serviceAccountName", "status.phase", "status.podIP", "status.nominatedNodeName"],
  Event: ["involvedObject.kind", "involvedObject.name", "involvedObject.namespace", "involvedObject.uid", "involvedObject.apiVersion", "involvedObject.resourceVersion", "involvedObject.fieldPath", "reason", "type", "source", "reportingComponent"],
  Secret: ["type"],
  Node: ["spec.unschedulable"],
};

const BOOLEAN_FIELDS = new Set(["Node/spec.unschedulable"]);

/** The fields `kind` can be selected on, metadata first. */
export function selectableFields(kind: string): readonly string[] {
  return [...COMMON_FIELDS, ...(KIND_FIELDS[kind] ?? [])];
}

function fieldValue(kind: string, object: object, field: string): string {
  // Kubernetes selects events by their reporting component under the name `source`.
  const path = kind === "Event" && field === "source" ? ["source", "component"] : field.split(".");
  let value: unknown = object;
  for (const part of path) value = value === null || typeof value !== "object" ? undefined : (value as Record<string, unknown>)[part];
  if (BOOLEAN_FIELDS.has(`${kind}/${field}`)) return String(value === true);
  return value === null || value === undefined ? "" : String(value);
}

// A backslash escapes the next character so values may contain `,`, `=` or `!`.
function splitUnescaped(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = "";
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === "\\" && index + 1 < text.length) {
      current += char + text[index + 1];
      index++;
    } else if (char === separator) {
      parts.push(current);
      current = "";
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts;
}

function unescape(text: string): string {
  return text.replace(/\\(.)/g, "$1");
}

function escape(text: string): string {
  return text.replace(/[\\,=!]/g, "\\$&");
}

function parseTerm(selector: string, term: string): FieldRequirement {
  for (let index = 0; index < term.length; index++) {
    if (term[index] === "\\") {
      index++;
      continue;
    }
    const rest = term.slice(index);
    const operator = rest.startsWith("!=") ? "!=" : rest.startsWith("==") ? "==" : rest.startsWith("=") ? "=" : undefined;
    if (operator) {
      const field = unescape(term.slice(0, index)).trim();
      return { field, operator: operator === "!=" ? "!=" : "=", value: unescape(term.slice(index + operator.length)) };
    }
  }
  throw new FieldSelectorError(selector, `invalid selector: '${selector}'; can't understand '${term}'`);
}

/** Parses a field selector for `kind`; an unknown field is `field label not supported: <field>`. */
export function parseFieldSelector(text: string, kind: string): FieldSelector {
  const fields = new Set(selectableFields(kind));
  const requirements = text.trim() === ""
    ? []
    : splitUnescaped(text, ",").map((term) => parseTerm(text, term));
  for (const requirement of requirements) {
    if (!fields.has(requirement.field)) throw new FieldSelectorError(text, `field label not supported: ${requirement.field}`);
  }
  const sorted = [...requirements].sort((a, b) => (a.field < b.field ? -1 : a.field > b.field ? 1 : 0));
  return {
    requirements: sorted,
    empty: sorted.length === 0,
    matches: (object) =>
      sorted.every(({ field, operator, value }) => (fieldValue(kind, object, field) === value) === (operator === "=")),
    toString: () => sorted.map(({ field, operator, value }) => `${field}${operator}${escape(value)}`).join(","),
  };
}
