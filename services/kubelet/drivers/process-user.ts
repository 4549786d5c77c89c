// Running a container's processes as its runAsUser/runAsGroup. Without wrappers the kubelet
// (root) spawns the command with Node's uid/gid options (libuv drops the supplementary groups);
// the cgroup join and the mount namespace wrappers need root, so there the command is run by
// setpriv, the innermost wrapper, which drops to the user just before exec'ing it.
import { existsSync } from "node:fs";

export interface ProcessUserIds {
  uid: number;
  gid: number;
}

const SETPRIV_PATHS = ["/usr/bin/setpriv", "/bin/setpriv", "/usr/sbin/setpriv", "/sbin/setpriv"];
let setprivPath: string | null | undefined;

function findSetpriv(): string | undefined {
  if (setprivPath === undefined) setprivPath = SETPRIV_PATHS.find((path) => existsSync(path)) ?? null;
  return setprivPath ?? undefined;
}

export class PrivilegeDropUnavailableError extends Error {
  override name = "PrivilegeDropUnavailableError";
  readonly code = "PRIVILEGE_DROP_UNAVAILABLE";
}

/** `argv` run as `user` by setpriv. */
export function setprivArgv(user: ProcessUserIds, argv: string[]): string[] {
  const setpriv = findSetpriv();
  if (!setpriv) throw new PrivilegeDropUnavailableError(`cannot run as uid ${user.uid} inside the container's cgroup or mount namespace: setpriv (util-linux) is not installed`);
  return [setpriv, `--reuid=${user.uid}`, `--regid=${user.gid}`, "--clear-groups", "--", ...argv];
}

/** The spawn options that run the spawned process itself as `user` (no root wrapper in between). */
export function spawnIds(user: ProcessUserIds | undefined): { uid?: number; gid?: number } {
  return user ? { uid: user.uid, gid: user.gid } : {};
}
