import { appendFile, mkdir, mkdtemp, open, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import test from "ava";
import type { ExecutionContext } from "ava";
import { formatCriPrefix } from "./cri-format.ts";
import type { LogStream } from "./cri-format.ts";
import { LogNotFoundError } from "./errors.ts";
import { readLog } from "./read-log.ts";
import type { LogLine, ReadLogOptions } from "./read-log.ts";
import { tailOffset } from "./tail-offset.ts";

const TIME = "2026-11-21T20:00:00.000000000Z";

function record(content: string, stream: LogStream = "stdout", partial = false): string {
  return `${formatCriPrefix(TIME, stream, partial)}${content}\n`;
}

function records(count: number, from = 1): string {
  return Array.from({ length: count }, (_, i) => record(`line ${from + i}`)).join("");
}

async function scratch(t: ExecutionContext): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "troupe-read-log-"));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function collect(path: string, options: ReadLogOptions = {}): Promise<string[]> {
  const contents: string[] = [];
  for await (const line of readLog(path, options)) contents.push(line.content);
  return contents;
}

// Reads a followed log in the background and lets the test wait for the lines it expects.
function follow(t: ExecutionContext, path: string, options: ReadLogOptions = {}) {
  const controller = new AbortController();
  const lines: LogLine[] = [];
  const finished = (async () => {
    for await (const line of readLog(path, { follow: true, pollIntervalMs: 20, signal: controller.signal, ...options })) {
      lines.push(line);
    }
  })();
  t.teardown(() => {
    controller.abort();
    return finished;
  });
  const until = async (count: number) => {
    const deadline = Date.now() + 5000;
    while (lines.length < count) {
      if (Date.now() > deadline) throw new Error(`saw ${lines.length} of ${count} lines: ${JSON.stringify(lines)}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return lines.map((line) => line.content);
  };
  return { lines, until, finished, abort: () => controller.abort() };
}

test("reading a log yields every record with its time and stream, prefix stripped", async (t) => {
  const path = join(await scratch(t), "0.log");
  await writeFile(path, record("hello") + record("oops", "stderr") + record(""));
  const lines: LogLine[] = [];
  for await (const line of readLog(path)) lines.push(line);
  t.deepEqual(lines, [
    { time: TIME, stream: "stdout", content: "hello" },
    { time: TIME, stream: "stderr", content: "oops" },
    { time: TIME, stream: "stdout", content: "" },
  ]);
});

test("reading a log joins partial records with the rest of their line, per stream", async (t) => {
  const path = join(await scratch(t), "0.log");
  await writeFile(
    path,
    record("a long ", "stdout", true) + record("err", "stderr") + record("line", "stdout", true) + record(" ends here"),
  );
  t.deepEqual(await collect(path), ["err", "a long line ends here"]);
});

test("reading a log passes lines that are not cri records through whole", async (t) => {
  const path = join(await scratch(t), "0.log");
  await writeFile(path, `not cri\n${record("cri")}`);
  const lines: LogLine[] = [];
  for await (const line of readLog(path)) lines.push(line);
  t.deepEqual(lines, [
    { time: undefined, stream: "stdout", content: "not cri" },
    { time: TIME, stream: "stdout", content: "cri" },
  ]);
});

test("tail yields only the last N lines, or all of a shorter log", async (t) => {
  const path = join(await scratch(t), "0.log");
  await writeFile(path, records(10));
  t.deepEqual(await collect(path, { tail: 3 }), ["line 8", "line 9", "line 10"]);
  t.deepEqual(await collect(path, { tail: 50 }), (await collect(path)));
  t.deepEqual(await collect(path, { tail: 0 }), []);
});

test("tail offset scans backwards across chunk boundaries", async (t) => {
  const path = join(await scratch(t), "lines.txt");
  const text = "a\nbb\nccc\n\ndddd\neeeee";
  await writeFile(path, text);
  const file = await open(path, "r");
  t.teardown(() => file.close());
  for (const chunk of [1, 2, 3, 64]) {
    t.is(await tailOffset(file, text.length, 1, chunk), text.indexOf("eeeee"), `chunk ${chunk}`);
    t.is(await tailOffset(file, text.length, 2, chunk), text.indexOf("dddd"), `chunk ${chunk}`);
    t.is(await tailOffset(file, text.length, 3, chunk), text.indexOf("\n\n") + 1, `chunk ${chunk}`);
    t.is(await tailOffset(file, text.length, 6, chunk), 0, `chunk ${chunk}`);
    t.is(await tailOffset(file, text.length, 9, chunk), 0, `chunk ${chunk}`);
  }
  t.is(await tailOffset(file, 9, 1, 4), 5, "a final newline ends the last line");
});

test("reading a log that does not exist fails with LogNotFoundError", async (t) => {
  const path = join(await scratch(t), "missing", "0.log");
  const error = await t.throwsAsync(collect(path), { instanceOf: LogNotFoundError });
  t.is(error?.path, path);
});

test("following a log yields lines appended after the end", async (t) => {
  const path = join(await scratch(t), "0.log");
  await writeFile(path, records(2));
  const reader = follow(t, path);
  t.deepEqual(await reader.until(2), ["line 1", "line 2"]);
  await appendFile(path, records(2, 3));
  t.deepEqual(await reader.until(4), ["line 1", "line 2", "line 3", "line 4"]);
  await appendFile(path, "2026-11-21T20:00:00Z stdout F half a re");
  await new Promise((resolve) => setTimeout(resolve, 60));
  t.is(reader.lines.length, 4, "a record is yielded only once its newline is written");
  await appendFile(path, "cord\n");
  t.deepEqual((await reader.until(5)).at(-1), "half a record");
});

test("following with tail starts from the last N lines", async (t) => {
  const path = join(await scratch(t), "0.log");
  await writeFile(path, records(5));
  const reader = follow(t, path, { tail: 1 });
  t.deepEqual(await reader.until(1), ["line 5"]);
  await appendFile(path, records(1, 6));
  t.deepEqual(await reader.until(2), ["line 5", "line 6"]);
});

test("following a log that does not exist yet waits for it", async (t) => {
  const path = join(await scratch(t), "later", "0.log");
  const reader = follow(t, path);
  await new Promise((resolve) => setTimeout(resolve, 60));
  await mkdir(join(path, ".."));
  await writeFile(path, records(1));
  t.deepEqual(await reader.until(1), ["line 1"]);
});

test("following ends quietly when aborted", async (t) => {
  const path = join(await scratch(t), "0.log");
  await writeFile(path, records(1));
  const reader = follow(t, path);
  await reader.until(1);
  reader.abort();
  await reader.finished;
  t.is(reader.lines.length, 1);
});

test("following ends after draining the file once `until` settles", async (t) => {
  const path = join(await scratch(t), "0.log");
  await writeFile(path, records(1));
  let exited!: () => void;
  const reader = follow(t, path, { until: new Promise<void>((resolve) => (exited = resolve)), pollIntervalMs: 10_000 });
  await reader.until(1);
  await appendFile(path, records(2, 2));
  exited();
  await reader.finished;
  t.deepEqual(
    reader.lines.map((line) => line.content),
    ["line 1", "line 2", "line 3"],
  );
});

test("following starts over when the log is truncated or replaced", async (t) => {
  const dir = await scratch(t);
  const path = join(dir, "0.log");
  await writeFile(path, records(3));
  const reader = follow(t, path);
  await reader.until(3);
  await writeFile(path, record("after truncation"));
  t.is((await reader.until(4))[3], "after truncation");
  await writeFile(join(dir, "next.log"), record("replacement"));
  await rename(join(dir, "next.log"), path);
  t.is((await reader.until(5))[4], "replacement");
});
