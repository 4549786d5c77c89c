// The image directories (holding a Troupefile) under a path, and building and pushing them all:
// what `troupe up --apply examples/` does before applying the manifests that name them.
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import type { NatsConnection } from "@nats-io/transport-node";
import { buildImages } from "../runtime/images/image-builder.ts";
import { TROUPEFILE } from "../runtime/images/image-manifest.ts";
import { ImageStore } from "../runtime/images/image-store.ts";

export async function findImageDirectories(path: string): Promise<string[]> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isDirectory()) return [];
  const entries = await readdir(path, { withFileTypes: true });
  const found = entries.some((entry) => entry.isFile() && entry.name === TROUPEFILE) ? [path] : [];
  for (const entry of entries.filter((candidate) => candidate.isDirectory() && !candidate.name.startsWith(".") && candidate.name !== "node_modules")) {
    found.push(...(await findImageDirectories(join(path, entry.name))));
  }
  return found;
}

/** Builds each directory with its Troupefile's image references and pushes them; returns "name:tag digest" lines. */
export async function buildAndPushImages(nc: NatsConnection, directories: string[], references: string[] = []): Promise<string[]> {
  if (directories.length === 0) return [];
  const store = await ImageStore.open(nc);
  const pushed: string[] = [];
  for (const directory of directories) {
    for (const image of await buildImages(directory, references)) {
      await store.push(image.manifest, image.archive);
      pushed.push(`${image.manifest.name}:${image.manifest.tag} ${image.manifest.digest}`);
    }
  }
  return pushed;
}
