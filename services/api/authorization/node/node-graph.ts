// The Node authorizer's graph, kept as indexes: which pods are bound to each node, what each pod
// references, and which PersistentVolume each claim is bound to. Updated per pod or claim change
// (constant work per reference), read by the decision in O(1) (a PersistentVolume: O(claims of
// the node's pods)).
import { podReferences, type PodShape } from "./pod-references.ts";

export type ReferencedKind = "secrets" | "configmaps" | "persistentvolumeclaims" | "serviceaccounts";

interface PodEntry {
  node: string;
  namespace: string;
  /** `${kind}/${name}` of everything the pod references (its ServiceAccount included). */
  references: string[];
}

export interface ClaimShape {
  metadata?: { name?: string | null; namespace?: string | null } | null;
  spec?: { volumeName?: string | null } | null;
}

/** What the decision reads. */
export interface NodeGraphView {
  /** Whether a pod bound to `node` is `namespace/name`. */
  hasPod(node: string, namespace: string, name: string): boolean;
  /** Whether a pod bound to `node` references the object. */
  references(node: string, kind: ReferencedKind, namespace: string, name: string): boolean;
  /** Whether a claim a pod bound to `node` uses is bound to the PersistentVolume `name`. */
  usesVolume(node: string, name: string): boolean;
}

export class NodeGraph implements NodeGraphView {
  private readonly pods = new Map<string, PodEntry>();
  /** node -> `${namespace}/${name}` of its pods. */
  private readonly byNode = new Map<string, Set<string>>();
  /** `${node}|${namespace}|${kind}/${name}` -> how many of the node's pods reference it. */
  private readonly counts = new Map<string, number>();
  /** `${namespace}/${claim}` -> PersistentVolume name. */
  private readonly claims = new Map<string, string>();

  get podCount(): number {
    return this.pods.size;
  }

  /** A pod was added or changed; one without a node is not in the graph. */
  setPod(pod: PodShape): void {
    const namespace = pod.metadata?.namespace ?? "";
    const key = `${namespace}/${pod.metadata?.name ?? ""}`;
    this.deletePodKey(key);
    const node = pod.spec?.nodeName;
    if (!node) return;
    const refs = podReferences(pod);
    const references = [
      `pods/${pod.metadata?.name ?? ""}`,
      `serviceaccounts/${refs.serviceAccount}`,
      ...[...refs.secrets].map((name) => `secrets/${name}`),
      ...[...refs.configMaps].map((name) => `configmaps/${name}`),
      ...[...refs.persistentVolumeClaims].map((name) => `persistentvolumeclaims/${name}`),
    ];
    this.pods.set(key, { node, namespace, references });
    let onNode = this.byNode.get(node);
    if (!onNode) this.byNode.set(node, (onNode = new Set()));
    onNode.add(key);
    for (const reference of references) this.count(`${node}|${namespace}|${reference}`, 1);
  }

  deletePod(pod: PodShape): void {
    this.deletePodKey(`${pod.metadata?.namespace ?? ""}/${pod.metadata?.name ?? ""}`);
  }

  setClaim(claim: ClaimShape): void {
    const key = `${claim.metadata?.namespace ?? ""}/${claim.metadata?.name ?? ""}`;
    if (claim.spec?.volumeName) this.claims.set(key, claim.spec.volumeName);
    else this.claims.delete(key);
  }

  deleteClaim(claim: ClaimShape): void {
    this.claims.delete(`${claim.metadata?.namespace ?? ""}/${claim.metadata?.name ?? ""}`);
  }

  hasPod(node: string, namespace: string, name: string): boolean {
    return this.pods.get(`${namespace}/${name}`)?.node === node;
  }

  references(node: string, kind: ReferencedKind, namespace: string, name: string): boolean {
    return (this.counts.get(`${node}|${namespace}|${kind}/${name}`) ?? 0) > 0;
  }

  usesVolume(node: string, name: string): boolean {
    for (const key of this.byNode.get(node) ?? []) {
      const entry = this.pods.get(key) as PodEntry;
      for (const reference of entry.references) {
        if (reference.startsWith("persistentvolumeclaims/") && this.claims.get(`${entry.namespace}/${reference.slice("persistentvolumeclaims/".length)}`) === name) return true;
      }
    }
    return false;
  }

  private deletePodKey(key: string): void {
    const entry = this.pods.get(key);
    if (!entry) return;
    this.pods.delete(key);
    const onNode = this.byNode.get(entry.node);
    onNode?.delete(key);
    if (onNode?.size === 0) this.byNode.delete(entry.node);
    for (const reference of entry.references) this.count(`${entry.node}|${entry.namespace}|${reference}`, -1);
  }

  private count(key: string, delta: number): void {
    const next = (this.counts.get(key) ?? 0) + delta;
    if (next > 0) this.counts.set(key, next);
    else this.counts.delete(key);
  }
}
