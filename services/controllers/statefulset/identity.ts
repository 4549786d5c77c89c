// A StatefulSet member's stable identity: the pod `<set>-<ordinal>`, its hostname and subdomain,
// and one claim `<template>-<set>-<ordinal>` per volumeClaimTemplate mounted in place of any
// template volume of the same name (Kubernetes' newStatefulSetPod and getPersistentVolumeClaims).
import { controllerReference } from "../replicaset/pod-from-template.ts";
import { CONTROLLER_REVISION_HASH_LABEL, POD_INDEX_LABEL, POD_NAME_LABEL } from "./well-known.ts";
import type { PersistentVolumeClaim, Pod, PodTemplateSpec, StatefulSet } from "./types.ts";

export function podName(set: StatefulSet, ordinal: number): string {
  return `${set.metadata?.name ?? ""}-${ordinal}`;
}

export function claimName(templateName: string, set: StatefulSet, ordinal: number): string {
  return `${templateName}-${set.metadata?.name ?? ""}-${ordinal}`;
}

/** The ordinal in `name` if it is `<set>-<ordinal>`, else undefined (not a member). */
export function ordinalOf(set: StatefulSet, name: string | null | undefined): number | undefined {
  const prefix = `${set.metadata?.name ?? ""}-`;
  if (!name?.startsWith(prefix)) return undefined;
  const digits = name.slice(prefix.length);
  return /^(0|[1-9][0-9]*)$/.test(digits) ? Number(digits) : undefined;
}

export function startOrdinal(set: StatefulSet): number {
  return set.spec?.ordinals?.start ?? 0;
}

export function replicaCount(set: StatefulSet): number {
  return set.spec?.replicas ?? 1;
}

/** True for the ordinals the set wants now: [start, start + replicas). */
export function inOrdinalRange(set: StatefulSet, ordinal: number): boolean {
  const start = startOrdinal(set);
  return ordinal >= start && ordinal < start + replicaCount(set);
}

/** The claims of one ordinal, from the templates: labels of the template plus the selector's. */
export function claimsForOrdinal(set: StatefulSet, ordinal: number): PersistentVolumeClaim[] {
  const selectorLabels = set.spec?.selector?.matchLabels ?? {};
  return (set.spec?.volumeClaimTemplates ?? []).map((template) => ({
    apiVersion: "v1",
    kind: "PersistentVolumeClaim",
    metadata: {
      name: claimName(template.metadata?.name ?? "", set, ordinal),
      namespace: set.metadata?.namespace ?? "default",
      labels: { ...template.metadata?.labels, ...selectorLabels },
      annotations: { ...template.metadata?.annotations },
    },
    spec: structuredClone(template.spec ?? {}),
  }));
}

/** The pod of `ordinal` made from `template`, labelled with `revision` (a ControllerRevision name). */
export function newMemberPod(set: StatefulSet, ordinal: number, template: PodTemplateSpec, revision: string): Pod {
  const name = podName(set, ordinal);
  const spec = structuredClone(template.spec ?? {});
  const claimVolumes = (set.spec?.volumeClaimTemplates ?? []).map((claim) => ({
    name: claim.metadata?.name ?? "",
    persistentVolumeClaim: { claimName: claimName(claim.metadata?.name ?? "", set, ordinal) },
  }));
  const claimed = new Set(claimVolumes.map((volume) => volume.name));
  spec.volumes = [...(spec.volumes ?? []).filter((volume) => !claimed.has(volume.name ?? "")), ...claimVolumes];
  spec.hostname = name;
  spec.subdomain = set.spec?.serviceName ?? "";
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      name,
      namespace: set.metadata?.namespace ?? "default",
      labels: {
        ...template.metadata?.labels,
        [POD_NAME_LABEL]: name,
        [POD_INDEX_LABEL]: String(ordinal),
        [CONTROLLER_REVISION_HASH_LABEL]: revision,
      },
      annotations: { ...template.metadata?.annotations },
      ownerReferences: [controllerReference({ apiVersion: "apps/v1", kind: "StatefulSet", metadata: set.metadata })],
    },
    spec,
  };
}

export function revisionOf(pod: Pod): string {
  return pod.metadata?.labels?.[CONTROLLER_REVISION_HASH_LABEL] ?? "";
}
