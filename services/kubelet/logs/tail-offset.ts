// Where the last N lines of a file start, found by reading backwards in chunks so `--tail` on a
// large log reads only its end.
import type { FileHandle } from "node:fs/promises";

const NEWLINE = 0x0a;

export async function tailOffset(file: FileHandle, size: number, lines: number, chunkBytes = 64 * 1024): Promise<number> {
  if (lines <= 0) return size;
  const buffer = Buffer.alloc(Math.min(chunkBytes, size));
  let found = 0;
  for (let end = size; end > 0; ) {
    const start = Math.max(0, end - buffer.length);
    const { bytesRead } = await file.read(buffer, 0, end - start, start);
    for (let i = bytesRead - 1; i >= 0; i--) {
      // The file's final newline ends the last line; it does not start another one.
      if (buffer[i] !== NEWLINE || start + i === size - 1) continue;
      if (++found === lines) return start + i + 1;
    }
    end = start;
  }
  return 0;
}
