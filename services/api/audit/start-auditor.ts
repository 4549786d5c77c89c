// Sets up auditing for an API replica: the policy (a file or the built-in one), the bounded
// TROUPE_AUDIT stream and the sink publishing to it. A bad policy file fails the API's start.
import { readFile } from "node:fs/promises";
import type { NatsConnection } from "@nats-io/transport-node";
import type { Logger } from "../../../runtime/log.ts";
import { retry } from "../../../runtime/retry.ts";
import type { ApiMetrics } from "../metrics.ts";
import type { ResolvedApiServiceOptions } from "../options.ts";
import { Auditor } from "./auditor.ts";
import { ensureAuditStream, JetStreamAuditSink } from "./audit-sink.ts";
import { DEFAULT_AUDIT_POLICY, parseAuditPolicy } from "./policy.ts";

/** Publishes in flight at once: enough to keep up with thousands of requests a second. */
const PUBLISH_CONCURRENCY = 256;

export interface StartAuditorOptions {
  nc: NatsConnection;
  logger: Logger;
  metrics: ApiMetrics;
  options: ResolvedApiServiceOptions;
  redactedResources: ReadonlySet<string>;
}

export async function startAuditor({ nc, logger, metrics, options, redactedResources }: StartAuditorOptions): Promise<Auditor> {
  const path = options.auditPolicyFile;
  const policy = path ? parseAuditPolicy(await readFile(path, "utf8"), path) : DEFAULT_AUDIT_POLICY;
  const stream = { maxAgeSeconds: options.auditMaxAgeSeconds, maxBytes: options.auditMaxBytes, replicas: options.replicas };
  await retry(() => ensureAuditStream(nc, stream), { what: "create the audit stream", logger });
  logger.info("auditing requests", { policy: path || "built-in", rules: policy.rules.length, ...stream });
  const sink = new JetStreamAuditSink(nc, { maxBuffered: options.auditMaxBuffered, concurrency: PUBLISH_CONCURRENCY, logger, onDropped: () => metrics.auditDropped.inc() });
  return new Auditor({ policy, sink, redactedResources, logger, onEvent: (level) => metrics.auditEvents.inc({ level }) });
}
