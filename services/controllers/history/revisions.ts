// A StatefulSet's or DaemonSet's history as ControllerRevisions (Kubernetes' history package and
// getStatefulSetRevisions / constructHistory): one revision `<set>-<hash>` per distinct pod template, numbered in
// the order they were rolled out; the hash mixes in status.collisionCount so a name taken by a
// different template gives a new name. Pure: the reconciler writes what these functions decide.
import { canonicalTemplate, podTemplateHash } from "../deployment/pod-template-hash.ts";
import { controllerReference } from "../replicaset/pod-from-template.ts";
import type { troupe } from "../../../proto/gen/troupe.js";

export type ControllerRevision = troupe.v1.ControllerRevision.$Properties;
export type PodTemplateSpec = troupe.v1.PodTemplateSpec.$Properties;

/** On each ControllerRevision: the hash part of its name. */
export const CONTROLLER_REVISION_HASH_KEY = "controller.kubernetes.io/hash";

/** What the history reads of its owner: a StatefulSet or a DaemonSet. */
export interface RevisionOwner {
  metadata?: troupe.v1.ObjectMeta.$Properties | null;
  spec?: { template?: PodTemplateSpec | null } | null;
  status?: { collisionCount?: number | null } | null;
}

/** The apps/v1 kinds that keep ControllerRevisions. */
export type RevisionOwnerKind = "StatefulSet" | "DaemonSet";

export function revisionNumber(revision: ControllerRevision): number {
  return Number(revision.revision ?? 0);
}

export function templateOf(revision: ControllerRevision): PodTemplateSpec {
  return revision.data?.spec?.template ?? {};
}

/** Same template, as Kubernetes' history.EqualRevision compares the data. */
export function sameTemplate(a: PodTemplateSpec | null | undefined, b: PodTemplateSpec | null | undefined): boolean {
  return canonicalTemplate(a) === canonicalTemplate(b);
}

export function sortByRevision(revisions: readonly ControllerRevision[]): ControllerRevision[] {
  return [...revisions].sort((a, b) => revisionNumber(a) - revisionNumber(b) || (a.metadata?.name ?? "").localeCompare(b.metadata?.name ?? ""));
}

/** The revision the set's template would be written as, numbered `revision`. */
export function newRevision(set: RevisionOwner, revision: number, collisionCount: number, kind: RevisionOwnerKind = "StatefulSet"): ControllerRevision {
  const template = set.spec?.template ?? {};
  const hash = podTemplateHash(template, collisionCount);
  return {
    apiVersion: "apps/v1",
    kind: "ControllerRevision",
    metadata: {
      name: `${set.metadata?.name ?? ""}-${hash}`,
      namespace: set.metadata?.namespace ?? "default",
      labels: { ...template.metadata?.labels, [CONTROLLER_REVISION_HASH_KEY]: hash },
      ownerReferences: [controllerReference({ apiVersion: "apps/v1", kind, metadata: set.metadata })],
    },
    data: { spec: { template: structuredClone(template) } },
    revision,
  };
}

export type UpdateRevisionPlan =
  /** The newest revision already holds the template. */
  | { kind: "existing"; revision: ControllerRevision }
  /** An older revision holds it (a rollback): renumber it as the newest. */
  | { kind: "renumber"; revision: ControllerRevision; to: number }
  /** No revision holds it: create this one (AlreadyExists with other data is a collision). */
  | { kind: "create"; revision: ControllerRevision };

/** Which revision the set's current template is, among the set's own `revisions`. */
export function planUpdateRevision(set: RevisionOwner, revisions: readonly ControllerRevision[], kind: RevisionOwnerKind = "StatefulSet"): UpdateRevisionPlan {
  const sorted = sortByRevision(revisions);
  const next = sorted.length === 0 ? 1 : revisionNumber(sorted[sorted.length - 1]) + 1;
  const equal = sorted.filter((revision) => sameTemplate(templateOf(revision), set.spec?.template));
  const newest = equal[equal.length - 1];
  if (newest && newest === sorted[sorted.length - 1]) return { kind: "existing", revision: newest };
  if (newest) return { kind: "renumber", revision: newest, to: next };
  return { kind: "create", revision: newRevision(set, next, set.status?.collisionCount ?? 0, kind) };
}

/**
 * The revisions to delete so that at most revisionHistoryLimit remain besides the current and
 * update revisions and any a live pod still carries: the oldest go first.
 */
export function revisionsToTrim(revisions: readonly ControllerRevision[], keep: ReadonlySet<string>, limit: number): ControllerRevision[] {
  const removable = sortByRevision(revisions).filter((revision) => !keep.has(revision.metadata?.name ?? ""));
  return removable.slice(0, Math.max(0, removable.length - limit));
}
