// The StatefulSet controller's decision (Kubernetes' defaultStatefulSetControl.updateStatefulSet),
// pure: from the set, its member pods, the claims that exist and the two revisions, the writes to
// make now. OrderedReady walks the ordinals upwards and stops at the first member it must wait
// for; Parallel acts on every member at once. Condemned members (outside the ordinal range) go
// from the highest ordinal down; then RollingUpdate replaces outdated members from the highest
// ordinal down to the partition, within maxUnavailable.
import { scaledValue } from "../deployment/rolling-parameters.ts";
import { claimWithRetention } from "./claim-retention.ts";
import { claimsForOrdinal, newMemberPod, ordinalOf, podName, replicaCount, revisionOf, startOrdinal } from "./identity.ts";
import { isHealthy, isRunningAndAvailable, isTerminated, isTerminating } from "./pod-state.ts";
import type { PersistentVolumeClaim, Pod, PodTemplateSpec, StatefulSet } from "./types.ts";

export interface Revision {
  name: string;
  template: PodTemplateSpec;
}

export interface PlanInput {
  set: StatefulSet;
  /** The set's member pods (named `<set>-<ordinal>`, controlled by it). */
  pods: readonly Pod[];
  /** The claims of the set's namespace that exist, by name. */
  claims: ReadonlyMap<string, PersistentVolumeClaim>;
  current: Revision;
  update: Revision;
  now: Date;
}

export type StatefulSetAction =
  | { type: "createClaim"; ordinal: number; claim: PersistentVolumeClaim }
  | { type: "updateClaim"; ordinal: number; claim: PersistentVolumeClaim }
  | { type: "createPod"; ordinal: number; pod: Pod }
  | { type: "deletePod"; ordinal: number; pod: Pod; reason: "Terminated" | "ScaledDown" | "Updated" };

export interface Plan {
  actions: StatefulSetAction[];
  /** Why OrderedReady stopped, for logs and tests: `waiting for web-1 to be Ready`. */
  waitingFor?: string;
}

/** The revision a recreated pod of `ordinal` gets: below the partition it keeps the current one. */
export function revisionForOrdinal(set: StatefulSet, ordinal: number, current: Revision, update: Revision): Revision {
  const strategy = set.spec?.updateStrategy;
  if (strategy?.type === "OnDelete") return update;
  const partition = strategy?.rollingUpdate?.partition ?? 0;
  return ordinal < startOrdinal(set) + partition ? current : update;
}

function missingClaims(set: StatefulSet, ordinal: number, claims: ReadonlyMap<string, PersistentVolumeClaim>): StatefulSetAction[] {
  return claimsForOrdinal(set, ordinal)
    .filter((claim) => !claims.has(claim.metadata?.name ?? ""))
    .map((claim) => ({ type: "createClaim", ordinal, claim }));
}

function retentionUpdates(input: PlanInput, pod: Pod, ordinal: number, condemned: boolean): StatefulSetAction[] {
  const actions: StatefulSetAction[] = [];
  for (const wanted of claimsForOrdinal(input.set, ordinal)) {
    const claim = input.claims.get(wanted.metadata?.name ?? "");
    const updated = claim && claimWithRetention(claim, input.set, pod, condemned);
    if (updated) actions.push({ type: "updateClaim", ordinal, claim: updated });
  }
  return actions;
}

export function planStatefulSet(input: PlanInput): Plan {
  const { set, now } = input;
  const monotonic = set.spec?.podManagementPolicy !== "Parallel";
  const minReadySeconds = set.spec?.minReadySeconds ?? 0;
  const start = startOrdinal(set);
  const replicas = replicaCount(set);
  const members = new Map<number, Pod>();
  const condemned: { ordinal: number; pod: Pod }[] = [];
  for (const pod of input.pods) {
    const ordinal = ordinalOf(set, pod.metadata?.name);
    if (ordinal === undefined) continue;
    if (ordinal >= start && ordinal < start + replicas) members.set(ordinal, pod);
    else condemned.push({ ordinal, pod });
  }
  condemned.sort((a, b) => b.ordinal - a.ordinal);
  const actions: StatefulSetAction[] = [];
  const stop = (waitingFor: string): Plan => ({ actions, waitingFor });

  for (let ordinal = start; ordinal < start + replicas; ordinal++) {
    const pod = members.get(ordinal);
    if (!pod) {
      const revision = revisionForOrdinal(set, ordinal, input.current, input.update);
      actions.push(...missingClaims(set, ordinal, input.claims));
      actions.push({ type: "createPod", ordinal, pod: newMemberPod(set, ordinal, revision.template, revision.name) });
      if (monotonic) return stop(`${podName(set, ordinal)} to be created`);
      continue;
    }
    const name = pod.metadata?.name ?? "";
    if (isTerminated(pod) && !isTerminating(pod)) {
      // A finished pod is replaced under the same name once it is gone.
      actions.push({ type: "deletePod", ordinal, pod, reason: "Terminated" });
      if (monotonic) return stop(`${name} to be replaced`);
      continue;
    }
    if (isTerminating(pod)) {
      if (monotonic) return stop(`${name} to be gone`);
      continue;
    }
    // A claim removed while its pod lives is made again (the pod waits for it).
    actions.push(...missingClaims(set, ordinal, input.claims), ...retentionUpdates(input, pod, ordinal, false));
    if (monotonic && !isRunningAndAvailable(pod, minReadySeconds, now)) return stop(`${name} to be Running and Ready`);
  }

  for (const { ordinal, pod } of condemned) {
    const name = pod.metadata?.name ?? "";
    if (isTerminating(pod)) {
      if (monotonic) return stop(`${name} to be gone`);
      continue;
    }
    // Claims get their scale-down owners before the pod is deleted, so the GC finds them.
    actions.push(...retentionUpdates(input, pod, ordinal, true));
    actions.push({ type: "deletePod", ordinal, pod, reason: "ScaledDown" });
    if (monotonic) return stop(`${name} to be gone`);
  }

  if (set.spec?.updateStrategy?.type === "OnDelete") return { actions };
  return { actions: [...actions, ...rollingUpdate(input, members, start, replicas)] };
}

/** Deletes outdated members from the highest ordinal down to the partition, within maxUnavailable. */
function rollingUpdate(input: PlanInput, members: ReadonlyMap<number, Pod>, start: number, replicas: number): StatefulSetAction[] {
  const { set, update, now } = input;
  const minReadySeconds = set.spec?.minReadySeconds ?? 0;
  const rolling = set.spec?.updateStrategy?.rollingUpdate;
  const partition = rolling?.partition ?? 0;
  const maxUnavailable = rolling?.maxUnavailable ? Math.max(1, scaledValue(rolling.maxUnavailable, replicas, false)) : 1;
  let unavailable = 0;
  for (let ordinal = start; ordinal < start + replicas; ordinal++) {
    const pod = members.get(ordinal);
    if (!pod || !isHealthy(pod, minReadySeconds, now)) unavailable++;
  }
  const actions: StatefulSetAction[] = [];
  for (let ordinal = start + replicas - 1; ordinal >= start + partition; ordinal--) {
    const pod = members.get(ordinal);
    if (!pod || isTerminating(pod) || revisionOf(pod) === update.name) continue;
    // An outdated member that is itself unavailable is already counted: replacing it costs nothing.
    const healthy = isHealthy(pod, minReadySeconds, now);
    if (healthy && unavailable >= maxUnavailable) break;
    if (healthy) unavailable++;
    actions.push({ type: "deletePod", ordinal, pod, reason: "Updated" });
  }
  return actions;
}
