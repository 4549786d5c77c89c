// Whether process containers can get their own /etc/resolv.conf: that takes a private mount
// namespace (unshare --mount), which needs root (CAP_SYS_ADMIN) and util-linux's unshare. Tried
// once for real, since a root user in a restricted container may still be refused.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { resolveExecutable } from "./launch-paths.ts";
import { DEFAULT_CONTAINER_PATH } from "./process-driver-options.ts";

export type MountNamespaceSupport =
  | { usable: true; unshare: string; nsenter: string | undefined }
  | { usable: false; reason: string };

const run = promisify(execFile);

export async function detectMountNamespaceSupport(): Promise<MountNamespaceSupport> {
  if (process.getuid?.() !== 0) return { usable: false, reason: "the kubelet does not run as root" };
  const find = (name: string) => resolveExecutable(name, undefined, "/", DEFAULT_CONTAINER_PATH).catch(() => undefined);
  const [unshare, nsenter] = await Promise.all([find("unshare"), find("nsenter")]);
  if (!unshare) return { usable: false, reason: "unshare (util-linux) is not installed" };
  try {
    await run(unshare, ["--mount", "--propagation", "private", "--", "true"], { timeout: 5000 });
  } catch (error) {
    return { usable: false, reason: `unshare --mount failed: ${(error as Error).message.split("\n")[0]}` };
  }
  return { usable: true, unshare, nsenter };
}
