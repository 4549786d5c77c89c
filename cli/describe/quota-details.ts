// describe for ResourceQuota (Resource/Used/Hard) and LimitRange (one row per item and resource),
// in kubectl's layout.
import type { KubeObject } from "../../runtime/api-client.ts";
import type { DescribeWriter } from "./describe-writer.ts";

interface QuotaDetailsJson {
  spec?: { scopes?: string[] };
  status?: { hard?: Record<string, string>; used?: Record<string, string> };
}

interface LimitRangeDetailsJson {
  spec?: { limits?: { type?: string; min?: Record<string, string>; max?: Record<string, string>; default?: Record<string, string>; defaultRequest?: Record<string, string>; maxLimitRequestRatio?: Record<string, string> }[] };
}

export function describeResourceQuota(out: DescribeWriter, object: KubeObject): void {
  const { spec, status } = object as unknown as QuotaDetailsJson;
  if (spec?.scopes?.length) out.field(0, "Scopes", spec.scopes.join(", "));
  const hard = status?.hard ?? {};
  const rows = Object.keys(hard).sort().map((name) => [name, status?.used?.[name] ?? "0", hard[name]]);
  out.table(0, ["Resource", "Used", "Hard"], rows);
}

export function describeLimitRange(out: DescribeWriter, object: KubeObject): void {
  const { spec } = object as unknown as LimitRangeDetailsJson;
  const rows: string[][] = [];
  for (const item of spec?.limits ?? []) {
    const maps = [item.min, item.max, item.defaultRequest, item.default, item.maxLimitRequestRatio];
    const names = [...new Set(maps.flatMap((map) => Object.keys(map ?? {})))].sort();
    for (const name of names) rows.push([item.type ?? "", name, ...maps.map((map) => map?.[name] ?? "-")]);
  }
  out.table(0, ["Type", "Resource", "Min", "Max", "Default Request", "Default Limit", "Max Limit/Request Ratio"], rows);
}
