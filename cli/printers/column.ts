// A table column: a header and how to compute its cell from an object. Per-kind column sets
// live in the *-columns.ts files next to this one.
import type { KubeObject } from "../../runtime/api-client.ts";
import { formatAge } from "../age.ts";

export interface Column {
  header: string;
  /** Only shown with -o wide. */
  wide?: boolean;
  cell(object: KubeObject, now: number): string;
}

export const NONE = "<none>";

export const nameColumn: Column = { header: "NAME", cell: (object) => object.metadata?.name ?? "" };

export const ageColumn: Column = {
  header: "AGE",
  cell: (object, now) => formatAge(object.metadata?.creationTimestamp, now),
};

export function orNone(value: string | undefined | null): string {
  return value ? value : NONE;
}

export function joinOrNone(values: readonly string[]): string {
  return values.length > 0 ? values.join(",") : NONE;
}

export function count(value: number | undefined): string {
  return String(value ?? 0);
}

export interface LabelSelectorJson {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: string; values?: string[] }[];
}

/** Selector as kubectl prints it: "app=web,tier in (a,b),!legacy". */
export function formatSelector(selector: LabelSelectorJson | Record<string, string> | undefined): string {
  if (!selector) return NONE;
  const isLabelSelector = "matchLabels" in selector || "matchExpressions" in selector;
  const labels = (isLabelSelector ? (selector as LabelSelectorJson).matchLabels : (selector as Record<string, string>)) ?? {};
  const parts = Object.entries(labels).map(([key, value]) => `${key}=${value}`);
  for (const expression of isLabelSelector ? ((selector as LabelSelectorJson).matchExpressions ?? []) : []) {
    const values = (expression.values ?? []).join(",");
    if (expression.operator === "In") parts.push(`${expression.key} in (${values})`);
    else if (expression.operator === "NotIn") parts.push(`${expression.key} notin (${values})`);
    else if (expression.operator === "Exists") parts.push(expression.key);
    else parts.push(`!${expression.key}`);
  }
  return joinOrNone(parts);
}

export function formatLabels(labels: Record<string, string> | undefined): string {
  return joinOrNone(Object.entries(labels ?? {}).map(([key, value]) => `${key}=${value}`));
}

export interface ContainerJson {
  name: string;
  image?: string;
}

/** CONTAINERS and IMAGES columns of -o wide for anything with a pod template. */
export function templateColumns(containers: (object: KubeObject) => ContainerJson[] | undefined): Column[] {
  return [
    { header: "CONTAINERS", wide: true, cell: (object) => joinOrNone((containers(object) ?? []).map((c) => c.name)) },
    { header: "IMAGES", wide: true, cell: (object) => joinOrNone((containers(object) ?? []).map((c) => c.image ?? "")) },
  ];
}
