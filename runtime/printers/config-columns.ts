// Columns of ConfigMap, Secret, Event and Lease (printConfigMap, printSecret, printEvent, printLease).
import type { KubeObject } from "../api-client.ts";
import { formatAge } from "./age.ts";
import { ageColumn, column, nameColumn, NAME_DESCRIPTION, type Column } from "./column.ts";

interface DataJson {
  type?: string;
  data?: Record<string, string>;
  binaryData?: Record<string, string>;
}

export interface EventJson {
  type?: string;
  reason?: string;
  message?: string;
  count?: number;
  involvedObject?: { kind?: string; name?: string; fieldPath?: string };
  source?: { component?: string; host?: string };
  reportingComponent?: string;
  reportingInstance?: string;
  series?: { count?: number; lastObservedTime?: string };
  firstTimestamp?: string;
  lastTimestamp?: string;
  eventTime?: string;
  metadata?: { name?: string; creationTimestamp?: string };
}

const data = (object: KubeObject) => object as unknown as DataJson;
const event = (object: KubeObject) => object as unknown as EventJson;
const keys = (map: Record<string, string> | undefined) => Object.keys(map ?? {}).length;

/** When an event was first seen: firstTimestamp, else eventTime (events.k8s.io style). */
export function eventFirstSeen(object: KubeObject): string | undefined {
  const { firstTimestamp, eventTime } = event(object);
  return firstTimestamp || eventTime || undefined;
}

/** When an event last happened: the series' last observation, else lastTimestamp, else when it was first seen. */
export function eventLastSeen(object: KubeObject): string | undefined {
  const { series, lastTimestamp } = event(object);
  if (series) return series.lastObservedTime;
  return lastTimestamp || eventFirstSeen(object);
}

function eventCount(object: KubeObject): number {
  const { series, count } = event(object);
  // Singleton events of the events.k8s.io API have no count.
  return series ? (series.count ?? 0) : count || 1;
}

/** "pod/web-1", or just the kind when the event is about a kind as a whole. */
function eventObject(object: KubeObject): string {
  const involved = event(object).involvedObject;
  const kind = (involved?.kind ?? "").toLowerCase();
  return involved?.name ? `${kind}/${involved.name}` : kind;
}

/** "kubelet, node-1": the component (or reporting controller) and host (or reporting instance). */
function eventSource(object: KubeObject): string {
  const { source, reportingComponent, reportingInstance } = event(object);
  const component = source?.component || reportingComponent || "";
  const instance = source?.host || reportingInstance || "";
  return instance ? `${component}, ${instance}` : component;
}

export const configMapColumns: Column[] = [
  nameColumn,
  column("Data", "Data contains the configuration data.", (object) => keys(data(object).data) + keys(data(object).binaryData)),
  ageColumn,
];

export const secretColumns: Column[] = [
  nameColumn,
  column("Type", "Used to facilitate programmatic handling of secret data.", (object) => data(object).type ?? "Opaque"),
  column("Data", "Data contains the secret data.", (object) => keys(data(object).data)),
  ageColumn,
];

export const eventColumns: Column[] = [
  column("Last Seen", "The time at which the most recent occurrence of this event was recorded.", (object, { now }) => formatAge(eventLastSeen(object), now)),
  column("Type", "Type of this event (Normal, Warning), new types could be added in the future", (object) => event(object).type ?? ""),
  column("Reason", "This should be a short, machine understandable string that gives the reason for the transition into the object's current status.", (object) => event(object).reason ?? ""),
  column("Object", "The object that this event is about.", eventObject),
  column("Subobject", "If referring to a piece of an object instead of an entire object, this string should contain a valid JSON/Go field access statement.", (object) => event(object).involvedObject?.fieldPath ?? "", 1),
  column("Source", "The component reporting this event. Should be a short machine understandable string.", eventSource, 1),
  column("Message", "A human-readable description of the status of this operation.", (object) => (event(object).message ?? "").trim()),
  column("First Seen", "The time at which the event was first recorded.", (object, { now }) => formatAge(eventFirstSeen(object), now), 1),
  column("Count", "The number of times this event has occurred.", eventCount, 1),
  { ...column("Name", NAME_DESCRIPTION, (object) => object.metadata?.name ?? "", 1), format: "name" },
];

export const leaseColumns: Column[] = [
  nameColumn,
  column("Holder", "holderIdentity contains the identity of the holder of a current lease.", (object) => (object as { spec?: { holderIdentity?: string } }).spec?.holderIdentity ?? ""),
  ageColumn,
];
