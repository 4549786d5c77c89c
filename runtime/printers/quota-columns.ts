// Columns of ResourceQuota (NAME AGE REQUEST LIMIT, Kubernetes 1.32's order; 1.33 moved AGE last)
// and LimitRange (no printer in Kubernetes: the default NAME CREATED AT). A quota's limits.*
// resources go to LIMIT, the rest to REQUEST, each "name: used/hard".
import type { KubeObject } from "../api-client.ts";
import { ageColumn, column, createdAtColumn, nameColumn, type Column } from "./column.ts";

interface QuotaJson {
  status?: { hard?: Record<string, string>; used?: Record<string, string> };
}

function quotaCell(object: KubeObject, limits: boolean): string {
  const { status } = object as unknown as QuotaJson;
  const hard = status?.hard ?? {};
  return Object.keys(hard)
    .sort()
    .filter((name) => name.startsWith("limits.") === limits)
    .map((name) => `${name}: ${status?.used?.[name] ?? "0"}/${hard[name]}`)
    .join(", ");
}

export const resourceQuotaColumns: Column[] = [
  nameColumn,
  ageColumn,
  column("Request", "Request represents a minimum amount of cpu/memory that a container may consume.", (object) => quotaCell(object, false)),
  column("Limit", "Limits control the maximum amount of cpu/memory that a container may use independent of contention on the node.", (object) => quotaCell(object, true)),
];

/** Kubernetes' default table convertor, which kinds without a printer of their own get. */
export const defaultTableColumns: Column[] = [nameColumn, createdAtColumn];

export const limitRangeColumns: Column[] = defaultTableColumns;
