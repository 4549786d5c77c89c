import { chmod, mkdir, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import test from "ava";
import { ExecutableNotFoundError } from "./errors.ts";
import { prepareWorkingDir, resolveExecutable } from "./launch-paths.ts";
import { nodeContainer, scratchDir } from "./test-support.ts";

test("working dir defaults to the image, else a per-pod directory, and is created", async (t) => {
  const dir = await scratchDir(t);
  const spec = nodeContainer("/logs", "");
  t.is(await prepareWorkingDir(spec, join(dir, "pods")), join(dir, "pods", spec.podUid));
  t.true((await stat(join(dir, "pods", spec.podUid))).isDirectory());
  t.is(await prepareWorkingDir({ ...spec, rootDir: join(dir, "image") }, join(dir, "pods")), join(dir, "image"));
  t.is(await prepareWorkingDir({ ...spec, rootDir: join(dir, "image"), workingDir: "data" }, "/unused"), join(dir, "image", "data"));
  t.is(await prepareWorkingDir({ ...spec, workingDir: join(dir, "abs") }, "/unused"), join(dir, "abs"));
});

test("executables resolve as paths from the image or as names on PATH, never to directories or plain files", async (t) => {
  const dir = await scratchDir(t);
  await mkdir(join(dir, "bin", "tool"), { recursive: true });
  await writeFile(join(dir, "bin", "run"), "#!/bin/sh\n");
  await chmod(join(dir, "bin", "run"), 0o755);
  await writeFile(join(dir, "bin", "data"), "not executable");
  const path = `/nonexistent:${join(dir, "bin")}`;
  t.is(await resolveExecutable("bin/run", dir, "/elsewhere", undefined), join(dir, "bin", "run"));
  t.is(await resolveExecutable("./run", undefined, join(dir, "bin"), undefined), join(dir, "bin", "run"));
  t.is(await resolveExecutable(join(dir, "bin", "run"), undefined, "/", undefined), join(dir, "bin", "run"));
  t.is(await resolveExecutable("run", undefined, "/", path), join(dir, "bin", "run"));
  await t.throwsAsync(resolveExecutable("tool", undefined, "/", path), { instanceOf: ExecutableNotFoundError });
  await t.throwsAsync(resolveExecutable("data", undefined, "/", path), { instanceOf: ExecutableNotFoundError });
  await t.throwsAsync(resolveExecutable("bin/data", dir, dir, path), { instanceOf: ExecutableNotFoundError });
  await t.throwsAsync(resolveExecutable("run", undefined, "/", undefined), { message: 'exec: "run": executable file not found in $PATH' });
});
