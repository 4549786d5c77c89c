import test from "ava";
import { lstat, mkdtemp, readdir, readFile, readlink, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeAtomically, type Payload } from "./atomic-writer.ts";

const text = (value: string) => new TextEncoder().encode(value);

test("the atomic writer puts the files in a timestamped directory behind ..data, with one symlink per top-level name", async (t) => {
  const dir = await mkdtemp(join(tmpdir(), "troupe-atomic-"));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const payload: Payload = new Map([["a", { content: text("1"), mode: 0o600 }], ["sub/b", { content: text("2"), mode: 0o644 }]]);
  t.true(await writeAtomically(dir, payload, new Date("2026-12-02T09:00:00Z")));
  t.regex(await readlink(join(dir, "..data")), /^\.\.2026_12_02_09_00_00\./);
  t.is(await readlink(join(dir, "a")), "..data/a");
  t.is(await readlink(join(dir, "sub")), "..data/sub");
  t.is(await readFile(join(dir, "sub", "b"), "utf8"), "2");
  t.is((await stat(join(dir, "a"))).mode & 0o777, 0o600);
  t.false(await writeAtomically(dir, payload), "an unchanged payload is left alone");

  t.true(await writeAtomically(dir, new Map([["a", { content: text("changed"), mode: 0o600 }]])));
  t.is(await readFile(join(dir, "a"), "utf8"), "changed");
  await t.throwsAsync(lstat(join(dir, "sub")), undefined, "a name gone from the payload is removed");
  t.is((await readdir(dir)).filter((entry) => entry.startsWith("..2")).length, 1, "the old timestamped directory is removed");
});
