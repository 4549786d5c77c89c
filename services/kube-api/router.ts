// Routes one HTTP request: discovery and the other non-resource paths, or a resource request
// handed to the handler of its verb. Every failure becomes a metav1.Status reply; one span and
// one metrics sample per request.
import type { ServerResponse } from "node:http";
import { SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import { BadRequestError, MethodNotAllowedError, toApiError } from "../../runtime/api-errors.ts";
import {
  ATTR_HTTP_REQUEST_METHOD, ATTR_HTTP_RESPONSE_STATUS_CODE, ATTR_HTTP_ROUTE, ATTR_K8S_NAMESPACE_NAME, ATTR_TROUPE_RESOURCE, ATTR_TROUPE_VERB, ATTR_URL_PATH,
} from "../../runtime/semconv.ts";
import { RESOURCES } from "../../runtime/codec/resources.ts";
import { depsForRequest } from "./authentication/request-deps.ts";
import { aggregatedDiscovery, apiGroup, apiGroupList, apiResourceList, apiVersions, versionInfo } from "./discovery.ts";
import { PathNotFoundError } from "./errors.ts";
import type { FrontEndDeps, HandlerContext } from "./handlers/handler-context.ts";
import { findReviewResource } from "../../runtime/codec/review-kinds.ts";
import { handleReview } from "./handlers/access-review.ts";
import { handleMetricsRead } from "./handlers/metrics-read.ts";
import { handleCustomMetricsRead } from "./handlers/custom-metrics-read.ts";
import { CUSTOM_METRICS_GROUP, CUSTOM_METRICS_VERSION } from "../../runtime/custom-metrics/metric-value-list.ts";
import { findMetricsKindResource } from "../../runtime/resource-metrics/metrics-kinds.ts";
import { handleLogs } from "./handlers/logs.ts";
import { handlePatch } from "./handlers/patch.ts";
import { handleGet, handleList } from "./handlers/read.ts";
import { handleWatch } from "./handlers/watch.ts";
import { handleCreate, handleDelete, handleDeleteCollection, handleUpdate } from "./handlers/write.ts";
import { sendError, sendJson, type HttpRequest, type HttpResponse } from "./http-io.ts";
import { isLongRunning } from "./inflight-limit.ts";
import { OTHER_RESOURCE } from "./metrics.ts";
import { requestInfo, type ResourceRequest } from "./request-info.ts";
import { openApiResponse } from "./openapi/mod.ts";
import { negotiateOutput } from "./table/mod.ts";
import { resolveTarget } from "./target.ts";

const tracer = trace.getTracer("troupe-kube-api");
/** Metric labels name only served kinds, whatever paths clients send. */
const SERVED_PLURALS = new Set(RESOURCES.map((info) => info.plural));

export interface RouterOptions {
  troupeVersion: string;
  /** host:port clients reach this server at (APIVersions.serverAddressByClientCIDRs). */
  serverAddress: string;
}

/** `application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList` (or v2beta1) when asked for. */
function aggregatedDiscoveryType(accept: string | undefined): string | undefined {
  for (const part of (accept ?? "").split(",")) {
    const params = new Map(part.split(";").slice(1).map((param) => param.trim().split("=") as [string, string]));
    if (params.get("as") === "APIGroupDiscoveryList" && params.get("g") === "apidiscovery.k8s.io" && ["v2", "v2beta1"].includes(params.get("v") ?? "")) {
      return `application/json;g=apidiscovery.k8s.io;v=${params.get("v")};as=APIGroupDiscoveryList`;
    }
  }
  return undefined;
}

function serveNonResource(req: HttpRequest, res: HttpResponse, url: URL, options: RouterOptions): string {
  const path = url.pathname;
  if (path.startsWith("/openapi/")) {
    const reply = openApiResponse({ path, query: url.searchParams, accept: req.headers.accept, ifNoneMatch: req.headers["if-none-match"] });
    if (!reply) throw new PathNotFoundError();
    (res as ServerResponse).writeHead(reply.status, { ...reply.headers, "Content-Length": String(Buffer.byteLength(reply.body)) });
    res.end(reply.body);
    return path.startsWith("/openapi/v3") ? "/openapi/v3/{groupVersion}" : "/openapi/v2";
  }
  const parts = path.split("/").filter((part) => part !== "");
  const aggregated = aggregatedDiscoveryType(req.headers.accept);
  if (path === "/version" || path === "/version/") return (sendJson(res, 200, versionInfo(options.troupeVersion)), "/version");
  if (["/healthz", "/livez", "/readyz"].includes(path)) {
    (res as ServerResponse).writeHead(200, { "Content-Type": "text/plain" });
    res.end("ok");
    return path;
  }
  if (parts[0] === "api" && parts.length === 1) {
    if (aggregated) return (sendJson(res, 200, aggregatedDiscovery(true, aggregated.includes("v=v2;") ? "apidiscovery.k8s.io/v2" : "apidiscovery.k8s.io/v2beta1"), {}, aggregated), "/api");
    return (sendJson(res, 200, apiVersions(options.serverAddress)), "/api");
  }
  if (parts[0] === "apis" && parts.length === 1) {
    if (aggregated) return (sendJson(res, 200, aggregatedDiscovery(false, aggregated.includes("v=v2;") ? "apidiscovery.k8s.io/v2" : "apidiscovery.k8s.io/v2beta1"), {}, aggregated), "/apis");
    return (sendJson(res, 200, apiGroupList()), "/apis");
  }
  if (parts[0] === "api" && parts.length === 2) {
    const list = apiResourceList(parts[1]);
    if (!list) throw new PathNotFoundError();
    return (sendJson(res, 200, list), "/api/{version}");
  }
  if (parts[0] === "apis" && parts.length === 2) {
    const group = apiGroup(parts[1]);
    if (!group) throw new PathNotFoundError();
    return (sendJson(res, 200, group), "/apis/{group}");
  }
  if (parts[0] === "apis" && parts.length === 3) {
    const list = apiResourceList(`${parts[1]}/${parts[2]}`);
    if (!list) throw new PathNotFoundError();
    return (sendJson(res, 200, list), "/apis/{group}/{version}");
  }
  throw new PathNotFoundError();
}

async function serveResource(deps: FrontEndDeps, req: HttpRequest, res: HttpResponse, request: ResourceRequest, query: URLSearchParams): Promise<void> {
  const review = request.name ? undefined : findReviewResource(request.group, request.version, request.resource);
  if (review) return handleReview(deps, req, res, request, review);
  const metrics = findMetricsKindResource(request.group, request.version, request.resource);
  if (metrics) return handleMetricsRead(deps, res, request, metrics, query.get("labelSelector") ?? undefined);
  if (request.group === CUSTOM_METRICS_GROUP && request.version === CUSTOM_METRICS_VERSION) return handleCustomMetricsRead(deps, res, request, query);
  const info = resolveTarget(request);
  const output = negotiateOutput(req.headers.accept, query);
  const ctx: HandlerContext = { deps, req, res, request, info, query, output };
  switch (request.verb) {
    case "get":
      if (request.subresource === "log") {
        if (info.kind !== "Pod") throw new PathNotFoundError();
        return handleLogs(ctx);
      }
      return handleGet(ctx);
    case "list":
      return handleList(ctx);
    case "watch":
      if (request.name) {
        // A watch of one object is a watch with a name field selector, as kube-apiserver does it.
        query.set("fieldSelector", [query.get("fieldSelector"), `metadata.name=${request.name}`].filter(Boolean).join(","));
        return handleWatch({ ...ctx, request: { ...request, name: "" } });
      }
      return handleWatch(ctx);
    case "create":
      return handleCreate(ctx);
    case "update":
      return handleUpdate(ctx);
    case "delete":
      return handleDelete(ctx);
    case "deletecollection":
      return handleDeleteCollection(ctx);
    case "patch":
      return handlePatch(ctx);
    case "connect":
      throw new BadRequestError(`${info.plural}/${request.subresource} needs a connection upgrade (WebSocket or SPDY)`);
  }
}

/** The error as a Status reply; a reply that cannot be written any more is given up, never thrown. */
function replyWithError(res: HttpResponse, error: unknown, deps: FrontEndDeps): ReturnType<typeof sendError> {
  try {
    return sendError(res, error);
  } catch (failure) {
    deps.logger.warn("could not send an error reply", { error: failure });
    res.destroy?.();
    return toApiError(error);
  }
}

export async function route(deps: FrontEndDeps, options: RouterOptions, req: HttpRequest, res: HttpResponse): Promise<void> {
  const started = performance.now();
  const method = req.method ?? "GET";
  let url: URL;
  try {
    url = new URL(req.url ?? "/", "https://kube-api");
  } catch {
    url = new URL("https://kube-api/");
  }
  const info = requestInfo(method, url);
  const verb = info?.type === "resource" ? info.verb : "discovery";
  const resource = info?.type === "resource" ? info.resource : OTHER_RESOURCE;
  deps.metrics.inflight.inc();
  await tracer.startActiveSpan(`${method} ${info?.type === "resource" ? info.resource : url.pathname}`, { kind: SpanKind.SERVER }, async (span) => {
    span.setAttributes({ [ATTR_HTTP_REQUEST_METHOD]: method, [ATTR_URL_PATH]: url.pathname, [ATTR_TROUPE_VERB]: verb });
    if (info?.type === "resource") span.setAttributes({ [ATTR_TROUPE_RESOURCE]: info.resource, [ATTR_K8S_NAMESPACE_NAME]: info.namespace });
    let code = 200;
    let release = () => {};
    try {
      if (!info) throw new MethodNotAllowedError(`the server does not allow the method ${method}`);
      if (!isLongRunning(info, url.searchParams)) release = deps.inflight.acquire(info);
      const requestDeps = depsForRequest(deps, req.socket, req.headers);
      if (info.type === "nonresource") span.setAttribute(ATTR_HTTP_ROUTE, serveNonResource(req, res, url, options));
      else await serveResource(requestDeps, req, res, info, url.searchParams);
      code = res.statusCode;
    } catch (error) {
      const apiError = replyWithError(res, error, deps);
      code = apiError.code;
      if (code >= 500) {
        span.setStatus({ code: SpanStatusCode.ERROR, message: apiError.message });
        // 503 and 504 are the NATS API being unreachable or slow (or a revision from the future): worth a warning, not a bug.
        if (code === 503 || code === 504) deps.logger.warn("request failed", { method, path: url.pathname, reason: apiError.reason, message: apiError.message });
        else deps.logger.error("request failed", { method, path: url.pathname, error });
      }
    } finally {
      release();
      span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, code);
      span.end();
      deps.metrics.inflight.dec();
      deps.metrics.requests.inc({ verb, resource: SERVED_PLURALS.has(resource) ? resource : OTHER_RESOURCE, code: String(code) });
      deps.metrics.duration.observe({ verb }, (performance.now() - started) / 1000);
    }
  });
}
