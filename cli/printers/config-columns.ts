// Columns of ConfigMap, Secret, Event and Lease.
import type { KubeObject } from "../../runtime/api-client.ts";
import { formatAge } from "../age.ts";
import { ageColumn, nameColumn, type Column } from "./column.ts";

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
  involvedObject?: { kind?: string; name?: string };
  source?: { component?: string };
  firstTimestamp?: string;
  lastTimestamp?: string;
  eventTime?: string;
  metadata?: { creationTimestamp?: string };
}

const data = (object: KubeObject) => object as unknown as DataJson;
const event = (object: KubeObject) => object as unknown as EventJson;
const dataCount = (object: KubeObject) =>
  String(Object.keys(data(object).data ?? {}).length + Object.keys(data(object).binaryData ?? {}).length);

/** When an event last happened: lastTimestamp, else eventTime, else when it was recorded. */
export function eventLastSeen(object: KubeObject): string | undefined {
  const { lastTimestamp, eventTime, metadata } = event(object);
  return lastTimestamp || eventTime || metadata?.creationTimestamp;
}

export const configMapColumns: Column[] = [nameColumn, { header: "DATA", cell: dataCount }, ageColumn];

export const secretColumns: Column[] = [
  nameColumn,
  { header: "TYPE", cell: (object) => data(object).type ?? "Opaque" },
  { header: "DATA", cell: dataCount },
  ageColumn,
];

export const eventColumns: Column[] = [
  { header: "LAST SEEN", cell: (object, now) => formatAge(eventLastSeen(object), now) },
  { header: "TYPE", cell: (object) => event(object).type ?? "" },
  { header: "REASON", cell: (object) => event(object).reason ?? "" },
  {
    header: "OBJECT",
    cell(object) {
      const involved = event(object).involvedObject;
      return `${(involved?.kind ?? "").toLowerCase()}/${involved?.name ?? ""}`;
    },
  },
  { header: "SOURCE", wide: true, cell: (object) => event(object).source?.component ?? "" },
  { header: "MESSAGE", cell: (object) => event(object).message ?? "" },
  { header: "COUNT", wide: true, cell: (object) => String(event(object).count ?? 1) },
];

export const leaseColumns: Column[] = [
  nameColumn,
  { header: "HOLDER", cell: (object) => (object as { spec?: { holderIdentity?: string } }).spec?.holderIdentity ?? "" },
  ageColumn,
];
