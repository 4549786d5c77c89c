// Which containers `troupe set env` / `set resources` touch: kubectl's -c/--containers pattern
// ("*" globs), over containers and init containers, or an error naming the container.
export interface Named {
  name: string;
}

export class ContainerNotFoundError extends Error {
  override name = "ContainerNotFoundError";
  readonly code = "CONTAINER_NOT_FOUND";
}

function globToRegExp(pattern: string): RegExp {
  return new RegExp(`^${pattern.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);
}

/** The containers and init containers whose names match `pattern`; none is an error. */
export function selectContainers<T extends Named>(containers: readonly T[], initContainers: readonly T[], pattern: string): { containers: T[]; initContainers: T[] } {
  const match = globToRegExp(pattern);
  const selected = { containers: containers.filter((c) => match.test(c.name)), initContainers: initContainers.filter((c) => match.test(c.name)) };
  if (selected.containers.length + selected.initContainers.length === 0) throw new ContainerNotFoundError(`unable to find container named "${pattern}"`);
  return selected;
}

/** The strategic merge patch for a pod spec at `path`, its containers' entries merged by name. */
export function podSpecPatch(path: readonly string[], containers: readonly Record<string, unknown>[], initContainers: readonly Record<string, unknown>[]): Record<string, unknown> {
  const podSpec: Record<string, unknown> = {};
  if (containers.length > 0) podSpec.containers = containers;
  if (initContainers.length > 0) podSpec.initContainers = initContainers;
  return path.reduceRight<Record<string, unknown>>((inner, key) => ({ [key]: inner }), podSpec);
}
