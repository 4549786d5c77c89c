// The pod a ReplicaSet creates: its template's labels, annotations and spec, a generated name,
// and a controller owner reference back to the ReplicaSet.
import type { OwnerReference, Pod, ReplicaSet } from "./types.ts";

export function controllerReference(owner: { apiVersion?: string | null; kind?: string | null; metadata?: { name?: string | null; uid?: string | null } | null }): OwnerReference {
  return {
    apiVersion: owner.apiVersion ?? "",
    kind: owner.kind ?? "",
    name: owner.metadata?.name ?? "",
    uid: owner.metadata?.uid ?? "",
    controller: true,
    blockOwnerDeletion: true,
  };
}

export function podFromTemplate(replicaSet: ReplicaSet): Pod {
  const template = replicaSet.spec?.template ?? {};
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      generateName: `${replicaSet.metadata?.name}-`,
      namespace: replicaSet.metadata?.namespace ?? "default",
      labels: { ...template.metadata?.labels },
      annotations: { ...template.metadata?.annotations },
      ownerReferences: [controllerReference({ apiVersion: "apps/v1", kind: "ReplicaSet", metadata: replicaSet.metadata })],
    },
    spec: structuredClone(template.spec ?? {}),
  };
}
