// Which static PersistentVolume a claim may bind to, as Kubernetes' PV controller chooses
// (findMatchingVolume): the same storageClassName and volumeMode, every requested access mode
// offered, capacity at least the request, the claim's label selector matching, not bound to
// another claim, and the node affinity allowing the selected node when there is one. A volume
// pre-bound to the claim (claimRef naming it) wins; otherwise the smallest that fits.
import { parseQuantity } from "../../../runtime/quantity.ts";
import { labelSelectorFromMessage } from "../../../runtime/selectors/label-selector.ts";
import { VolumePhases } from "../../../runtime/volumes/well-known.ts";
import type { ClaimObject, VolumeObject } from "./types.ts";

export function storageBytes(quantities: Record<string, string> | null | undefined): number {
  const storage = quantities?.storage;
  if (!storage) return 0;
  try {
    return parseQuantity(storage);
  } catch {
    return 0;
  }
}

export function claimClass(claim: ClaimObject): string {
  return claim.spec?.storageClassName ?? "";
}

export function claimKey(object: { metadata?: { namespace?: string | null; name?: string | null } | null }): string {
  return `${object.metadata?.namespace ?? ""}/${object.metadata?.name ?? ""}`;
}

/** Whether the PV's claimRef names this claim (and, when it carries a uid, this very claim). */
export function volumeRefersTo(volume: VolumeObject, claim: ClaimObject): boolean {
  const ref = volume.spec?.claimRef;
  if (!ref?.name) return false;
  if (ref.name !== claim.metadata?.name || (ref.namespace ?? "") !== (claim.metadata?.namespace ?? "")) return false;
  return !ref.uid || ref.uid === claim.metadata?.uid;
}

/** Node labels in, whether the PV's required node affinity admits that node. */
export function volumeAllowsNode(volume: VolumeObject, nodeLabels: Readonly<Record<string, string>>): boolean {
  const terms = volume.spec?.nodeAffinity?.required?.nodeSelectorTerms;
  if (!terms || terms.length === 0) return true;
  return terms.some((term) => {
    const expressions = term.matchExpressions ?? [];
    if (expressions.length === 0) return false;
    return expressions.every((expression) => labelSelectorFromMessage({ matchExpressions: [expression] }).matches(nodeLabels));
  });
}

function offersAccessModes(volume: VolumeObject, claim: ClaimObject): boolean {
  const offered = new Set(volume.spec?.accessModes ?? []);
  return (claim.spec?.accessModes ?? []).every((mode) => offered.has(mode));
}

/** Why `volume` cannot serve `claim`, or "" when it can (for tests and logs). */
export function mismatch(volume: VolumeObject, claim: ClaimObject, nodeLabels?: Readonly<Record<string, string>>): string {
  if (volume.metadata?.deletionTimestamp) return "volume is being deleted";
  const ref = volume.spec?.claimRef;
  if (ref?.name && !volumeRefersTo(volume, claim)) return "bound to another claim";
  if (!ref?.name && volume.status?.phase && volume.status.phase !== VolumePhases.available && volume.status.phase !== VolumePhases.pending) return `phase ${volume.status.phase}`;
  if ((volume.spec?.storageClassName ?? "") !== claimClass(claim)) return "storageClassName differs";
  if ((volume.spec?.volumeMode || "Filesystem") !== (claim.spec?.volumeMode || "Filesystem")) return "volumeMode differs";
  if (!offersAccessModes(volume, claim)) return "access modes not offered";
  if (storageBytes(volume.spec?.capacity) < storageBytes(claim.spec?.resources?.requests)) return "capacity too small";
  // A volume pre-bound to the claim skips the selector, as in Kubernetes.
  if (!ref?.name && claim.spec?.selector && !labelSelectorFromMessage(claim.spec.selector).matches(volume.metadata?.labels ?? {})) return "selector does not match";
  if (nodeLabels && !volumeAllowsNode(volume, nodeLabels)) return "node affinity excludes the selected node";
  return "";
}

/**
 * The volume to bind `claim` to, or undefined. `claim.spec.volumeName` restricts the choice to
 * that volume; `nodeLabels` (the selected node's, for WaitForFirstConsumer) filters by affinity.
 */
export function findMatchingVolume(claim: ClaimObject, volumes: readonly VolumeObject[], nodeLabels?: Readonly<Record<string, string>>): VolumeObject | undefined {
  const wanted = claim.spec?.volumeName;
  const candidates = volumes.filter((volume) => (!wanted || volume.metadata?.name === wanted) && mismatch(volume, claim, nodeLabels) === "");
  const preBound = candidates.find((volume) => volumeRefersTo(volume, claim));
  if (preBound) return preBound;
  candidates.sort((a, b) => storageBytes(a.spec?.capacity) - storageBytes(b.spec?.capacity) || (a.metadata?.name ?? "").localeCompare(b.metadata?.name ?? ""));
  return candidates[0];
}
