// kube-scheduler's VolumeBinding plugin, pure. PreFilter (podVolumesOf): every claim the pod
// names must exist; a bound claim contributes its PersistentVolume's required node affinity; an
// unbound claim of a WaitForFirstConsumer class is fine on any node (it is provisioned where the
// pod lands: the bind step records the node on the claim as volume.kubernetes.io/selected-node),
// or only on the node already selected for it; any other unbound claim (an Immediate class, no
// class, a missing class) makes the pod unschedulable until the PV controller binds it.
// Filter (volumeBinding): the node must satisfy every collected affinity.
import type { troupe } from "../../../proto/gen/troupe.js";
import { StorageAnnotations, VolumeBindingModes } from "../../../runtime/volumes/well-known.ts";
import { FEASIBLE, unfit } from "./filter-status.ts";
import { compileNodeSelectorTerms } from "./node-selector.ts";
import type { Filter, NodeMatcher } from "./types.ts";

export type Claim = troupe.v1.PersistentVolumeClaim.$Properties;
export type Volume = troupe.v1.PersistentVolume.$Properties;
export type StorageClass = troupe.v1.StorageClass.$Properties;
type Pod = troupe.v1.Pod.$Properties;

/** Where the plugin looks up a pod's claims, their volumes and classes (the scheduler's informers). */
export interface VolumeLister {
  claim(namespace: string, name: string): Claim | undefined;
  volume(name: string): Volume | undefined;
  storageClass(name: string): StorageClass | undefined;
}

export type PodVolumes =
  | { readonly schedulable: true; readonly nodeMatchers: readonly NodeMatcher[]; readonly claimsToSelect: readonly string[] }
  | { readonly schedulable: false; readonly reason: string };

export const UNBOUND_IMMEDIATE_CLAIMS = "pod has unbound immediate PersistentVolumeClaims";
export const VOLUME_NODE_AFFINITY_CONFLICT = "node(s) had volume node affinity conflict";
export const BOUND_TO_MISSING_VOLUME = "pvc(s) bound to non-existent pv(s)";
const NO_VOLUMES: PodVolumes = Object.freeze({ schedulable: true, nodeMatchers: [], claimsToSelect: [] });

export function podClaimNames(pod: Pod): string[] {
  return (pod.spec?.volumes ?? []).flatMap((volume) => (volume.persistentVolumeClaim?.claimName ? [volume.persistentVolumeClaim.claimName] : []));
}

export function podVolumesOf(pod: Pod, lister: VolumeLister): PodVolumes {
  const names = podClaimNames(pod);
  if (names.length === 0) return NO_VOLUMES;
  const namespace = pod.metadata?.namespace ?? "";
  const nodeMatchers: NodeMatcher[] = [];
  const claimsToSelect: string[] = [];
  let unboundImmediate = false;
  for (const name of names) {
    const claim = lister.claim(namespace, name);
    if (!claim) return { schedulable: false, reason: `persistentvolumeclaim "${name}" not found` };
    if (claim.metadata?.deletionTimestamp) return { schedulable: false, reason: `persistentvolumeclaim "${name}" is being deleted` };
    const volumeName = claim.spec?.volumeName;
    if (volumeName) {
      const volume = lister.volume(volumeName);
      if (!volume) return { schedulable: false, reason: BOUND_TO_MISSING_VOLUME };
      const terms = volume.spec?.nodeAffinity?.required?.nodeSelectorTerms ?? [];
      if (terms.length > 0) nodeMatchers.push(compileNodeSelectorTerms(terms));
      continue;
    }
    const className = claim.spec?.storageClassName ?? "";
    const storageClass = className ? lister.storageClass(className) : undefined;
    if (storageClass?.volumeBindingMode !== VolumeBindingModes.waitForFirstConsumer) {
      unboundImmediate = true;
      continue;
    }
    const selected = claim.metadata?.annotations?.[StorageAnnotations.selectedNode];
    if (selected) nodeMatchers.push((node) => node.metadata?.name === selected);
    else claimsToSelect.push(name);
  }
  if (unboundImmediate) return { schedulable: false, reason: UNBOUND_IMMEDIATE_CLAIMS };
  return { schedulable: true, nodeMatchers, claimsToSelect };
}

const CONFLICT = unfit(VOLUME_NODE_AFFINITY_CONFLICT);

/** The Filter: every bound volume's node affinity (and every selected node) admits the node. */
export const volumeBinding: Filter = (pod, nodeInfo) => {
  const matchers = pod.volumeNodeMatchers;
  if (!matchers) return FEASIBLE;
  for (const matches of matchers) if (!matches(nodeInfo.node)) return CONFLICT;
  return FEASIBLE;
};
