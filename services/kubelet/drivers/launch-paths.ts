// Where a process container runs and which file it executes, resolved before spawning so that a
// missing executable is a clear start error rather than a process that dies with status 127.
import { constants } from "node:fs";
import { access, mkdir, stat } from "node:fs/promises";
import { isAbsolute, join, resolve } from "node:path";
import { ExecutableNotFoundError } from "./errors.ts";
import type { ContainerSpec } from "./types.ts";

/** The container's working directory, created when missing (as Docker does for WORKDIR). */
export async function prepareWorkingDir(spec: ContainerSpec, podsDir: string): Promise<string> {
  const base = spec.rootDir ?? join(podsDir, spec.podUid);
  const dir = spec.workingDir ? resolve(base, spec.workingDir) : base;
  await mkdir(dir, { recursive: true });
  return dir;
}

/**
 * A name with a "/" is a path (relative ones from rootDir, or from the working directory for a
 * host command); a bare name is looked up on the container's PATH, as execvp would.
 */
export async function resolveExecutable(name: string, rootDir: string | undefined, cwd: string, path: string | undefined): Promise<string> {
  if (name.includes("/")) {
    const file = isAbsolute(name) ? name : resolve(rootDir ?? cwd, name);
    if (await isExecutableFile(file)) return file;
    throw new ExecutableNotFoundError(name, rootDir ?? cwd);
  }
  for (const dir of (path ?? "").split(":")) {
    if (dir === "") continue;
    const file = resolve(cwd, dir, name);
    if (await isExecutableFile(file)) return file;
  }
  throw new ExecutableNotFoundError(name, "$PATH");
}

async function isExecutableFile(file: string): Promise<boolean> {
  try {
    if (!(await stat(file)).isFile()) return false;
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
