// `troupe describe` for one object: metadata, a kind-specific summary (or the object's own
// fields for kinds without one), status, conditions and the events about the object.
import type { KubeObject } from "../../runtime/api-client.ts";
import { formatAge } from "../../runtime/printers/age.ts";
import { eventLastSeen, type EventJson } from "../../runtime/printers/config-columns.ts";
import { storedForm } from "../printers/stored-form.ts";
import { DescribeWriter } from "./describe-writer.ts";
import { KIND_DETAILS } from "./kind-details.ts";
import { describeConditions, describeMetadata, yamlSection, type ConditionJson, type DescribeContext } from "./sections.ts";

// Fields the metadata section or the status section already covers.
const SKIPPED_FIELDS = new Set(["apiVersion", "kind", "metadata", "status"]);

export function describeObject(object: KubeObject, context: DescribeContext): string {
  const out = new DescribeWriter();
  describeMetadata(out, object);
  const details = KIND_DETAILS[object.kind];
  if (details) {
    // An autoscaling/v1 HPA is described from its v2 form, as kubectl describes HPAs.
    details(out, storedForm(object), context);
  } else {
    for (const [field, value] of Object.entries(object)) {
      if (!SKIPPED_FIELDS.has(field) && value !== undefined) yamlSection(out, 0, capitalize(field), redact(object, field, value));
    }
    const { conditions, ...status } = (object.status ?? {}) as { conditions?: ConditionJson[] };
    if (Object.keys(status).length > 0) yamlSection(out, 0, "Status", status);
    describeConditions(out, conditions);
  }
  describeEvents(out, context);
  return out.toString();
}

function describeEvents(out: DescribeWriter, context: DescribeContext): void {
  if (context.events.length === 0) {
    out.field(0, "Events", "<none>");
    return;
  }
  const sorted = [...context.events].sort((a, b) => Date.parse(eventLastSeen(a) ?? "") - Date.parse(eventLastSeen(b) ?? ""));
  out.heading(0, "Events");
  out.table(
    1,
    ["Type", "Reason", "Age", "From", "Message"],
    sorted.map((object) => {
      const event = object as unknown as EventJson;
      const age = formatAge(eventLastSeen(object), context.now);
      const repeated = (event.count ?? 1) > 1 ? `${age} (x${event.count} over ${formatAge(event.firstTimestamp, context.now)})` : age;
      return [event.type ?? "", event.reason ?? "", repeated, event.source?.component ?? "", event.message ?? ""];
    }),
  );
}

function capitalize(field: string): string {
  return field.charAt(0).toUpperCase() + field.slice(1);
}

/** Secret values never reach the terminal: describe shows their sizes, as kubectl does. */
function redact(object: KubeObject, field: string, value: unknown): unknown {
  if (object.kind !== "Secret" || (field !== "data" && field !== "stringData") || typeof value !== "object" || value === null) {
    return value;
  }
  const sizes: Record<string, string> = {};
  for (const [key, content] of Object.entries(value as Record<string, string>)) {
    const bytes = field === "data" ? Buffer.from(content, "base64").length : Buffer.byteLength(content);
    sizes[key] = `${bytes} bytes`;
  }
  return sizes;
}
