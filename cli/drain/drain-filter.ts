// Which of a node's pods `troupe drain` evicts, which it skips and which make it refuse, as
// kubectl's drain filters decide (k8s.io/kubectl/pkg/drain/filters.go): finished and mirror pods
// are deleted or skipped quietly, DaemonSet pods need --ignore-daemonsets, pods with emptyDir
// volumes --delete-emptydir-data, pods without a controller --force.
import type { KubeObject } from "../../runtime/api-client.ts";

export interface DrainFlags {
  ignoreDaemonSets: boolean;
  deleteEmptyDirData: boolean;
  force: boolean;
}

interface PodShape extends KubeObject {
  spec?: { volumes?: { name: string; emptyDir?: unknown }[] };
  status?: { phase?: string };
}

export const MIRROR_POD_ANNOTATION = "kubernetes.io/config.mirror";

/** One refusal kind, with kubectl's text; the pods it names are listed after it. */
export const REFUSALS = {
  daemonSet: "cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore)",
  localStorage: "cannot delete Pods with local storage (use --delete-emptydir-data to override)",
  unmanaged: "cannot delete Pods that declare no controller (use --force to override)",
} as const;

export const WARNINGS = {
  daemonSet: "ignoring DaemonSet-managed Pods",
  localStorage: "deleting Pods with local storage",
  unmanaged: "deleting Pods that declare no controller",
} as const;

export type FilterReason = keyof typeof REFUSALS;

export interface DrainPlan {
  /** Pods to evict (or delete with --disable-eviction), in the node's listing order. */
  evict: KubeObject[];
  /** Pods left alone: mirror pods, and DaemonSet pods under --ignore-daemonsets. */
  skipped: KubeObject[];
  /** Refusals: reason -> "namespace/name" of each pod; non-empty means drain stops. */
  errors: Partial<Record<FilterReason, string[]>>;
  /** Warnings: reason -> "namespace/name", for pods evicted or skipped because a flag allowed it. */
  warnings: Partial<Record<FilterReason, string[]>>;
}

const podRef = (pod: KubeObject) => `${pod.metadata?.namespace ?? ""}/${pod.metadata?.name ?? ""}`;

function controllerOf(pod: KubeObject) {
  return pod.metadata?.ownerReferences?.find((owner) => owner.controller);
}

function isFinished(pod: PodShape): boolean {
  return pod.status?.phase === "Succeeded" || pod.status?.phase === "Failed";
}

/** The plan for `pods` (those bound to the node), as kubectl's GetPodsForDeletion. */
export function planDrain(pods: readonly KubeObject[], flags: DrainFlags): DrainPlan {
  const plan: DrainPlan = { evict: [], skipped: [], errors: {}, warnings: {} };
  const note = (into: DrainPlan["errors"], reason: FilterReason, pod: KubeObject) => (into[reason] ??= []).push(podRef(pod));
  for (const pod of pods as PodShape[]) {
    if (pod.metadata?.annotations?.[MIRROR_POD_ANNOTATION] !== undefined) {
      plan.skipped.push(pod);
      continue;
    }
    // A finished pod holds nothing: kubectl deletes it whatever its owner or volumes.
    if (isFinished(pod)) {
      plan.evict.push(pod);
      continue;
    }
    const controller = controllerOf(pod);
    if (controller?.kind === "DaemonSet") {
      if (flags.ignoreDaemonSets) {
        note(plan.warnings, "daemonSet", pod);
        plan.skipped.push(pod);
      } else {
        note(plan.errors, "daemonSet", pod);
      }
      continue;
    }
    let refused = false;
    if (!controller) {
      if (flags.force) note(plan.warnings, "unmanaged", pod);
      else {
        note(plan.errors, "unmanaged", pod);
        refused = true;
      }
    }
    if ((pod.spec?.volumes ?? []).some((volume) => volume.emptyDir !== undefined)) {
      if (flags.deleteEmptyDirData) note(plan.warnings, "localStorage", pod);
      else {
        note(plan.errors, "localStorage", pod);
        refused = true;
      }
    }
    if (!refused) plan.evict.push(pod);
  }
  return plan;
}

/** kubectl's refusal text: "cannot delete ...: ns/a, ns/b" lines, joined as kubectl joins them. */
export function describeRefusals(errors: DrainPlan["errors"]): string {
  return (Object.keys(REFUSALS) as FilterReason[])
    .filter((reason) => errors[reason]?.length)
    .map((reason) => `${REFUSALS[reason]}: ${errors[reason]!.join(", ")}`)
    .join(", ");
}

export function describeWarnings(warnings: DrainPlan["warnings"]): string[] {
  return (Object.keys(WARNINGS) as FilterReason[])
    .filter((reason) => warnings[reason]?.length)
    .map((reason) => `${WARNINGS[reason]}: ${warnings[reason]!.join(", ")}`);
}
