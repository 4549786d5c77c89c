// Slowloris protection for HTTP/1.1 connections: a connection must deliver each request's
// headers within the deadline (counted from the connection or the end of the previous
// response), or it is closed. node's own headersTimeout does not reach the HTTP/1.1 side of an
// HTTP/2 server with allowHTTP1. HTTP/2 sessions are not covered here: their frames are checked
// by node's http2 layer and an idle session times out.
import type { ServerResponse } from "node:http";
import type { Http2ServerResponse } from "node:http2";
import type { TLSSocket } from "node:tls";

export class HeaderDeadlines {
  private readonly timeoutMs: number;
  private readonly timers = new WeakMap<TLSSocket, NodeJS.Timeout>();

  constructor(timeoutMs: number) {
    this.timeoutMs = timeoutMs;
  }

  watch(socket: TLSSocket): void {
    if (socket.alpnProtocol === "h2") return;
    this.arm(socket);
    socket.once("close", () => clearTimeout(this.timers.get(socket)));
  }

  requestStarted(socket: TLSSocket | undefined, res: ServerResponse | Http2ServerResponse): void {
    if (!socket || socket.alpnProtocol === "h2") return;
    clearTimeout(this.timers.get(socket));
    res.once("finish", () => {
      if (!socket.destroyed) this.arm(socket);
    });
  }

  /** An upgraded connection (exec, port-forward) is a stream now, no longer HTTP. */
  upgraded(socket: TLSSocket): void {
    clearTimeout(this.timers.get(socket));
    this.timers.delete(socket);
  }

  private arm(socket: TLSSocket): void {
    clearTimeout(this.timers.get(socket));
    const timer = setTimeout(() => socket.destroy(), this.timeoutMs);
    timer.unref();
    this.timers.set(socket, timer);
  }
}
