// What a new node of a group would look like, for the scale-up simulation: the template's
// allocatable, labels and taints, Ready (the scheduler's filters run on it as on a real node).
import type { Node } from "../../scheduler/framework/types.ts";
import { NODE_GROUP_LABEL, type NodeGroup } from "./node-group-config.ts";

export function templateNode(group: NodeGroup, name = `template-node-for-${group.name}`): Node {
  const { cpu, memory, pods, labels, taints } = group.template;
  const allocatable = { cpu, memory, pods: String(pods) };
  return {
    apiVersion: "v1",
    kind: "Node",
    metadata: { name, labels: { "kubernetes.io/hostname": name, ...labels, [NODE_GROUP_LABEL]: group.name } },
    spec: { taints },
    status: { allocatable, capacity: allocatable, conditions: [{ type: "Ready", status: "True" }] },
  };
}
