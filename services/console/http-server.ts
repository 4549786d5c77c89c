// The console's HTTP server on 127.0.0.1: read-only (GET, plus POST /login). Every route but the
// login page and POST /login needs a session; the pages get their data as Server-Sent Events
// (the cluster's rows, a pod's log) and JSON (a trace): no polling, no reload.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { NatsConnection } from "@nats-io/transport-node";
import { SpanStatusCode, trace } from "@opentelemetry/api";
import { readContainerLog } from "../../runtime/kubelet-client/log-client.ts";
import type { Logger } from "../../runtime/log.ts";
import type { ClusterView } from "./cluster-view.ts";
import type { LoginResult } from "./login.ts";
import type { MetricsScraper } from "./metrics-scraper.ts";
import type { ConsoleMetrics } from "./metrics.ts";
import { parseCookies, SESSION_COOKIE, sessionCookie, type Session, type SessionStore } from "./sessions.ts";
import { SseStream } from "./sse.ts";
import { IMPORT_MAP_HASH, loginStyle, page, staticFile } from "./static-files.ts";
import { lookUpTrace } from "./trace-lookup.ts";
import type { PodRow } from "./views/pod-row.ts";

export interface ConsoleServerDeps {
  nc: NatsConnection;
  view: ClusterView;
  scraper: MetricsScraper;
  sessions: SessionStore;
  checkLogin(token: string): Promise<LoginResult>;
  metrics: ConsoleMetrics;
  logger: Logger;
}

const MAX_LOGIN_BODY = 64 * 1024;
const LOG_TAIL_LINES = 500;
const tracer = trace.getTracer("troupe-console");
const SECURITY_HEADERS = {
  "content-security-policy": `default-src 'self'; script-src 'self' ${IMPORT_MAP_HASH}; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'self'`,
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cache-control": "no-store",
};

