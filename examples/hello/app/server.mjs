// A plain-text HTTP server in the shape of nginxdemos/hello:plain-text: it says which pod
// answered, so a load-balanced Service shows its replicas taking turns (and GREETING, when set,
// so a rollout shows which template answers). It shuts down gracefully on SIGTERM. A request
// with `?cpu_ms=N` first burns N ms of CPU (up to 1000), so a load generator sending R requests/s
// makes the Service's pods use R x N ms of CPU per second between them (the HPA tests and bench).
import { createServer } from "node:http";
import net from "node:net";
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";

const port = Number(process.env.PORT ?? 80);
const serverName = process.env.POD_NAME ?? hostname();

// nginx's $time_local: 21/Nov/2026:20:25:13 +0000
function nginxDate(date) {
  const [, day, month, year, time] = date.toUTCString().split(" ");
  return `${day}/${month}/${year}:${time} +0000`;
}

const greeting = process.env.GREETING ?? "";
/** Per connection: requests received and not yet answered, and when it last did anything. */
const connections = new Map();
let draining = false;

const MAX_CPU_MS = 1000;

/** Spins until this process has used `ms` more CPU time (not wall time: a preempted loop still
 * burns what was asked). */
function burnCpu(ms) {
  const start = process.cpuUsage();
  for (;;) {
    for (let i = 0; i < 10_000; i++);
    const used = process.cpuUsage(start);
    if (used.user + used.system >= ms * 1000) return;
  }
}

function cpuMsOf(url) {
  let value = 0;
  try {
    value = Number(new URL(url ?? "/", "http://hello").searchParams.get("cpu_ms") ?? 0);
  } catch {
    return 0;
  }
  return Number.isFinite(value) && value > 0 ? Math.min(value, MAX_CPU_MS) : 0;
}

function answer(request, response) {
  const cpuMs = cpuMsOf(request.url);
  if (cpuMs > 0) burnCpu(cpuMs);
  const address = request.socket.localAddress?.replace(/^::ffff:/, "") ?? "";
  const body = [
    `Server address: ${address}:${request.socket.localPort}`,
    `Server name: ${serverName}`,
    `Date: ${nginxDate(new Date())}`,
    `URI: ${request.url}`,
    `Request ID: ${randomBytes(16).toString("hex")}`,
    ...(greeting ? [`Greeting: ${greeting}`] : []),
    "",
  ].join("\n");
  const headers = { "Content-Type": "text/plain", "Cache-Control": "no-cache", Server: "troupe-hello" };
  // Shutting down: the last request known on this connection is answered with `Connection:
  // close`, so the client opens its next one elsewhere; pipelined ones before it are answered as usual.
  if (draining && connections.get(request.socket)?.pending === 1) headers.Connection = "close";
  response.writeHead(200, headers);
  response.end(body);
}

const server = createServer((request, response) => {
  const state = connections.get(request.socket);
  if (state) state.pending++;
  response.once("finish", () => {
    if (!state) return;
    state.pending--;
    state.at = Date.now();
  });
  // While draining, answer a turn later: the requests pipelined behind this one in the same
  // packet are parsed by then, so only the last of them carries `Connection: close`.
  if (draining) setImmediate(() => answer(request, response));
  else answer(request, response);
});
server.on("connection", (socket) => {
  connections.set(socket, { pending: 0, at: Date.now() });
  socket.once("close", () => connections.delete(socket));
});

server.listen(port, () => console.log(`hello: ${serverName} listening on :${port}`));

// Graceful shutdown, as a real app should do it. By the time SIGTERM comes the kubelet has seen
// every node proxy stop sending this pod new connections (docs/kubelet.md, "Termination"), so:
// 1. Stop accepting. net.Server's close, not http.Server's: the latter also cuts the idle
//    keep-alive connections at once, racing a client that is just sending its next request.
// 2. Every request still arriving (in flight, pipelined, the next one on a keep-alive connection)
//    is answered, the last one on each connection with `Connection: close`.
// 3. A connection idle for HELLO_IDLE_CLOSE_MS is closed; exit once none is left, or at the deadline.
const IDLE_CLOSE_MS = Number(process.env.HELLO_IDLE_CLOSE_MS ?? 1000);
const SHUTDOWN_DEADLINE_MS = Number(process.env.HELLO_SHUTDOWN_DEADLINE_MS ?? 10_000);

process.on("SIGTERM", () => {
  if (draining) return;
  draining = true;
  console.log(`hello: SIGTERM received, draining ${connections.size} connections`);
  net.Server.prototype.close.call(server, () => {
    console.log("hello: every connection closed, exiting");
    process.exit(0);
  });
  setInterval(() => {
    const now = Date.now();
    for (const [socket, state] of connections) if (state.pending === 0 && now - state.at >= IDLE_CLOSE_MS) socket.end();
  }, 100).unref();
  setTimeout(() => process.exit(0), SHUTDOWN_DEADLINE_MS).unref();
});
