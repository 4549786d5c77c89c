// A table column as kube-apiserver defines it (metav1.TableColumnDefinition) plus how to compute
// its cell from an object. Both front ends print from these: the CLI lays the cells out itself,
// services/kube-api sends them to kubectl as a meta.k8s.io Table, so the two cannot drift.
// Per-kind column sets live in the *-columns.ts files next to this one, copied from Kubernetes'
// pkg/printers/internalversion/printers.go (names, order, priority, cell rules).
import type { KubeObject } from "../api-client.ts";
import { formatAge } from "./age.ts";

export type ColumnType = "string" | "integer" | "number" | "boolean" | "date";
/** A cell as kube-apiserver sends it: kubectl prints strings as they are and other values with fmt.Sprint. */
export type CellValue = string | number | boolean;

export interface CellContext {
  /** Milliseconds since the epoch: ages are computed by the server, not by kubectl. */
  now: number;
  /** kube-apiserver always renders -o wide cells (kubectl then hides priority 1 columns); only the CLI's narrow output clips. */
  wide: boolean;
}

export interface Column {
  /** As Kubernetes names it ("Nominated Node"); kubectl prints it upper-cased. */
  name: string;
  type: ColumnType;
  /** "name" marks the column kubectl prefixes with the kind ("pod/web"). */
  format?: "name";
  description: string;
  /** 1: only shown with -o wide. */
  priority: 0 | 1;
  /** A Troupe CLI extra that kubectl does not have: left out of server-side tables. */
  cliOnly?: boolean;
  cell(object: KubeObject, context: CellContext): CellValue;
}

export const NONE = "<none>";

/** metav1.ObjectMeta's swagger descriptions, which Kubernetes uses for its NAME and AGE columns. */
export const NAME_DESCRIPTION =
  "Name must be unique within a namespace. Is required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically. Name is primarily intended for creation idempotence and configuration definition. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names";
export const CREATION_TIMESTAMP_DESCRIPTION =
  "CreationTimestamp is a timestamp representing the server time when this object was created. It is not guaranteed to be set in happens-before order across separate operations. Clients may not set this value. It is represented in RFC3339 form and is in UTC.\n\nPopulated by the system. Read-only. Null for lists. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata";

/** A plain string column, the most common kind. */
export function column(name: string, description: string, cell: Column["cell"], priority: 0 | 1 = 0): Column {
  return { name, type: "string", description, priority, cell };
}

export const nameColumn: Column = {
  name: "Name",
  type: "string",
  format: "name",
  description: NAME_DESCRIPTION,
  priority: 0,
  cell: (object) => object.metadata?.name ?? "",
};

export const ageColumn: Column = column("Age", CREATION_TIMESTAMP_DESCRIPTION, (object, { now }) =>
  formatAge(object.metadata?.creationTimestamp, now),
);

/** Kubernetes' default table convertor, for kinds without a printer: the creation time as RFC 3339. */
export const createdAtColumn: Column = {
  name: "Created At",
  type: "date",
  description: CREATION_TIMESTAMP_DESCRIPTION,
  priority: 0,
  cell: (object) => rfc3339(object.metadata?.creationTimestamp),
};

function rfc3339(timestamp: string | undefined): string {
  const time = Date.parse(timestamp ?? "");
  // Go prints the zero time for an object without one.
  if (Number.isNaN(time)) return "0001-01-01T00:00:00Z";
  return new Date(time).toISOString().replace(/\.\d{3}Z$/, "Z");
}

export function orNone(value: string | undefined | null): string {
  return value ? value : NONE;
}

export function joinOrNone(values: readonly string[]): string {
  return values.length > 0 ? values.join(",") : NONE;
}

export interface LabelSelectorJson {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: string; values?: string[] }[];
}

/**
 * A label selector as Kubernetes' labels.Selector String() writes it: requirements sorted by
 * key, values sorted ("app=web,tier in (a,b),!legacy"); "" when it selects nothing or everything.
 */
export function selectorString(selector: LabelSelectorJson | undefined): string {
  const requirements: [string, string][] = Object.entries(selector?.matchLabels ?? {}).map(([key, value]) => [key, `${key}=${value}`]);
  for (const expression of selector?.matchExpressions ?? []) {
    const values = [...(expression.values ?? [])].sort().join(",");
    const { key, operator } = expression;
    const text = operator === "In" ? `${key} in (${values})` : operator === "NotIn" ? `${key} notin (${values})` : operator === "Exists" ? key : `!${key}`;
    requirements.push([key, text]);
  }
  return requirements
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, text]) => text)
    .join(",");
}

/** metav1.FormatLabelSelector: the selector string, "<none>" when empty. */
export function formatSelector(selector: LabelSelectorJson | undefined): string {
  return selector ? orNone(selectorString(selector)) : NONE;
}

/** labels.FormatLabels: "a=1,b=2" sorted by key, "<none>" when there are none. */
export function formatLabels(labels: Record<string, string> | undefined): string {
  return joinOrNone(
    Object.keys(labels ?? {})
      .sort()
      .map((key) => `${key}=${labels?.[key]}`),
  );
}

export interface ContainerJson {
  name: string;
  image?: string;
}

/** CONTAINERS and IMAGES columns of -o wide for anything with a pod template (layoutContainerCells). */
export function templateColumns(containers: (object: KubeObject) => ContainerJson[] | undefined): Column[] {
  return [
    column("Containers", "Names of each container in the template.", (object) => (containers(object) ?? []).map((c) => c.name).join(","), 1),
    column("Images", "Images referenced by each container in the template.", (object) => (containers(object) ?? []).map((c) => c.image ?? "").join(","), 1),
  ];
}
