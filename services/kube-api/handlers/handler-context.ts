// What every handler gets: the NATS API client (the only way to state), the connection (kubelet
// streams), the request as parsed, and its query.
import type { NatsConnection } from "@nats-io/transport-node";
import type { JsonApiClient } from "../../../runtime/api-client/json-api-client.ts";
import type { ResourceInfo } from "../../../runtime/codec/resources.ts";
import type { Logger } from "../../../runtime/log.ts";
import type { ProtobufDecoder } from "../body-decode.ts";
import type { HttpRequest, HttpResponse } from "../http-io.ts";
import type { KubeApiMetrics } from "../metrics.ts";
import type { ResourceRequest } from "../request-info.ts";
import type { OutputNegotiation } from "../table/mod.ts";

export interface FrontEndDeps {
  api: JsonApiClient;
  nc: NatsConnection;
  logger: Logger;
  metrics: KubeApiMetrics;
  maxBodyBytes: number;
  decodeProtobuf: ProtobufDecoder;
  /** How often a watch sends a BOOKMARK when nothing else happens. */
  bookmarkIntervalMs: number;
  minRequestTimeoutSeconds: number;
}

export interface HandlerContext {
  deps: FrontEndDeps;
  req: HttpRequest;
  res: HttpResponse;
  request: ResourceRequest;
  info: ResourceInfo;
  query: URLSearchParams;
  /** What the reply should be (JSON, YAML, Table), settled before anything is done. */
  output: OutputNegotiation;
}

/** `dryRun=All` (the only value Kubernetes accepts); anything else is a 400. */
export function isDryRun(query: URLSearchParams): boolean {
  const values = query.getAll("dryRun");
  return values.includes("All");
}

/**
 * Who is writing: the fieldManager query parameter, else the client's User-Agent product
 * ("kubectl/v1.32.4 (linux/amd64) ..." -> "kubectl"), as kube-apiserver derives it.
 */
export function fieldManagerOf(ctx: HandlerContext): string | undefined {
  const given = ctx.query.get("fieldManager");
  if (given) return given;
  const agent = ctx.req.headers["user-agent"] ?? "";
  const product = agent.split("/")[0].trim();
  return product ? product.slice(0, 128) : undefined;
}
