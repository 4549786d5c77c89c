import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import test from "ava";
import { CriLogWriter } from "./cri-log-writer.ts";
import { LogWriteError } from "./errors.ts";

const TIME = "2026-11-21T20:00:00.000000001Z";

async function scratch(t: { teardown(fn: () => Promise<void>): void }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "troupe-cri-writer-"));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

test("cri log writer records both streams line by line, however the bytes were chunked", async (t) => {
  const path = join(await scratch(t), "nested", "dir", "0.log");
  const writer = await CriLogWriter.open(path, { now: () => TIME });
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const done = Promise.all([writer.capture(stdout, "stdout"), writer.capture(stderr, "stderr")]);
  stdout.write("hel");
  stdout.write("lo\nwor");
  stdout.write("ld\n\n");
  stderr.end("oops\n");
  await new Promise((resolve) => setImmediate(resolve));
  stdout.end("no newline at the end");
  await done;
  await writer.close();
  t.deepEqual((await readFile(path, "utf8")).split("\n"), [
    `${TIME} stdout F hello`,
    `${TIME} stdout F world`,
    `${TIME} stdout F `,
    `${TIME} stderr F oops`,
    `${TIME} stdout F no newline at the end`,
    "",
  ]);
});

test("cri log writer appends to an existing log", async (t) => {
  const path = join(await scratch(t), "0.log");
  for (const word of ["one", "two"]) {
    const writer = await CriLogWriter.open(path, { now: () => TIME });
    const source = new PassThrough();
    const captured = writer.capture(source, "stdout");
    source.end(`${word}\n`);
    await captured;
    await writer.close();
  }
  t.is(await readFile(path, "utf8"), `${TIME} stdout F one\n${TIME} stdout F two\n`);
});

test("cri log writer splits overlong lines into partial records without cutting a character", async (t) => {
  const path = join(await scratch(t), "0.log");
  const writer = await CriLogWriter.open(path, { now: () => TIME, maxRecordBytes: 8 });
  const source = new PassThrough();
  const captured = writer.capture(source, "stdout");
  source.end("abcdefgé€xyz12\n");
  await captured;
  await writer.close();
  t.deepEqual((await readFile(path, "utf8")).trimEnd().split("\n"), [
    `${TIME} stdout P abcdefg`,
    `${TIME} stdout P é€xyz`,
    `${TIME} stdout F 12`,
  ]);
});

test("cri log writer reports a failing log file when it is closed", async (t) => {
  const writer = await CriLogWriter.open("/dev/full", { now: () => TIME });
  const source = new PassThrough();
  const captured = writer.capture(source, "stdout");
  source.end("lost\n");
  await captured;
  const error = await t.throwsAsync(writer.close(), { instanceOf: LogWriteError });
  t.is(error?.code, "LOG_WRITE_FAILED");
});
