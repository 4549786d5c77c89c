// An image's files as a gzipped tar, packed reproducibly (sorted entries, fixed times and
// owners) so the same directory always has the same digest.
import { createHash } from "node:crypto";
import { mkdir, readdir, rename, rm } from "node:fs/promises";
import { join, relative } from "node:path";
import { buffer } from "node:stream/consumers";
import { create, extract } from "tar";

const FIXED_TIME = new Date("2000-01-01T00:00:00Z");

async function listFiles(root: string, dir = root): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(root, path)));
    else if (entry.isFile() || entry.isSymbolicLink()) files.push(relative(root, path));
  }
  return files;
}

export async function packDirectory(root: string): Promise<Uint8Array> {
  const files = await listFiles(root);
  const stream = create({ gzip: { level: 9 }, cwd: root, portable: true, mtime: FIXED_TIME, noDirRecurse: true }, files);
  return new Uint8Array(await buffer(stream as unknown as NodeJS.ReadableStream));
}

export function sha256Digest(bytes: Uint8Array): string {
  return `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
}

/** Unpacks into `target` atomically: a half-written image directory is never visible. */
export async function unpackArchive(archive: Uint8Array, target: string): Promise<void> {
  const staging = `${target}.partial-${process.pid}-${Date.now()}`;
  await mkdir(staging, { recursive: true });
  try {
    await new Promise<void>((resolve, reject) => {
      const sink = extract({ cwd: staging, strict: true, preservePaths: false });
      sink.on("error", reject).on("close", () => resolve());
      sink.end(Buffer.from(archive));
    });
    await rename(staging, target);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}
