// Building blocks every describe output shares: the metadata block, conditions, nested
// values as YAML, label maps and timestamps.
import type { KubeObject } from "../../runtime/api-client.ts";
import { toYaml } from "../output.ts";
import type { DescribeWriter } from "./describe-writer.ts";

export interface DescribeContext {
  /** Events whose involvedObject is this object. */
  events: readonly KubeObject[];
  /** Other objects a kind's summary mentions, such as a Service's Endpoints. */
  related: readonly KubeObject[];
  now: number;
}

export interface ConditionJson {
  type: string;
  status: string;
  reason?: string;
  message?: string;
  lastTransitionTime?: string;
}

export function describeMetadata(out: DescribeWriter, object: KubeObject): void {
  const meta = object.metadata ?? {};
  out.field(0, "Name", meta.name ?? "");
  if (meta.namespace) out.field(0, "Namespace", meta.namespace);
  out.field(0, "Labels", keyValues(meta.labels, "="));
  out.field(0, "Annotations", keyValues(meta.annotations, ": "));
  out.field(0, "CreationTimestamp", formatTimestamp(meta.creationTimestamp));
  const controller = meta.ownerReferences?.find((owner) => owner.controller);
  if (controller) out.field(0, "Controlled By", `${controller.kind}/${controller.name}`);
  if (meta.finalizers?.length) out.field(0, "Finalizers", `[${meta.finalizers.join(" ")}]`);
  if (meta.deletionTimestamp) out.field(0, "Terminating Since", formatTimestamp(meta.deletionTimestamp));
}

export function describeConditions(out: DescribeWriter, conditions: readonly ConditionJson[] | undefined): void {
  if (!conditions?.length) return;
  out.heading(0, "Conditions");
  out.table(
    1,
    ["Type", "Status", "Reason", "Message"],
    conditions.map((condition) => [condition.type, condition.status, condition.reason ?? "", condition.message ?? ""]),
  );
}

/** A nested value as indented YAML under "Label:". */
export function yamlSection(out: DescribeWriter, indent: number, label: string, value: unknown): void {
  if (typeof value !== "object" || value === null) {
    out.field(indent, label, String(value));
    return;
  }
  out.heading(indent, label);
  out.text(indent + 1, toYaml(value).trimEnd());
}

/** "k=v" lines (labels) or "k: v" lines (annotations), or <none>. */
export function keyValues(map: Record<string, string> | undefined, separator: string): string {
  const entries = Object.entries(map ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return entries.length > 0 ? entries.map(([key, value]) => `${key}${separator}${value}`).join("\n") : "<none>";
}

/** RFC 1123 with a numeric zone, as kubectl describe prints times. */
export function formatTimestamp(timestamp: string | undefined): string {
  if (!timestamp || Number.isNaN(Date.parse(timestamp))) return "<unknown>";
  return new Date(timestamp).toUTCString().replace("GMT", "+0000");
}

