// The API's audit backend: after each request, the policy chooses a level, the event is built and
// handed to the sink. Runs after the reply is sent and never throws into the request.
import { randomUUID } from "node:crypto";
import type { StatusJson } from "../../../runtime/api-errors.ts";
import type { UserInfo } from "../../../runtime/auth/user-info.ts";
import { messageToJson } from "../../../runtime/codec/json-convert.ts";
import type { Logger } from "../../../runtime/log.ts";
import type { ApiVerb } from "../../../runtime/subjects.ts";
import type { WireFormat } from "../wire.ts";
import { buildAuditEvent } from "./audit-event.ts";
import type { AuditSink } from "./audit-sink.ts";
import { auditDecision } from "./policy.ts";
import { requestSubject, type DecodedRequest } from "./request-attributes.ts";
import type { AuditLevel, AuditPolicy } from "./types.ts";

export interface AuditRecord {
  verb: ApiVerb;
  user: UserInfo;
  impersonatedUser?: UserInfo;
  decoded: DecodedRequest;
  payload: Uint8Array;
  format: WireFormat;
  /** The reply body (successes). */
  reply?: Uint8Array;
  code: number;
  failure?: StatusJson;
  received: Date;
  completed: Date;
  annotations: Record<string, string>;
}

export interface AuditorOptions {
  policy: AuditPolicy;
  sink: AuditSink;
  /** Resources whose payloads are never audited: secrets, and whatever is encrypted at rest. */
  redactedResources: ReadonlySet<string>;
  logger: Logger;
  onEvent: (level: Exclude<AuditLevel, "None">) => void;
}

const decoder = new TextDecoder();

function parseJson(bytes: Uint8Array | undefined): unknown {
  return bytes && bytes.length > 0 ? JSON.parse(decoder.decode(bytes)) : undefined;
}

/** The object (or patch) the caller sent, in its JSON form. */
function requestObjectOf(record: AuditRecord): unknown {
  const { decoded, format, payload } = record;
  if (decoded.patch !== undefined) return decoded.patch;
  if (!["create", "apply", "update", "updateStatus"].includes(record.verb)) return undefined;
  if (format === "json") return (parseJson(payload) as { object?: unknown } | undefined)?.object;
  return decoded.object && decoded.info ? messageToJson(decoded.info.typeName, decoded.object) : undefined;
}

function responseObjectOf(record: AuditRecord): unknown {
  if (record.format === "json") return parseJson(record.reply);
  const { decoded } = record;
  return decoded.result && decoded.info ? messageToJson(decoded.info.typeName, decoded.result) : undefined;
}

function userOf(user: UserInfo): { username: string; groups: string[]; extra?: Record<string, string[]> } {
  const extra = user.extra && Object.keys(user.extra).length > 0 ? user.extra : undefined;
  return extra ? { username: user.username, groups: user.groups, extra } : { username: user.username, groups: user.groups };
}

export class Auditor {
  private readonly options: AuditorOptions;

  constructor(options: AuditorOptions) {
    this.options = options;
  }

  record(record: AuditRecord): void {
    try {
      const subject = requestSubject(record.verb, { username: record.user.username, groups: record.user.groups }, record.decoded);
      const decision = auditDecision(this.options.policy, subject.attributes);
      if (decision.level === "None" || decision.omitStages.includes("ResponseComplete")) return;
      const event = buildAuditEvent({
        auditID: randomUUID(),
        level: decision.level,
        subject,
        user: userOf(record.user),
        impersonatedUser: record.impersonatedUser ? { username: record.impersonatedUser.username, groups: record.impersonatedUser.groups } : undefined,
        code: record.code,
        failure: record.failure,
        requestObject: () => requestObjectOf(record),
        responseObject: () => responseObjectOf(record),
        redacted: this.options.redactedResources.has(subject.attributes.resource),
        received: record.received,
        completed: record.completed,
        annotations: record.annotations,
      });
      this.options.onEvent(decision.level);
      this.options.sink.publish(event);
    } catch (error) {
      this.options.logger.warn("audit event not recorded", { verb: record.verb, error });
    }
  }

  flush(): Promise<void> {
    return this.options.sink.flush();
  }
}
