// What every handler gets: the NATS API client (the only way to state), the connection (kubelet
// streams), the request as parsed, and its query.
import type { NatsConnection } from "@nats-io/transport-node";
import type { JsonApiClient } from "../../../runtime/api-client/json-api-client.ts";
import type { CallerIdentity } from "../../../runtime/api-client/transport.ts";
import { BadRequestError } from "../../../runtime/api-errors.ts";
import type { ResourceInfo } from "../../../runtime/codec/resources.ts";
import type { Logger } from "../../../runtime/log.ts";
import type { AuthenticationSettings } from "../authentication/authenticate.ts";
import type { ProtobufDecoder } from "../body-decode.ts";
import type { HttpRequest, HttpResponse } from "../http-io.ts";
import type { InflightLimit } from "../inflight-limit.ts";
import type { KubeApiMetrics } from "../metrics.ts";
import type { ResourceRequest } from "../request-info.ts";
import type { OutputNegotiation } from "../table/mod.ts";

export interface FrontEndDeps {
  /** The API as the request's caller: route() puts the authenticated caller's client here. */
  api: JsonApiClient;
  /** A client that speaks for one caller (services/kube-api/authentication). */
  apiFor: (caller: CallerIdentity) => JsonApiClient;
  /** Authenticate HTTP callers (client certificates, bearer tokens); absent: every request is
   * the front end's own NATS identity (a cluster without authentication, as tests run it). */
  authentication?: AuthenticationSettings;
  nc: NatsConnection;
  logger: Logger;
  metrics: KubeApiMetrics;
  maxBodyBytes: number;
  decodeProtobuf: ProtobufDecoder;
  /** How often a watch sends a BOOKMARK when nothing else happens. */
  bookmarkIntervalMs: number;
  minRequestTimeoutSeconds: number;
  inflight: InflightLimit;
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

const FIELD_VALIDATIONS = ["Strict", "Warn", "Ignore"] as const;
export type FieldValidationDirective = (typeof FIELD_VALIDATIONS)[number];

/** fieldValidation of a write; absent means Warn, kube-apiserver's default since 1.27 (kubectl sends Strict). */
export function fieldValidationOf(ctx: HandlerContext): FieldValidationDirective {
  const value = ctx.query.get("fieldValidation");
  if (value === null || value === "") return "Warn";
  if (!FIELD_VALIDATIONS.includes(value as FieldValidationDirective)) {
    throw new BadRequestError(`fieldValidation: Unsupported value: "${value}": supported values: "Ignore", "Strict", "Warn"`);
  }
  return value as FieldValidationDirective;
}

/** What a write tells the API about unknown fields, and where its warnings go: Warning: 299 headers. */
export function fieldValidationOptions(ctx: HandlerContext): { fieldValidation: FieldValidationDirective; onWarnings: (warnings: string[]) => void } {
  return {
    fieldValidation: fieldValidationOf(ctx),
    onWarnings: (warnings) => {
      if (ctx.res.headersSent || warnings.length === 0) return;
      ctx.res.setHeader("Warning", warnings.map((warning) => `299 - ${JSON.stringify(warning)}`));
    },
  };
}
