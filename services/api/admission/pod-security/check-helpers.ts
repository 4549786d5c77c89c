// Wording helpers shared by the checks, as pod-security-admission's helpers.go phrases them.
import type { Container, PodSpec } from "./types.ts";

/** Init containers, then app containers (the order Kubernetes visits them in). */
export function containersOf(spec: PodSpec): Container[] {
  return [...(spec.initContainers ?? []), ...(spec.containers ?? [])];
}

export function joinQuote(items: readonly string[]): string {
  return items.length === 0 ? "" : `"${items.join('", "')}"`;
}

export function pluralize(singular: string, plural: string, count: number): string {
  return count === 1 ? singular : plural;
}

/** `container "a"` / `containers "a", "b"`. */
export function containersPhrase(names: readonly string[]): string {
  return `${pluralize("container", "containers", names.length)} ${joinQuote(names)}`;
}

/** Sorted distinct values (Go's sets.NewString(...).List()). */
export function sortedSet(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

/** "pod and containers "a"" style subjects, joined as Kubernetes joins bad setters. */
export function settersPhrase(pod: boolean, containers: readonly string[]): string {
  const setters = pod ? ["pod"] : [];
  if (containers.length > 0) setters.push(containersPhrase(containers));
  return setters.join(" and ");
}
