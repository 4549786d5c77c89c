// Builds the audit.k8s.io/v1 Event of one request at the level its policy chose. Pure. Payloads of
// redacted resources (Secrets, and anything encrypted at rest) are never included, whatever the
// level: neither the request and response objects nor an error message that may quote them.
import type { StatusJson } from "../../../runtime/api-errors.ts";
import type { RequestSubject } from "./request-attributes.ts";
import { AUDIT_API_VERSION, type AuditEvent, type AuditLevel, type ResponseStatus } from "./types.ts";

export interface EventInput {
  auditID: string;
  level: Exclude<AuditLevel, "None">;
  subject: RequestSubject;
  user: { username: string; groups: string[]; extra?: Record<string, string[]> };
  impersonatedUser?: { username: string; groups: string[] };
  sourceIPs?: string[];
  /** The reply's status code; failures also carry their Status. */
  code: number;
  failure?: StatusJson;
  /** Read only at Request and RequestResponse levels (they may parse or convert the payload). */
  requestObject?: () => unknown;
  responseObject?: () => unknown;
  /** True for Secrets and every resource encrypted at rest. */
  redacted: boolean;
  received: Date;
  completed: Date;
  annotations?: Record<string, string>;
}

/** Kubernetes' MicroTime: RFC 3339 with microseconds. */
export function microTime(date: Date): string {
  return date.toISOString().replace(/\.(\d{3})Z$/, ".$1000Z");
}

/** Status codes whose message may quote the request (bad input). */
const QUOTING_CODES = new Set([400, 422]);

function responseStatus(input: EventInput): ResponseStatus {
  if (!input.failure) return { metadata: {}, code: input.code };
  const status: ResponseStatus = { metadata: {}, code: input.code, status: "Failure", reason: input.failure.reason };
  if (!(input.redacted && QUOTING_CODES.has(input.code))) status.message = input.failure.message;
  return status;
}

export function buildAuditEvent(input: EventInput): AuditEvent {
  const event: AuditEvent = {
    kind: "Event",
    apiVersion: AUDIT_API_VERSION,
    level: input.level,
    auditID: input.auditID,
    stage: "ResponseComplete",
    requestURI: input.subject.requestURI,
    verb: input.subject.attributes.verb,
    user: input.user,
    requestReceivedTimestamp: microTime(input.received),
    stageTimestamp: microTime(input.completed),
  };
  if (input.impersonatedUser) event.impersonatedUser = input.impersonatedUser;
  if (input.sourceIPs?.length) event.sourceIPs = input.sourceIPs;
  if (input.subject.objectRef) event.objectRef = input.subject.objectRef;
  event.responseStatus = responseStatus(input);
  if (!input.redacted && (input.level === "Request" || input.level === "RequestResponse")) {
    const request = input.requestObject?.();
    if (request !== undefined) event.requestObject = request;
    if (input.level === "RequestResponse" && !input.failure) {
      const response = input.responseObject?.();
      if (response !== undefined) event.responseObject = response;
    }
  }
  if (input.annotations && Object.keys(input.annotations).length > 0) event.annotations = input.annotations;
  return event;
}
