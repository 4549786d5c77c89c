// Turns a container's stdout and stderr into CRI log records appended to one file. Each record is
// written with a single write() so records of the two streams interleave only between lines.
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import type { WriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import type { Readable } from "node:stream";
import { LogWriteError } from "./errors.ts";
import { criTimestamp, formatCriPrefix } from "./cri-format.ts";
import type { LogStream } from "./cri-format.ts";

export interface CriLogWriterOptions {
  /** Longest content of one record; longer lines become P records. Kubernetes uses 16 KiB. */
  maxRecordBytes?: number;
  /** Timestamp of records written now; tests pin it. */
  now?: () => string;
}

export type ResolvedCriLogWriterOptions = Required<CriLogWriterOptions>;

export function resolveCriLogWriterOptions(options: CriLogWriterOptions = {}): ResolvedCriLogWriterOptions {
  return {
    maxRecordBytes: options.maxRecordBytes ?? 16 * 1024,
    now: options.now ?? (() => criTimestamp()),
  };
}

const NEWLINE = 0x0a;

export class CriLogWriter {
  readonly path: string;
  readonly #file: WriteStream;
  readonly #options: ResolvedCriLogWriterOptions;
  readonly #sources = new Set<Readable>();
  #failure: Error | undefined;

  private constructor(path: string, file: WriteStream, options: ResolvedCriLogWriterOptions) {
    this.path = path;
    this.#file = file;
    this.#options = options;
    // While the disk is behind, pause the container's pipes instead of buffering without bound.
    file.on("drain", () => {
      for (const source of this.#sources) source.resume();
    });
    // A full or failing disk must not take the kubelet down; close() reports it.
    file.on("error", (error) => {
      this.#failure ??= error;
      for (const source of this.#sources) source.resume();
    });
  }

  /** Opens (creating directories) `path` for appending; fails here rather than on the first line. */
  static async open(path: string, options: CriLogWriterOptions = {}): Promise<CriLogWriter> {
    await mkdir(dirname(path), { recursive: true });
    const file = createWriteStream(path, { flags: "a" });
    await once(file, "open");
    return new CriLogWriter(path, file, resolveCriLogWriterOptions(options));
  }

  /** Copies `source` into the log as `stream` records; resolves when the source has ended. */
  capture(source: Readable, stream: LogStream): Promise<void> {
    this.#sources.add(source);
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const emit = (content: Buffer, partial: boolean) => {
      const prefix = formatCriPrefix(this.#options.now(), stream, partial);
      const record = Buffer.concat([Buffer.from(prefix), content, Buffer.of(NEWLINE)]);
      if (this.#failure) return;
      if (!this.#file.write(record)) source.pause();
    };
    const append = (piece: Buffer) => {
      pending.push(piece);
      pendingBytes += piece.length;
      while (pendingBytes > this.#options.maxRecordBytes) {
        const joined = Buffer.concat(pending);
        const cut = utf8Boundary(joined, this.#options.maxRecordBytes);
        emit(joined.subarray(0, cut), true);
        pending = [joined.subarray(cut)];
        pendingBytes = joined.length - cut;
      }
    };
    const flushLine = () => {
      emit(Buffer.concat(pending), false);
      pending = [];
      pendingBytes = 0;
    };
    source.on("data", (chunk: Buffer) => {
      let start = 0;
      for (let end = chunk.indexOf(NEWLINE); end >= 0; end = chunk.indexOf(NEWLINE, start)) {
        append(chunk.subarray(start, end));
        flushLine();
        start = end + 1;
      }
      if (start < chunk.length) append(chunk.subarray(start));
    });
    return new Promise((resolve) => {
      const finish = () => {
        if (!this.#sources.delete(source)) return;
        // Output that did not end with a newline is still a whole line.
        if (pendingBytes > 0) flushLine();
        resolve();
      };
      source.once("end", finish);
      source.once("close", finish);
      source.once("error", finish);
    });
  }

  /** Flushes and closes the file; call after every captured source has ended. */
  async close(): Promise<void> {
    if (!this.#file.closed) {
      // Not events.once: it rejects on "error", and a failed stream still emits "close".
      const closed = new Promise<void>((resolve) => this.#file.once("close", () => resolve()));
      this.#file.end();
      await closed;
    }
    if (this.#failure) throw new LogWriteError(this.path, { cause: this.#failure });
  }
}

// The largest cut at or below `limit` that does not split a UTF-8 sequence, so every record is
// valid text on its own.
function utf8Boundary(bytes: Buffer, limit: number): number {
  let cut = limit;
  while (cut > 0 && (bytes[cut] & 0xc0) === 0x80) cut--;
  return cut === 0 ? limit : cut;
}
