// hostPath `type` checks, as Kubernetes' hostPath plugin makes them before a pod starts: the
// *OrCreate types create what is missing (a directory 0755, an empty file 0644), the others
// require the path to exist with that type, "" checks nothing.
import { mkdir, open, stat } from "node:fs/promises";
import { dirname } from "node:path";

export const HOST_PATH_TYPES = ["", "DirectoryOrCreate", "Directory", "FileOrCreate", "File", "Socket", "CharDevice", "BlockDevice"] as const;

/** Resolves when the path is (now) of the type; otherwise rejects with a message naming path and type. */
export async function checkHostPath(path: string, type: string): Promise<void> {
  if (!type) return;
  if (type === "DirectoryOrCreate") {
    await mkdir(path, { recursive: true, mode: 0o755 });
  } else if (type === "FileOrCreate") {
    await mkdir(dirname(path), { recursive: true, mode: 0o755 });
    await (await open(path, "a", 0o644)).close();
  }
  const info = await stat(path).catch(() => undefined);
  const wanted = type.replace(/OrCreate$/, "");
  const matches: Record<string, boolean> = {
    Directory: info?.isDirectory() ?? false,
    File: info?.isFile() ?? false,
    Socket: info?.isSocket() ?? false,
    CharDevice: info?.isCharacterDevice() ?? false,
    BlockDevice: info?.isBlockDevice() ?? false,
  };
  if (!(wanted in matches)) throw new Error(`hostPath type "${type}" is not supported`);
  if (!info) throw new Error(`hostPath type check failed: ${path} does not exist (type ${type})`);
  if (!matches[wanted]) throw new Error(`hostPath type check failed: ${path} is not a ${wanted} (type ${type})`);
}