export async function startConsoleServer(deps: ConsoleServerDeps, options: { host: string; port: number }): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    void route(deps, request, response).catch((error) => {
      deps.logger.warn("console request failed", { path: request.url, error });
      if (!response.headersSent) send(response, 500, "text/plain; charset=utf-8", `error: ${(error as Error).message}\n`);
      else response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  return { server, url: `http://${options.host}:${address.port}/` };
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  response.writeHead(status, { ...SECURITY_HEADERS, "content-type": type, ...headers });
  response.end(body);
}

function sessionOf(deps: ConsoleServerDeps, request: IncomingMessage): Session | undefined {
  return deps.sessions.find(parseCookies(request.headers.cookie).get(SESSION_COOKIE));
}

async function route(deps: ConsoleServerDeps, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? "/", "http://console");
  if (request.method === "POST" && url.pathname === "/login") return login(deps, request, response);
  if (request.method !== "GET" && request.method !== "HEAD") {
    return send(response, 405, "text/plain; charset=utf-8", `method ${request.method} not allowed: the console is read-only\n`, { allow: "GET, HEAD" });
  }
  if (url.pathname === "/login") return send(response, 200, "text/html; charset=utf-8", await page("login"));
  if (url.pathname === "/login.css") return send(response, 200, "text/css; charset=utf-8", (await loginStyle()).body);
  const session = sessionOf(deps, request);
  if (!session) {
    // A page goes to the login form; anything else (modules, streams) is simply refused.
    if (url.pathname === "/") return send(response, 303, "text/plain; charset=utf-8", "log in first\n", { location: "/login" });
    return send(response, 401, "text/plain; charset=utf-8", "log in first: POST /login with a token\n");
  }
  if (url.pathname === "/") return send(response, 200, "text/html; charset=utf-8", await page("index"));
  if (url.pathname === "/api/session") return send(response, 200, "application/json", JSON.stringify({ user: session.user.username, expiresAt: new Date(session.expiresAt).toISOString() }));
  if (url.pathname === "/api/stream") return clusterStream(deps, response);
  if (url.pathname === "/api/logs") return logStream(deps, url, response);
  if (url.pathname === "/api/trace") return traceOf(deps, url, response);
  const file = await staticFile(url.pathname);
  if (file) return send(response, 200, file.type, file.body);
  send(response, 404, "text/plain; charset=utf-8", `no such page: ${url.pathname}\n`);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_LOGIN_BODY) throw new Error(`login body over ${MAX_LOGIN_BODY} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

async function login(deps: ConsoleServerDeps, request: IncomingMessage, response: ServerResponse): Promise<void> {
  await tracer.startActiveSpan("console.login", async (span) => {
    try {
      const token = new URLSearchParams(await readBody(request)).get("token") ?? "";
      const result = await deps.checkLogin(token);
      if (!result.ok) {
        deps.metrics.logins.inc({ result: "refused" });
        span.setAttribute("troupe.console.login.refused", result.reason);
        const html = (await page("login")).replace("<!--error-->", `<p class="error" role="alert">${escapeHtml(result.reason)}</p>`);
        return send(response, 401, "text/html; charset=utf-8", html);
      }
      deps.metrics.logins.inc({ result: "ok" });
      span.setAttribute("enduser.id", result.user.username);
      const { id, session } = deps.sessions.open(result.user, result.expiresAt);
      deps.logger.info("console login", { user: result.user.username });
      send(response, 303, "text/plain; charset=utf-8", "logged in\n", { location: "/", "set-cookie": sessionCookie(id, (session.expiresAt - Date.now()) / 1000) });
    } catch (error) {
      deps.metrics.logins.inc({ result: "error" });
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
      throw error;
    } finally {
      span.end();
    }
  });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

async function clusterStream(deps: ConsoleServerDeps, response: ServerResponse): Promise<void> {
  const stream = new SseStream(response);
  deps.metrics.openStreams.inc({ stream: "cluster" });
  stream.send("snapshot", { rows: deps.view.snapshot(), points: deps.scraper.points });
  const stopRows = deps.view.onChange((change) => {
    stream.send("change", change);
    deps.metrics.rowChangesSent.inc();
  });
  const stopPoints = deps.scraper.onPoint((point) => stream.send("point", point));
  await stream.closed;
  stopRows();
  stopPoints();
  deps.metrics.openStreams.dec({ stream: "cluster" });
}

async function logStream(deps: ConsoleServerDeps, url: URL, response: ServerResponse): Promise<void> {
  const namespace = url.searchParams.get("namespace") ?? "default";
  const name = url.searchParams.get("pod") ?? "";
  const pod = deps.view.snapshot().pods[`${namespace}/${name}`] as PodRow | undefined;
  if (!pod) return send(response, 404, "text/plain; charset=utf-8", `no pod ${namespace}/${name}\n`);
  const container = url.searchParams.get("container") || pod.containers[0];
  if (!container || !pod.containers.includes(container)) return send(response, 400, "text/plain; charset=utf-8", `container "${container}" is not one of pod ${name}'s: ${pod.containers.join(", ")}\n`);
  if (!pod.node) return send(response, 409, "text/plain; charset=utf-8", `pod ${name} is not on a node yet, so it has no logs\n`);
  const stream = new SseStream(response);
  deps.metrics.openStreams.inc({ stream: "logs" });
  const abort = new AbortController();
  void stream.closed.then(() => abort.abort());
  try {
    const query = { namespace, pod: name, container, follow: true, tail: LOG_TAIL_LINES };
    for await (const line of readContainerLog(deps.nc, pod.node, query, abort.signal)) stream.send("line", line);
    stream.send("end", { reason: "the container's log ended" });
  } catch (error) {
    if (!abort.signal.aborted) stream.send("failure", { message: (error as Error).message });
  } finally {
    deps.metrics.openStreams.dec({ stream: "logs" });
    stream.end();
  }
}

const TRACEABLE = new Set(["pods", "nodes", "deployments", "replicasets", "statefulsets", "daemonsets", "services", "endpoints"]);

async function traceOf(deps: ConsoleServerDeps, url: URL, response: ServerResponse): Promise<void> {
  const resource = url.searchParams.get("resource") ?? "";
  const name = url.searchParams.get("name") ?? "";
  if (!TRACEABLE.has(resource) || !name) return send(response, 400, "application/json", JSON.stringify({ found: false, message: `resource must be one of ${[...TRACEABLE].join(", ")}, and name given` }));
  const namespace = resource === "nodes" ? "" : (url.searchParams.get("namespace") ?? "default");
  const view = await tracer.startActiveSpan("console.trace", async (span) => {
    try {
      return await lookUpTrace(deps.nc, { resource, namespace, name });
    } catch (error) {
      return { found: false as const, message: `cannot read the trace of ${resource}/${name}: ${(error as Error).message}` };
    } finally {
      span.end();
    }
  });
  send(response, 200, "application/json", JSON.stringify(view));
}
