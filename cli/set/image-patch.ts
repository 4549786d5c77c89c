// Pure decision of `troupe set image`: which containers get which image, as the strategic merge
// patch kubectl sends (containers merged by name), or an error naming the unknown container.
export interface ContainerImage {
  name: string;
  image: string;
}

export class SetImageError extends Error {
  override name = "SetImageError";
  readonly code = "SET_IMAGE";
}

/** "web=nginx:1.27" and "*=img" arguments to pairs. */
export function parseImageArgs(args: readonly string[]): ContainerImage[] {
  if (args.length === 0) throw new SetImageError("set image needs at least one CONTAINER=IMAGE (or *=IMAGE)");
  return args.map((arg) => {
    const eq = arg.indexOf("=");
    if (eq <= 0 || eq === arg.length - 1) throw new SetImageError(`"${arg}" is not CONTAINER=IMAGE`);
    return { name: arg.slice(0, eq), image: arg.slice(eq + 1) };
  });
}

/** The containers (and init containers) to change; `*` means every one. */
export function imageChanges(containers: readonly { name: string }[], initContainers: readonly { name: string }[], wanted: readonly ContainerImage[]): { containers: ContainerImage[]; initContainers: ContainerImage[] } {
  const result = { containers: [] as ContainerImage[], initContainers: [] as ContainerImage[] };
  for (const { name, image } of wanted) {
    const inMain = containers.filter((c) => name === "*" || c.name === name);
    const inInit = initContainers.filter((c) => name === "*" || c.name === name);
    if (inMain.length + inInit.length === 0) throw new SetImageError(`unable to find container named "${name}"`);
    for (const c of inMain) result.containers.push({ name: c.name, image });
    for (const c of inInit) result.initContainers.push({ name: c.name, image });
  }
  return result;
}

/** The strategic merge patch for a pod spec at `path` (["spec"] for a Pod, ["spec","template","spec"] otherwise). */
export function imagePatch(path: readonly string[], changes: ReturnType<typeof imageChanges>): Record<string, unknown> {
  const podSpec: Record<string, unknown> = {};
  if (changes.containers.length > 0) podSpec.containers = changes.containers;
  if (changes.initContainers.length > 0) podSpec.initContainers = changes.initContainers;
  return path.reduceRight<Record<string, unknown>>((inner, key) => ({ [key]: inner }), podSpec);
}
