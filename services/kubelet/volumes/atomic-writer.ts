// Writes a configMap/secret/downwardAPI/projected volume as Kubernetes' AtomicWriter does: the
// files go into a fresh timestamped directory, the `..data` symlink is swapped to it with one
// rename (a reader sees the old set or the new one, never a mix), and each top-level name is a
// symlink through `..data`. A bind mount of one file (subPath) pins the file of its time: it is
// not updated, as in Kubernetes.
import { chmod, chown, mkdir, mkdtemp, readdir, readFile, readlink, rename, rm, stat, symlink, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

export interface PayloadFile {
  content: Uint8Array;
  /** File mode, 0644 unless the volume says otherwise. */
  mode: number;
  /** Owner, set where the kubelet runs as root (a token for containers running as another user). */
  owner?: { uid: number; gid: number };
}

/** Relative path in the volume → file. */
export type Payload = Map<string, PayloadFile>;

const DATA_LINK = "..data";
const DATA_LINK_TMP = "..data_tmp";

function timestamp(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `..${date.getUTCFullYear()}_${pad(date.getUTCMonth() + 1)}_${pad(date.getUTCDate())}_${pad(date.getUTCHours())}_${pad(date.getUTCMinutes())}_${pad(date.getUTCSeconds())}.`;
}

async function unchanged(dataDir: string, payload: Payload): Promise<boolean> {
  for (const [path, file] of payload) {
    try {
      const [content, info] = await Promise.all([readFile(join(dataDir, path)), stat(join(dataDir, path))]);
      if (!Buffer.from(file.content).equals(content) || (info.mode & 0o777) !== file.mode) return false;
    } catch {
      return false;
    }
  }
  const count = async (dir: string): Promise<number> => {
    let files = 0;
    for (const entry of await readdir(dir, { withFileTypes: true })) files += entry.isDirectory() ? await count(join(dir, entry.name)) : 1;
    return files;
  };
  return (await count(dataDir)) === payload.size;
}

/** Makes `dir` hold exactly `payload`; returns whether anything changed. */
export async function writeAtomically(dir: string, payload: Payload, now = new Date()): Promise<boolean> {
  await mkdir(dir, { recursive: true });
  const previous = await readlink(join(dir, DATA_LINK)).catch(() => undefined);
  if (previous && (await unchanged(join(dir, previous), payload))) return false;
  const tsDir = await mkdtemp(join(dir, timestamp(now)));
  await chmod(tsDir, 0o755);
  for (const [path, file] of payload) {
    const target = join(tsDir, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.content, { mode: file.mode });
    await chmod(target, file.mode);
    if (file.owner && process.getuid?.() === 0) await chown(target, file.owner.uid, file.owner.gid);
  }
  const tsName = tsDir.slice(dir.length + 1);
  await rm(join(dir, DATA_LINK_TMP), { force: true });
  await symlink(tsName, join(dir, DATA_LINK_TMP));
  await rename(join(dir, DATA_LINK_TMP), join(dir, DATA_LINK));
  const names = new Set([...payload.keys()].map((path) => path.split("/")[0]));
  for (const name of names) {
    await symlink(join(DATA_LINK, name), join(dir, name)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "EEXIST") throw error;
    });
  }
  for (const entry of await readdir(dir)) {
    if (entry.startsWith("..") || names.has(entry)) continue;
    await rm(join(dir, entry), { recursive: true, force: true });
  }
  if (previous) await rm(join(dir, previous), { recursive: true, force: true });
  return true;
}
