// troupe cp SRC DST: copies files and directories to and from a container as kubectl cp does, as
// a tar archive through exec: `tar -xmf -` in the container for an upload, `tar cf -` for a
// download, whose entries are written locally only inside the destination.
import { createWriteStream } from "node:fs";
import { mkdir, mkdtemp, rm, stat, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, posix, resolve } from "node:path";
import { pipeline } from "node:stream/promises";
import * as tar from "tar";
import type { JsonApiClient } from "../../runtime/api-client.ts";
import { execInContainer, type ExecSession } from "../../runtime/kubelet-client/exec-client.ts";
import { extractionTarget, parsePodPath, type PodPath } from "../copy-paths.ts";
import { UsageError } from "../errors.ts";
import type { Invocation } from "../invocation.ts";
import { DEFAULT_NAMESPACE } from "../object-ref.ts";
import { podNode } from "./pod-node.ts";

class RemoteCommandError extends Error {
  override name = "RemoteCommandError";
  readonly code = "REMOTE_COMMAND";
}

export async function run(invocation: Invocation): Promise<number> {
  const { positionals } = invocation;
  if (positionals.length !== 2) throw new UsageError("cp takes a source and a destination: troupe cp [NAMESPACE/]POD:PATH LOCAL or troupe cp LOCAL [NAMESPACE/]POD:PATH");
  const [from, to] = positionals.map(parsePodPath);
  if ((from === undefined) === (to === undefined)) throw new UsageError("one of the source and the destination must be a pod path ([NAMESPACE/]POD:PATH), the other a local path");
  const api = await invocation.api();
  if (from) return download(api, invocation, from, positionals[1]);
  return upload(api, invocation, positionals[0], to as PodPath);
}

async function openExec(api: JsonApiClient, invocation: Invocation, where: PodPath, command: string[], stdin: boolean): Promise<ExecSession> {
  const namespace = where.namespace ?? invocation.flags.string("namespace") ?? DEFAULT_NAMESPACE;
  const { nodeName, containers, defaultContainer } = await podNode(api, namespace, where.pod, "containers to copy files with");
  const container = invocation.flags.string("container") ?? defaultContainer;
  if (!container || !containers.includes(container)) throw new UsageError(`container ${container ?? ""} is not valid for pod ${where.pod}; choose one of: [${containers.join(" ")}]`);
  return execInContainer(api.nc, nodeName, { namespace, pod: where.pod, container, command, stdin, tty: false });
}

async function finished(exec: ExecSession): Promise<void> {
  const exit = await exec.exit;
  if (exit.error) throw new RemoteCommandError(exit.error);
  if (exit.exitCode !== 0) throw new RemoteCommandError(`command terminated with exit code ${exit.exitCode}`);
}

/** Local file or directory -> the container: archived under the destination's own name. */
async function upload(api: JsonApiClient, invocation: Invocation, source: string, to: PodPath): Promise<number> {
  const local = resolve(source);
  await stat(local).catch(() => {
    throw new UsageError(`${source} doesn't exist in local filesystem`);
  });
  if (to.path === "") throw new UsageError("the destination names no path in the pod (POD:PATH)");
  const destination = posix.normalize(to.path.replace(/\/+$/, "") || "/");
  // The archive's one top entry is a link with the destination's name: tar follows it, so the
  // entries are named as they land in the container.
  const staging = await mkdtemp(join(tmpdir(), "troupe-cp-"));
  try {
    const top = posix.basename(destination);
    await symlink(local, join(staging, top));
    const exec = await openExec(api, invocation, to, ["tar", "-xmf", "-", "-C", posix.dirname(destination)], true);
    exec.stdout.pipe(invocation.stdout, { end: false });
    exec.stderr.pipe(invocation.stderr, { end: false });
    await pipeline(tar.c({ cwd: staging, follow: true, portable: true }, [top]), exec.stdin!);
    await finished(exec);
    return 0;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** The container's file or directory -> a local path, entry by entry. */
async function download(api: JsonApiClient, invocation: Invocation, from: PodPath, target: string): Promise<number> {
  const source = posix.normalize(from.path.replace(/\/+$/, "") || "/");
  if (from.path === "" || source === "/") throw new UsageError("name a file or directory in the pod to copy (POD:PATH)");
  const destination = resolve(target);
  const base = posix.basename(source);
  const exec = await openExec(api, invocation, from, ["tar", "cf", "-", "-C", posix.dirname(source), base], false);
  exec.stderr.pipe(invocation.stderr, { end: false });
  const writes: Promise<void>[] = [];
  const parser = new tar.Parser({
    onReadEntry(entry) {
      const path = extractionTarget(destination, base, entry.path);
      if (!path) {
        invocation.stderr.write(`warning: file "${entry.path}" is outside target destination, skipping\n`);
        entry.resume();
        return;
      }
      if (entry.type === "Directory") {
        writes.push(mkdir(path, { recursive: true }).then(() => undefined));
        entry.resume();
      } else if (entry.type === "File" || entry.type === "OldFile") {
        writes.push(mkdir(dirname(path), { recursive: true }).then(() => pipeline(entry, createWriteStream(path, { mode: entry.mode }))));
      } else {
        invocation.stderr.write(`warning: skipping ${entry.type === "SymbolicLink" ? "symlink" : entry.type}: "${entry.path}"\n`);
        entry.resume();
      }
    },
  });
  await pipeline(exec.stdout, parser);
  await finished(exec);
  await Promise.all(writes);
  return 0;
}
