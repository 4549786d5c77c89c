// A server-side apply that would change fields other managers own: 409 Conflict with one
// FieldManagerConflict cause per field, worded as Kubernetes words it.
import { ApiError } from "../../../runtime/api-errors.ts";
import { describePath, type PathKey } from "./field-paths.ts";
import type { Manager } from "./managed-fields.ts";

export interface FieldConflict {
  manager: Manager;
  path: PathKey;
}

/** `"kubectl" using apps/v1 at 2026-...Z` for an Update entry, `"kubectl"` for an Apply entry. */
function printManager(m: Manager): string {
  let out = JSON.stringify(m.manager);
  if (m.subresource) out += ` with subresource ${JSON.stringify(m.subresource)}`;
  if (m.operation === "Update") out += m.time ? ` using ${m.apiVersion} at ${m.time}` : ` using ${m.apiVersion}`;
  return out;
}

function conflictMessage(conflicts: readonly FieldConflict[]): string {
  if (conflicts.length === 1) return `Apply failed with 1 conflict: conflict with ${printManager(conflicts[0].manager)}: ${describePath(conflicts[0].path)}`;
  const byManager = new Map<string, string[]>();
  for (const conflict of conflicts) {
    const name = printManager(conflict.manager);
    byManager.set(name, [...(byManager.get(name) ?? []), describePath(conflict.path)]);
  }
  const lines = [...byManager.keys()].sort().flatMap((name) => [`conflicts with ${name}:`, ...(byManager.get(name) ?? []).map((path) => `- ${path}`)]);
  return `Apply failed with ${conflicts.length} conflicts: ${lines.join("\n")}`;
}

export class ApplyConflictError extends ApiError {
  override name = "ApplyConflictError";
  readonly conflicts: readonly FieldConflict[];
  constructor(conflicts: readonly FieldConflict[]) {
    super("Conflict", 409, conflictMessage(conflicts), {
      causes: conflicts.map((c) => ({ reason: "FieldManagerConflict", message: `conflict with ${printManager(c.manager)}`, field: describePath(c.path) })),
    });
    this.conflicts = conflicts;
  }
}
