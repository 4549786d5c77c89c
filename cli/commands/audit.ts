// troupe audit [--since DURATION] [--user U] [--verb V] [--resource R] [-n NS] [-f] [-o json|wide]:
// the API's audit log (the TROUPE_AUDIT stream), one line per request.
import { readAuditEvents, type AuditEventJson } from "../../runtime/audit-log.ts";
import { findResource } from "../../runtime/codec/resources.ts";
import { parseDuration } from "../duration.ts";
import { UsageError } from "../errors.ts";
import { oneOf } from "../flag-values.ts";
import type { Invocation } from "../invocation.ts";
import { columnWidths, formatRow, type TableRow } from "../table.ts";

const VERBS = ["get", "list", "watch", "create", "update", "patch", "delete"];
const HEADER = ["TIME", "USER", "VERB", "RESOURCE", "NAMESPACE", "NAME", "CODE"];
const WIDE_HEADER = [...HEADER, "LEVEL", "URI", "ANNOTATIONS"];

interface Filter {
  user?: string;
  resource?: string;
  namespace?: string;
}

/** True when the event passes every filter given. Pure. */
export function matchesFilter(event: AuditEventJson, filter: Filter): boolean {
  if (filter.user !== undefined && event.user.username !== filter.user) return false;
  if (filter.namespace !== undefined && (event.objectRef?.namespace ?? "") !== filter.namespace) return false;
  if (filter.resource !== undefined) {
    const resource = event.objectRef?.subresource ? `${event.objectRef.resource}/${event.objectRef.subresource}` : event.objectRef?.resource;
    if (resource !== filter.resource && event.objectRef?.resource !== filter.resource) return false;
  }
  return true;
}

function resourceCell(event: AuditEventJson): string {
  const ref = event.objectRef;
  if (!ref?.resource) return event.requestURI || "-";
  const name = ref.apiGroup ? `${ref.resource}.${ref.apiGroup}` : ref.resource;
  return ref.subresource ? `${name}/${ref.subresource}` : name;
}

/** One table row of an event. Pure. */
export function auditRow(event: AuditEventJson, wide: boolean): TableRow {
  const row = [
    event.stageTimestamp.replace(/\.\d+Z$/, "Z"),
    event.impersonatedUser ? `${event.user.username} (as ${event.impersonatedUser.username})` : event.user.username,
    event.verb,
    resourceCell(event),
    event.objectRef?.namespace || "-",
    event.objectRef?.name || "-",
    String(event.responseStatus?.code ?? ""),
  ];
  if (!wide) return row;
  const annotations = Object.entries(event.annotations ?? {}).map(([key, value]) => `${key}=${value}`).join(",");
  return [...row, event.level, event.requestURI, annotations || "-"];
}

function resourceFilter(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const [name, subresource] = value.split("/");
  const plural = findResource(name)?.plural;
  if (!plural) throw new UsageError(`the server doesn't have a resource type "${name}"`);
  return subresource ? `${plural}/${subresource}` : plural;
}

export async function run(invocation: Invocation): Promise<number> {
  const { flags, stdout } = invocation;
  const output = oneOf<"table" | "wide" | "json">("output", flags.string("output"), ["wide", "json"], "table");
  const verb = flags.string("verb");
  if (verb !== undefined && !VERBS.includes(verb)) throw new UsageError(`--verb must be one of ${VERBS.join(", ")}, not "${verb}"`);
  const sinceText = flags.string("since");
  const since = sinceText === undefined ? undefined : new Date(Date.now() - parseDuration(sinceText, "since"));
  const filter: Filter = { user: flags.string("user"), resource: resourceFilter(flags.string("resource")), namespace: flags.string("namespace") };
  const follow = flags.boolean("follow");
  const api = await invocation.api();
  const abort = new AbortController();
  const onSignal = () => abort.abort();
  process.once("SIGINT", onSignal);
  const wide = output === "wide";
  const header = wide ? WIDE_HEADER : HEADER;
  try {
    const events = readAuditEvents(api.nc, { since, verb, follow, signal: abort.signal });
    if (output === "json") {
      for await (const event of events) if (matchesFilter(event, filter)) stdout.write(`${JSON.stringify(event)}\n`);
      return 0;
    }
    if (!follow) {
      const rows: TableRow[] = [];
      for await (const event of events) if (matchesFilter(event, filter)) rows.push(auditRow(event, wide));
      if (rows.length === 0) {
        invocation.stderr.write("No audit events found.\n");
        return 0;
      }
      const widths = columnWidths([header, ...rows]);
      stdout.write([header, ...rows].map((row) => `${formatRow(row, widths)}\n`).join(""));
      return 0;
    }
    // Following: widths fixed up front, wide enough for the usual cells.
    const widths = columnWidths([header, ["2026-01-01T00:00:00Z", "system:serviceaccount:default:default", "delete", "deployments.apps/scale", "kube-system", "name-1234567890", "201"]]);
    stdout.write(`${formatRow(header, widths)}\n`);
    for await (const event of events) if (matchesFilter(event, filter)) stdout.write(`${formatRow(auditRow(event, wide), widths)}\n`);
    return 0;
  } finally {
    process.off("SIGINT", onSignal);
  }
}
