// The status the Kubernetes cluster autoscaler keeps in the ConfigMap kube-system/
// cluster-autoscaler-status (data.status, YAML): cluster-wide and per node group health, node
// counts, and whether a scale-up is in progress or scale-down candidates exist. Pure.
import { stringify } from "yaml";

export const STATUS_CONFIG_MAP = "cluster-autoscaler-status";
export const STATUS_NAMESPACE = "kube-system";

export interface GroupStatusInput {
  name: string;
  minSize: number;
  maxSize: number;
  /** What the provider reports (cloudProviderTarget). */
  target: number;
  ready: number;
  upcoming: number;
  unready: number;
  unneeded: number;
  /** The provider did not answer. */
  providerError?: string;
}

export interface StatusInput {
  groups: GroupStatusInput[];
  registeredNodes: number;
  readyNodes: number;
  scaleUpInProgress: boolean;
  lastScaleUpAt?: string;
  lastScaleDownAt?: string;
}

/** The YAML, without a timestamp, so an unchanged status is not written again. */
export function statusYaml(input: StatusInput, time: string): string {
  const nodeGroups = input.groups.map((group) => ({
    name: group.name,
    health: {
      status: group.providerError ? "Unhealthy" : "Healthy",
      ...(group.providerError ? { message: group.providerError } : {}),
      nodeCounts: { registered: { total: group.ready + group.unready, ready: group.ready, notStarted: group.upcoming, unready: group.unready } },
      cloudProviderTarget: group.target,
      minSize: group.minSize,
      maxSize: group.maxSize,
    },
    scaleUp: { status: group.upcoming > 0 ? "InProgress" : group.target >= group.maxSize ? "NoActivity (max size reached)" : "NoActivity" },
    scaleDown: { status: group.unneeded > 0 ? "CandidatesPresent" : "NoCandidates", candidates: group.unneeded },
  }));
  const unneeded = input.groups.reduce((sum, group) => sum + group.unneeded, 0);
  return stringify({
    time,
    autoscalerStatus: "Running",
    clusterWide: {
      health: {
        status: input.groups.some((group) => group.providerError) ? "Unhealthy" : "Healthy",
        nodeCounts: { registered: { total: input.registeredNodes, ready: input.readyNodes, notStarted: input.groups.reduce((sum, group) => sum + group.upcoming, 0) } },
      },
      scaleUp: { status: input.scaleUpInProgress ? "InProgress" : "NoActivity", ...(input.lastScaleUpAt ? { lastTransitionTime: input.lastScaleUpAt } : {}) },
      scaleDown: { status: unneeded > 0 ? "CandidatesPresent" : "NoCandidates", candidates: unneeded, ...(input.lastScaleDownAt ? { lastTransitionTime: input.lastScaleDownAt } : {}) },
    },
    nodeGroups,
  });
}
