// A StatefulSet's history as ControllerRevisions (Kubernetes' history package and
// getStatefulSetRevisions): one revision `<set>-<hash>` per distinct pod template, numbered in
// the order they were rolled out; the hash mixes in status.collisionCount so a name taken by a
// different template gives a new name. Pure: the reconciler writes what these functions decide.
import { canonicalTemplate, podTemplateHash } from "../deployment/pod-template-hash.ts";
import { controllerReference } from "../replicaset/pod-from-template.ts";
import type { ControllerRevision, PodTemplateSpec, StatefulSet } from "./types.ts";
import { CONTROLLER_REVISION_HASH_KEY } from "./well-known.ts";

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
export function newRevision(set: StatefulSet, revision: number, collisionCount: number): ControllerRevision {
  const template = set.spec?.template ?? {};
  const hash = podTemplateHash(template, collisionCount);
  return {
    apiVersion: "apps/v1",
    kind: "ControllerRevision",
    metadata: {
      name: `${set.metadata?.name ?? ""}-${hash}`,
      namespace: set.metadata?.namespace ?? "default",
      labels: { ...template.metadata?.labels, [CONTROLLER_REVISION_HASH_KEY]: hash },
      ownerReferences: [controllerReference({ apiVersion: "apps/v1", kind: "StatefulSet", metadata: set.metadata })],
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
export function planUpdateRevision(set: StatefulSet, revisions: readonly ControllerRevision[]): UpdateRevisionPlan {
  const sorted = sortByRevision(revisions);
  const next = sorted.length === 0 ? 1 : revisionNumber(sorted[sorted.length - 1]) + 1;
  const equal = sorted.filter((revision) => sameTemplate(templateOf(revision), set.spec?.template));
  const newest = equal[equal.length - 1];
  if (newest && newest === sorted[sorted.length - 1]) return { kind: "existing", revision: newest };
  if (newest) return { kind: "renumber", revision: newest, to: next };
  return { kind: "create", revision: newRevision(set, next, set.status?.collisionCount ?? 0) };
}

/**
 * The revisions to delete so that at most revisionHistoryLimit remain besides the current and
 * update revisions and any a live pod still carries: the oldest go first.
 */
export function revisionsToTrim(revisions: readonly ControllerRevision[], keep: ReadonlySet<string>, limit: number): ControllerRevision[] {
  const removable = sortByRevision(revisions).filter((revision) => !keep.has(revision.metadata?.name ?? ""));
  return removable.slice(0, Math.max(0, removable.length - limit));
}
