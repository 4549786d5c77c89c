// An Event (core/v1) as the console lists it (pure).
import type { KubeObject } from "../../../runtime/api-client.ts";

export interface EventRow {
  namespace: string;
  name: string;
  type: string;
  reason: string;
  /** Kind/name of the object it is about. */
  object: string;
  message: string;
  count: number;
  /** The latest time it happened (ISO). */
  lastTime: string;
  source: string;
}

interface EventShape {
  metadata?: { namespace?: string; name?: string; creationTimestamp?: string };
  type?: string;
  reason?: string;
  message?: string;
  count?: number;
  lastTimestamp?: string;
  eventTime?: string;
  firstTimestamp?: string;
  involvedObject?: { kind?: string; name?: string };
  source?: { component?: string; host?: string };
  reportingComponent?: string;
}

export function eventRow(object: KubeObject): EventRow {
  const event = object as EventShape;
  return {
    namespace: event.metadata?.namespace ?? "",
    name: event.metadata?.name ?? "",
    type: event.type ?? "Normal",
    reason: event.reason ?? "",
    object: `${event.involvedObject?.kind ?? ""}/${event.involvedObject?.name ?? ""}`,
    message: event.message ?? "",
    count: event.count ?? 1,
    lastTime: event.lastTimestamp || event.eventTime || event.firstTimestamp || event.metadata?.creationTimestamp || "",
    source: [event.source?.component || event.reportingComponent, event.source?.host].filter(Boolean).join(", "),
  };
}
