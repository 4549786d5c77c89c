import test from "ava";
import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkHostPath } from "./host-path-check.ts";

test("hostPath type checks create what *OrCreate asks for and name the path and type when a check fails", async (t) => {
  const dir = await mkdtemp(join(tmpdir(), "troupe-hostpath-"));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  await checkHostPath(join(dir, "made"), "DirectoryOrCreate");
  t.true((await stat(join(dir, "made"))).isDirectory());
  await checkHostPath(join(dir, "deep", "file"), "FileOrCreate");
  t.true((await stat(join(dir, "deep", "file"))).isFile());
  await writeFile(join(dir, "plain"), "x");
  await checkHostPath(join(dir, "plain"), "File");
  await checkHostPath(join(dir, "anything"), "");
  await checkHostPath("/dev/null", "CharDevice");
  const missing = await t.throwsAsync(checkHostPath(join(dir, "missing"), "Directory"));
  t.is(missing?.message, `hostPath type check failed: ${join(dir, "missing")} does not exist (type Directory)`);
  const wrong = await t.throwsAsync(checkHostPath(join(dir, "plain"), "Socket"));
  t.is(wrong?.message, `hostPath type check failed: ${join(dir, "plain")} is not a Socket (type Socket)`);
  await t.throwsAsync(checkHostPath(join(dir, "made"), "BlockDevice"));
});
