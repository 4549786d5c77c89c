// Paths for `troupe cp`: which side is the pod ("[NAMESPACE/]POD:PATH"), and where an archive
// entry from the pod lands locally; an entry that would land outside the destination (`..`,
// absolute names) is skipped, as kubectl cp does.
import { isAbsolute, join, normalize, relative, sep } from "node:path";

export interface PodPath {
  namespace: string | undefined;
  pod: string;
  path: string;
}

/** "pod:/a", "ns/pod:/a"; undefined for a local path ("./a:b" and "/x:y" stay local, as in kubectl). */
export function parsePodPath(argument: string): PodPath | undefined {
  const colon = argument.indexOf(":");
  if (colon <= 0 || argument.startsWith(".") || argument.startsWith("/")) return undefined;
  const where = argument.slice(0, colon);
  const path = argument.slice(colon + 1);
  const slash = where.indexOf("/");
  return slash === -1 ? { namespace: undefined, pod: where, path } : { namespace: where.slice(0, slash), pod: where.slice(slash + 1), path };
}

/**
 * The local file for the archive entry `entry` when the pod's `base` (the copied file or
 * directory's last name) is copied to `destination`; undefined when it would escape.
 */
export function extractionTarget(destination: string, base: string, entry: string): string | undefined {
  const name = normalize(entry.replace(/^\.\//, "")).replace(/\/+$/, "");
  if (isAbsolute(name)) return undefined;
  if (name !== base && !name.startsWith(`${base}/`)) return undefined;
  const rest = name === base ? "" : name.slice(base.length + 1);
  const target = join(destination, rest);
  const inside = relative(destination, target);
  if (inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return undefined;
  return target;
}
