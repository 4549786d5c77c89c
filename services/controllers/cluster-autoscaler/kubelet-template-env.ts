// The kubelet environment that makes a node look as its group's template says (what the
// simulation assumed): capacity = allocatable (no eviction reserve), the labels with the group's,
// the taints it registers with.
import { NODE_GROUP_LABEL, type NodeGroup } from "./node-group-config.ts";

export function kubeletTemplateEnv(group: NodeGroup): Record<string, string> {
  const { cpu, memory, pods, labels, taints } = group.template;
  return {
    TROUPE_NODE_CPU: cpu,
    TROUPE_NODE_MEMORY: memory,
    TROUPE_MAX_PODS: String(pods),
    TROUPE_EVICTION_HARD: "",
    TROUPE_NODE_LABELS: Object.entries({ ...labels, [NODE_GROUP_LABEL]: group.name }).map(([key, value]) => `${key}=${value}`).join(","),
    TROUPE_NODE_TAINTS: taints.map((taint) => `${taint.key}${taint.value ? `=${taint.value}` : ""}:${taint.effect}`).join(","),
  };
}
