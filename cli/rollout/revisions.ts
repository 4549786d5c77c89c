// Pure decisions of `troupe rollout history / undo`, as kubectl's history viewers and
// rollbackers: one Revision per owned ReplicaSet (deployment.kubernetes.io/revision) or owned
// ControllerRevision (.revision), selected by controller ownerReference.
import type { KubeObject } from "../../runtime/api-client.ts";
import type { HistorySource } from "./rollout-kinds.ts";

export const REVISION_ANNOTATION = "deployment.kubernetes.io/revision";
export const CHANGE_CAUSE_ANNOTATION = "kubernetes.io/change-cause";
export const RESTARTED_AT_ANNOTATION = "kubectl.kubernetes.io/restartedAt";
const POD_TEMPLATE_HASH = "pod-template-hash";

export type Template = Record<string, unknown>;

export interface Revision {
  revision: number;
  changeCause: string;
  template: Template;
  /** The ReplicaSet or ControllerRevision holding it. */
  source: KubeObject;
}

function annotationsOf(object: KubeObject): Record<string, string> {
  return (object.metadata?.annotations ?? {}) as Record<string, string>;
}

function controlledBy(object: KubeObject, owner: KubeObject): boolean {
  const owners = (object.metadata?.ownerReferences ?? []) as { uid?: string; controller?: boolean }[];
  return owners.some((reference) => reference.controller === true && reference.uid === owner.metadata?.uid);
}

function revisionOf(object: KubeObject, source: HistorySource): { revision: number; template: Template } {
  if (source === "replicasets") {
    const spec = object.spec as { template?: Template } | undefined;
    return { revision: Number(annotationsOf(object)[REVISION_ANNOTATION]), template: spec?.template ?? {} };
  }
  const revision = object as unknown as { revision?: number | string; data?: { spec?: { template?: Template } } };
  return { revision: Number(revision.revision), template: revision.data?.spec?.template ?? {} };
}

/** The owner's revisions among `candidates`, oldest first. */
export function ownedRevisions(owner: KubeObject, candidates: readonly KubeObject[], source: HistorySource): Revision[] {
  const revisions: Revision[] = [];
  for (const object of candidates) {
    if (!controlledBy(object, owner)) continue;
    const { revision, template } = revisionOf(object, source);
    if (!Number.isInteger(revision) || revision <= 0) continue;
    revisions.push({ revision, changeCause: annotationsOf(object)[CHANGE_CAUSE_ANNOTATION] ?? "", template, source: object });
  }
  return revisions.sort((a, b) => a.revision - b.revision);
}

/** kubectl's history table: the kind/name line, then REVISION and CHANGE-CAUSE ("<none>" when unset). */
export function historyTable(title: string, revisions: readonly Pick<Revision, "revision" | "changeCause">[]): string {
  const rows = [["REVISION", "CHANGE-CAUSE"], ...revisions.map((r) => [String(r.revision), r.changeCause || "<none>"])];
  const width = Math.max(...rows.map((row) => row[0].length)) + 2;
  return `${title}\n${rows.map((row) => `${row[0].padEnd(width)}${row[1]}`.trimEnd()).join("\n")}\n\n`;
}

/** A template without the label the controller adds, as the user wrote it. */
export function withoutTemplateHash(template: Template): Template {
  const metadata = (template.metadata ?? {}) as { labels?: Record<string, string> };
  if (!metadata.labels || !(POD_TEMPLATE_HASH in metadata.labels)) return template;
  const labels = { ...metadata.labels };
  delete labels[POD_TEMPLATE_HASH];
  return { ...template, metadata: { ...metadata, labels } };
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && v !== null).sort(([a], [b]) => a.localeCompare(b));
    return Object.fromEntries(entries.map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}

/** Same pod template, ignoring pod-template-hash, key order and absent fields. */
export function templatesEqual(a: Template, b: Template): boolean {
  return JSON.stringify(canonical(withoutTemplateHash(a))) === JSON.stringify(canonical(withoutTemplateHash(b)));
}

export type UndoDecision =
  | { kind: "rollback"; revision: Revision }
  | { kind: "skip"; revision: number }
  | { kind: "error"; message: string };

/**
 * Where `rollout undo` goes: --to-revision N, or (N = 0) the newest revision before the newest,
 * as kubectl's rollbackers; already there is a skip, not an error.
 */
export function chooseUndo(revisions: readonly Revision[], currentTemplate: Template, toRevision: number): UndoDecision {
  let target: Revision | undefined;
  if (toRevision > 0) {
    target = revisions.find((r) => r.revision === toRevision);
    if (!target) return { kind: "error", message: `unable to find specified revision ${toRevision} in history` };
  } else {
    if (revisions.length < 2) return { kind: "error", message: "no rollout history found" };
    target = revisions[revisions.length - 2];
  }
  if (templatesEqual(target.template, currentTemplate)) return { kind: "skip", revision: target.revision };
  return { kind: "rollback", revision: target };
}

/** The revision `history --revision N` shows, or an error naming N. */
export function findRevision(revisions: readonly Revision[], wanted: number): Revision | string {
  return revisions.find((r) => r.revision === wanted) ?? `unable to find the specified revision ${wanted}`;
}
