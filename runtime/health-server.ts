// The HTTP port every Troupe process exposes: Prometheus /metrics (OpenMetrics when asked) plus Kubernetes-style
// /healthz (liveness) and /readyz (readiness). Plain node:http; nothing here needs a framework.
import { createServer } from "node:http";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Registry } from "prom-client";
import { acceptsOpenMetrics, OPENMETRICS_CONTENT_TYPE, renderOpenMetrics } from "./openmetrics.ts";

/** `false` or `{ ok: false, reason }` fails the probe; a thrown error fails it with its message. */
export type HealthCheckResult = boolean | { ok: boolean; reason?: string };
export type HealthCheck = () => HealthCheckResult | Promise<HealthCheckResult>;

export interface HealthServerOptions {
  /** 0 picks a free port. */
  port?: number;
  /**
   * When `port` is taken, serve on a free one instead of failing. `troupe up` picks each
   * service's port before starting it, and between the pick and the bind another socket (any
   * outgoing connection's ephemeral port) can take it.
   */
  portFallback?: boolean;
  host?: string;
  registry: Registry;
  checks?: { live?: HealthCheck; ready?: HealthCheck };
}

export interface ResolvedHealthServerOptions {
  port: number;
  portFallback: boolean;
  host: string;
  registry: Registry;
  checks: { live?: HealthCheck; ready?: HealthCheck };
}

export interface HealthServer {
  readonly port: number;
  readonly url: string;
  close(): Promise<void>;
}

export function resolveHealthServerOptions(options: HealthServerOptions): ResolvedHealthServerOptions {
  return {
    port: options.port ?? 0,
    portFallback: options.portFallback ?? false,
    host: options.host ?? "127.0.0.1",
    registry: options.registry,
    checks: options.checks ?? {},
  };
}

export async function startHealthServer(options: HealthServerOptions): Promise<HealthServer> {
  const resolved = resolveHealthServerOptions(options);
  const server = createServer((req, res) => {
    handle(resolved, req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end(`internal error: ${errorMessage(error)}\n`);
    });
  });
  const listen = (port: number) => new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, resolved.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  try {
    await listen(resolved.port);
  } catch (error) {
    if (!resolved.portFallback || resolved.port === 0 || (error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
    await listen(0);
  }
  const { port } = server.address() as AddressInfo;
  const host = resolved.host.includes(":") ? `[${resolved.host}]` : resolved.host;
  return {
    port,
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Prometheus keeps scrape connections alive; without this close() waits for them.
        server.closeAllConnections();
      }),
  };
}

async function handle(options: ResolvedHealthServerOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = new URL(req.url ?? "/", "http://health").pathname;
  if (path !== "/metrics" && path !== "/healthz" && path !== "/readyz") {
    return text(res, 404, "not found");
  }
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("allow", "GET, HEAD");
    return text(res, 405, "method not allowed");
  }
  if (path === "/metrics") {
    // OpenMetrics for scrapers that ask (it carries exemplars), the classic text otherwise.
    const openMetrics = acceptsOpenMetrics(req.headers.accept);
    const body = openMetrics ? await renderOpenMetrics(options.registry) : await options.registry.metrics();
    res.writeHead(200, { "content-type": openMetrics ? OPENMETRICS_CONTENT_TYPE : options.registry.contentType });
    res.end(req.method === "HEAD" ? undefined : body);
    return;
  }
  const check = path === "/healthz" ? options.checks.live : options.checks.ready;
  const verdict = await runCheck(check);
  if (verdict.ok) return text(res, 200, "ok");
  return text(res, 503, verdict.reason);
}

async function runCheck(check: HealthCheck | undefined): Promise<{ ok: true } | { ok: false; reason: string }> {
  // No check configured means the process answering HTTP is all there is to know.
  if (!check) return { ok: true };
  try {
    const result = await check();
    if (result === true) return { ok: true };
    if (result === false) return { ok: false, reason: "not ok" };
    return result.ok ? { ok: true } : { ok: false, reason: result.reason ?? "not ok" };
  } catch (error) {
    return { ok: false, reason: `check failed: ${errorMessage(error)}` };
  }
}

function text(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8" });
  res.end(`${body}\n`);
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
