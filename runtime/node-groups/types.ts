// The node provider contract the cluster autoscaler scales node groups through, as the
// Kubernetes cluster autoscaler's cloudprovider.NodeGroup (TargetSize, IncreaseSize, DeleteNodes,
// Nodes). One interface, several mechanisms: the local supervisor (kubelet processes), hollow
// nodes (fake-driver kubelets, benchmarks), and any process answering the NATS contract
// (docs/nats-api.md, "Node groups") such as a cloud integration.

/** A node the group has, as cloudprovider.Instance: its state while it starts or goes. */
export interface ProviderNode {
  name: string;
  state: "creating" | "running" | "deleting";
}

export interface NodeGroupProvider {
  /** The group's nodes, those it started with included. */
  nodes(group: string): Promise<ProviderNode[]>;
  /** Starts `delta` more nodes; resolves with their names once asked for (not once Ready). */
  increase(group: string, delta: number): Promise<string[]>;
  /** Stops and forgets the named nodes of the group (drained by the autoscaler before). */
  delete(group: string, nodes: string[]): Promise<void>;
}

export class NodeGroupProviderError extends Error {
  override readonly name = "NodeGroupProviderError";
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
