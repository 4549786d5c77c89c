// An object's last trace for the console: the API's get reply names the traceparent of the
// request that last changed it (LAST_CHANGE_TRACEPARENT_HEADER); the cluster's span store
// (runtime/spans/read-trace.ts) holds that trace's spans, laid out by the shared waterfall().
import { jetstream } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import { callApi, JSON_CONTENT_TYPE } from "../../runtime/api-client/transport.ts";
import { readTrace } from "../../runtime/spans/read-trace.ts";
import { waterfall, type Waterfall } from "../../runtime/spans/waterfall.ts";
import { LAST_CHANGE_TRACEPARENT_HEADER } from "../../runtime/subjects.ts";

export interface ObjectRef {
  resource: string;
  namespace: string;
  name: string;
}

export type TraceView =
  | { found: true; traceId: string; traceparent: string; waterfall: Waterfall }
  /** Why there is nothing to draw, said so on the page. */
  | { found: false; traceId?: string; message: string };

/** The trace id of a W3C traceparent (version-traceid-spanid-flags), or undefined (pure). */
export function traceIdOf(traceparent: string | undefined): string | undefined {
  const match = /^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$/.exec(traceparent?.trim() ?? "");
  return match && !/^0+$/.test(match[1]) ? match[1] : undefined;
}

/** Whether a traceparent's flags say its trace was sampled (recorded and exported) (pure). */
export function isSampled(traceparent: string): boolean {
  return (Number.parseInt(traceparent.trim().slice(-2), 16) & 1) === 1;
}

export async function lookUpTrace(nc: NatsConnection, ref: ObjectRef, timeoutMs = 5000): Promise<TraceView> {
  const body = new TextEncoder().encode(JSON.stringify({ key: { resource: ref.resource, name: ref.name, namespace: ref.namespace } }));
  const reply = await callApi(nc, "get", body, { contentType: JSON_CONTENT_TYPE, timeoutMs });
  const traceparent = reply.headers?.get(LAST_CHANGE_TRACEPARENT_HEADER) || undefined;
  const traceId = traceIdOf(traceparent);
  const what = `${ref.resource}/${ref.name}`;
  if (!traceparent || !traceId) return { found: false, message: `no trace: the last change of ${what} was not traced (tracing off or not sampled)` };
  // A caller that does not record (a CLI without OTEL_EXPORTER_OTLP_ENDPOINT) still passes its
  // context on, unsampled: every span of that trace was dropped, so there is nothing to read.
  if (!isSampled(traceparent)) return { found: false, traceId, message: `no trace: the last change of ${what} (trace ${traceId}) was not sampled, so none of its spans were kept` };
  const spans = await readTrace(jetstream(nc), traceId, { timeoutMs });
  if (spans.length === 0) return { found: false, traceId, message: `trace ${traceId} of ${what} is not in the cluster's span store (not exported there, or expired)` };
  return { found: true, traceId, traceparent, waterfall: waterfall(spans) };
}
