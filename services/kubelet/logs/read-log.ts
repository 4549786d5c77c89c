// Reads a container log for `troupe logs`: everything or the last N lines, then with `follow` the
// lines appended later, waiting for a file that does not exist yet and coping with truncation and
// replacement. P records are joined with the rest of their line, as kubectl shows them.
import { open, stat } from "node:fs/promises";
import type { FileHandle } from "node:fs/promises";
import { ChangeWaiter } from "./change-waiter.ts";
import { parseCriLine } from "./cri-format.ts";
import type { LogStream } from "./cri-format.ts";
import { LogNotFoundError } from "./errors.ts";
import { tailOffset } from "./tail-offset.ts";

export interface ReadLogOptions {
  /** Only the last N lines (records) present when reading starts; all of them when undefined. */
  tail?: number;
  /** Start at this byte offset instead (the end of the log when an attach began); wins over tail. */
  from?: number;
  /** Keep reading lines appended after the end, until aborted or `until` settles. */
  follow?: boolean;
  /** Ends the read quietly (the iteration just stops). */
  signal?: AbortSignal;
  /** With follow: once this settles (the container exited), drain the file and stop. */
  until?: PromiseLike<unknown>;
  /** Longest wait between looks at the file when no watch event arrives. */
  pollIntervalMs?: number;
}

export interface ResolvedReadLogOptions {
  tail: number | undefined;
  from: number | undefined;
  follow: boolean;
  signal: AbortSignal | undefined;
  until: PromiseLike<unknown> | undefined;
  pollIntervalMs: number;
}

export function resolveReadLogOptions(options: ReadLogOptions = {}): ResolvedReadLogOptions {
  return {
    tail: options.tail,
    from: options.from,
    follow: options.follow ?? false,
    signal: options.signal,
    until: options.until,
    pollIntervalMs: options.pollIntervalMs ?? 250,
  };
}

export interface LogLine {
  /** The record's RFC3339Nano time; undefined for a line that is not a CRI record. */
  time: string | undefined;
  stream: LogStream;
  content: string;
}

const NEWLINE = 0x0a;
const READ_CHUNK_BYTES = 64 * 1024;

export async function* readLog(path: string, options: ReadLogOptions = {}): AsyncGenerator<LogLine> {
  const resolved = resolveReadLogOptions(options);
  const waiter = new ChangeWaiter(path, resolved.pollIntervalMs, resolved.signal, resolved.until);
  let file: FileHandle | undefined;
  try {
    file = await openIfPresent(path);
    if (!file && !resolved.follow) throw new LogNotFoundError(path);
    while (!file && !waiter.aborted && !waiter.untilSettled) {
      await waiter.wait();
      file = await openIfPresent(path);
    }
    if (!file) return;
    const size = (await file.stat()).size;
    let position = resolved.from !== undefined ? Math.min(resolved.from, size) : resolved.tail === undefined ? 0 : await tailOffset(file, size, resolved.tail);
    const lines = new LineSplitter();
    const buffer = Buffer.alloc(READ_CHUNK_BYTES);
    let draining = false;
    while (!waiter.aborted) {
      const { bytesRead } = await file.read(buffer, 0, buffer.length, position);
      if (bytesRead > 0) {
        position += bytesRead;
        yield* lines.push(buffer.subarray(0, bytesRead));
        continue;
      }
      if (!resolved.follow || draining) {
        yield* lines.end();
        return;
      }
      await waiter.wait();
      draining = waiter.untilSettled;
      const current = await stat(path).catch(() => undefined);
      if (current && current.ino !== (await file.stat()).ino) {
        // Replaced (rotated): the old file was read to its end, go on with the new one.
        await file.close();
        file = await open(path, "r");
        position = 0;
      } else if (current && current.size < position) {
        position = 0;
      }
    }
  } finally {
    waiter.close();
    await file?.close();
  }
}

async function openIfPresent(path: string): Promise<FileHandle | undefined> {
  try {
    return await open(path, "r");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

// Cuts bytes into lines (newline bytes never occur inside UTF-8 sequences, so each line decodes
// alone) and joins P records with the rest of their line, per stream.
class LineSplitter {
  #rest: Buffer = Buffer.alloc(0);
  readonly #partial: Record<LogStream, string[]> = { stdout: [], stderr: [] };

  *push(chunk: Buffer): Generator<LogLine> {
    let bytes = this.#rest.length > 0 ? Buffer.concat([this.#rest, chunk]) : chunk;
    let start = 0;
    for (let end = bytes.indexOf(NEWLINE); end >= 0; end = bytes.indexOf(NEWLINE, start)) {
      const line = this.#record(bytes.toString("utf8", start, end));
      if (line) yield line;
      start = end + 1;
    }
    bytes = bytes.subarray(start);
    // Copy: `chunk` is the reader's reused buffer.
    this.#rest = Buffer.from(bytes);
  }

  /** A last line without a newline (a writer caught mid-record) still counts when not following. */
  *end(): Generator<LogLine> {
    if (this.#rest.length === 0) return;
    const line = this.#record(this.#rest.toString("utf8"));
    this.#rest = Buffer.alloc(0);
    if (line) yield line;
  }

  #record(text: string): LogLine | undefined {
    const record = parseCriLine(text);
    // Not CRI (written by something else): pass it on whole rather than lose it.
    if (!record) return { time: undefined, stream: "stdout", content: text };
    const pieces = this.#partial[record.stream];
    pieces.push(record.content);
    if (record.partial) return undefined;
    this.#partial[record.stream] = [];
    return { time: record.time, stream: record.stream, content: pieces.join("") };
  }
}
