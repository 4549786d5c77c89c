// Columns of ResourceQuota (NAME AGE REQUEST LIMIT) and LimitRange (NAME CREATED AT), as kubectl
// prints them: a quota's limits.* resources go to LIMIT, the rest to REQUEST, each "name: used/hard".
import type { KubeObject } from "../../runtime/api-client.ts";
import { ageColumn, nameColumn, type Column } from "./column.ts";

interface QuotaJson {
  status?: { hard?: Record<string, string>; used?: Record<string, string> };
}

function quotaCell(object: KubeObject, limits: boolean): string {
  const { status } = object as unknown as QuotaJson;
  const hard = status?.hard ?? {};
  return Object.keys(hard)
    .sort()
    .filter((name) => name.startsWith("limits") === limits)
    .map((name) => `${name}: ${status?.used?.[name] ?? "0"}/${hard[name]}`)
    .join(", ");
}

export const resourceQuotaColumns: Column[] = [
  nameColumn,
  ageColumn,
  { header: "REQUEST", cell: (object) => quotaCell(object, false) },
  { header: "LIMIT", cell: (object) => quotaCell(object, true) },
];

export const limitRangeColumns: Column[] = [
  nameColumn,
  { header: "CREATED AT", cell: (object) => object.metadata?.creationTimestamp ?? "" },
];
