// Server-Sent Events: the wire format (pure) and one open stream to a browser.
import type { ServerResponse } from "node:http";

/** One event in text/event-stream form; data spans lines as the format asks. */
export function sseEvent(event: string, data: unknown): string {
  const text = typeof data === "string" ? data : JSON.stringify(data);
  return `event: ${event}\n${text.split("\n").map((line) => `data: ${line}`).join("\n")}\n\n`;
}

const KEEPALIVE_MS = 15_000;

export class SseStream {
  readonly #response: ServerResponse;
  readonly #keepalive: NodeJS.Timeout;
  readonly closed: Promise<void>;

  constructor(response: ServerResponse) {
    this.#response = response;
    response.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-store", connection: "keep-alive", "x-accel-buffering": "no" });
    response.flushHeaders();
    // A comment line now and then keeps proxies and idle timers from closing the stream.
    this.#keepalive = setInterval(() => response.write(": keepalive\n\n"), KEEPALIVE_MS);
    this.closed = new Promise((resolve) => response.once("close", () => {
      clearInterval(this.#keepalive);
      resolve();
    }));
  }

  send(event: string, data: unknown): void {
    if (!this.#response.writableEnded) this.#response.write(sseEvent(event, data));
  }

  end(): void {
    clearInterval(this.#keepalive);
    if (!this.#response.writableEnded) this.#response.end();
  }
}
