// The ReplicaSet that runs a Deployment's current template, and how to tell it apart from the
// old ones: same template once the pod-template-hash label is set aside.
import { controllerReference } from "../replicaset/pod-from-template.ts";
import { canonicalTemplate, podTemplateHash } from "./pod-template-hash.ts";
import { byCreation, controlledBy } from "./replica-set-list.ts";
import { replicasAnnotations } from "./rolling-parameters.ts";
import type { Deployment, PodTemplateSpec, ReplicaSet } from "./types.ts";
import { DeploymentAnnotations, POD_TEMPLATE_HASH_LABEL } from "./well-known.ts";

// Deployment annotations that describe the Deployment itself, not the ReplicaSet it creates.
const NOT_COPIED = new Set<string>([
  "kubectl.kubernetes.io/last-applied-configuration",
  "deployment.kubernetes.io/revision-history",
  "deprecated.deployment.rollback.to",
  ...Object.values(DeploymentAnnotations),
]);

function withoutHashLabel(template: PodTemplateSpec | null | undefined): PodTemplateSpec {
  const labels = { ...template?.metadata?.labels };
  delete labels[POD_TEMPLATE_HASH_LABEL];
  return { ...template, metadata: { ...template?.metadata, labels } };
}

/** Kubernetes' EqualIgnoreHash, through canonical forms so defaults and key order do not matter. */
export function sameTemplateIgnoringHash(a: PodTemplateSpec | null | undefined, b: PodTemplateSpec | null | undefined): boolean {
  return canonicalTemplate(withoutHashLabel(a)) === canonicalTemplate(withoutHashLabel(b));
}

/** The revision annotation as a number; 0 when absent or unreadable. */
export function revisionOf(replicaSet: ReplicaSet): number {
  const revision = Number(replicaSet.metadata?.annotations?.[DeploymentAnnotations.revision] ?? "");
  return Number.isInteger(revision) && revision > 0 ? revision : 0;
}

export function nextRevision(oldReplicaSets: readonly ReplicaSet[]): number {
  return Math.max(0, ...oldReplicaSets.map(revisionOf)) + 1;
}

function copiedAnnotations(deployment: Deployment): Record<string, string> {
  return Object.fromEntries(Object.entries(deployment.metadata?.annotations ?? {}).filter(([key]) => !NOT_COPIED.has(key)));
}

/**
 * The ReplicaSet to create for the Deployment's current template. It starts at 0 replicas: the
 * rollout plan scales it, so creation and scaling follow one set of rules.
 */
export function newReplicaSet(deployment: Deployment, oldReplicaSets: readonly ReplicaSet[]): ReplicaSet {
  const spec = deployment.spec ?? {};
  const hash = podTemplateHash(spec.template, deployment.status?.collisionCount);
  const template = structuredClone(spec.template ?? {});
  const labels = { ...template.metadata?.labels, [POD_TEMPLATE_HASH_LABEL]: hash };
  template.metadata = { ...template.metadata, labels };
  return {
    apiVersion: "apps/v1",
    kind: "ReplicaSet",
    metadata: {
      name: `${deployment.metadata?.name ?? ""}-${hash}`,
      namespace: deployment.metadata?.namespace ?? "default",
      labels: { ...labels },
      annotations: {
        ...copiedAnnotations(deployment),
        [DeploymentAnnotations.revision]: String(nextRevision(oldReplicaSets)),
        ...replicasAnnotations(deployment),
      },
      ownerReferences: [controllerReference({ apiVersion: "apps/v1", kind: "Deployment", metadata: deployment.metadata })],
    },
    spec: {
      replicas: 0,
      minReadySeconds: spec.minReadySeconds ?? 0,
      selector: {
        matchLabels: { ...spec.selector?.matchLabels, [POD_TEMPLATE_HASH_LABEL]: hash },
        matchExpressions: structuredClone(spec.selector?.matchExpressions ?? []),
      },
      template,
    },
  };
}

/** The controlled ReplicaSet running the current template; the oldest wins if several do. */
export function findNewReplicaSet(deployment: Deployment, replicaSets: readonly ReplicaSet[]): ReplicaSet | undefined {
  return controlledBy(deployment, replicaSets)
    .sort(byCreation)
    .find((replicaSet) => sameTemplateIgnoringHash(replicaSet.spec?.template, deployment.spec?.template));
}

/** Every other ReplicaSet the Deployment controls, scaled down or not. */
export function oldReplicaSets(deployment: Deployment, replicaSets: readonly ReplicaSet[]): ReplicaSet[] {
  const current = findNewReplicaSet(deployment, replicaSets);
  return controlledBy(deployment, replicaSets).filter((replicaSet) => replicaSet !== current);
}

/**
 * The existing new ReplicaSet brought up to date, or undefined when it already is: a rollback to
 * an old template makes that ReplicaSet the newest revision again, and minReadySeconds follows
 * the Deployment.
 */
export function syncedNewReplicaSet(deployment: Deployment, current: ReplicaSet, oldReplicaSets: readonly ReplicaSet[]): ReplicaSet | undefined {
  const annotations = { ...current.metadata?.annotations, ...copiedAnnotations(deployment) };
  const revision = nextRevision(oldReplicaSets);
  if (revisionOf(current) < revision) annotations[DeploymentAnnotations.revision] = String(revision);
  const minReadySeconds = deployment.spec?.minReadySeconds ?? 0;
  const before = current.metadata?.annotations ?? {};
  const annotationsChanged = Object.keys(annotations).some((key) => annotations[key] !== before[key]);
  if (!annotationsChanged && (current.spec?.minReadySeconds ?? 0) === minReadySeconds) return undefined;
  return { ...current, metadata: { ...current.metadata, annotations }, spec: { ...current.spec, minReadySeconds } };
}

/**
 * True when the ReplicaSet that holds the new ReplicaSet's name is not the Deployment's own copy
 * of its template: the Deployment must bump status.collisionCount to hash to another name.
 */
export function isHashCollision(deployment: Deployment, existing: ReplicaSet): boolean {
  const owned = controlledBy(deployment, [existing]).length === 1;
  return !owned || !sameTemplateIgnoringHash(existing.spec?.template, deployment.spec?.template);
}
