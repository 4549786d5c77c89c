// What the console shows of a node (pure).
import type { KubeObject } from "../../../runtime/api-client.ts";

export interface NodeRow {
  name: string;
  /** Ready, NotReady or Unknown: the Ready condition's status. */
  ready: string;
  unschedulable: boolean;
  cpu: string;
  memory: string;
  maxPods: string;
  createdAt: string;
}

interface NodeShape {
  metadata?: { name?: string; creationTimestamp?: string };
  spec?: { unschedulable?: boolean };
  status?: { conditions?: { type?: string; status?: string }[]; allocatable?: Record<string, string> };
}

export function nodeRow(object: KubeObject): NodeRow {
  const node = object as NodeShape;
  const ready = node.status?.conditions?.find((condition) => condition.type === "Ready")?.status;
  return {
    name: node.metadata?.name ?? "",
    ready: ready === "True" ? "Ready" : ready === "False" ? "NotReady" : "Unknown",
    unschedulable: node.spec?.unschedulable === true,
    cpu: node.status?.allocatable?.cpu ?? "",
    memory: node.status?.allocatable?.memory ?? "",
    maxPods: node.status?.allocatable?.pods ?? "",
    createdAt: node.metadata?.creationTimestamp ?? "",
  };
}
