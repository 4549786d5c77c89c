// Builders of nodes and pods in message form for the framework's tests and benchmark.
import type { troupe } from "../../../proto/gen/troupe.js";
import type { Node, Pod, Taint, Toleration } from "./types.ts";

type Affinity = troupe.v1.Affinity.$Properties;
type ContainerPort = troupe.v1.ContainerPort.$Properties;

export interface NodeFixture {
  cpu?: string;
  memory?: string;
  pods?: string;
  labels?: Record<string, string>;
  taints?: Taint[];
  unschedulable?: boolean;
  /** The Ready condition's status; "True" unless given. */
  ready?: string;
}

export function makeNode(name: string, fixture: NodeFixture = {}): Node {
  const allocatable: Record<string, string> = { cpu: fixture.cpu ?? "4", memory: fixture.memory ?? "8Gi" };
  if (fixture.pods !== undefined) allocatable.pods = fixture.pods;
  return {
    apiVersion: "v1",
    kind: "Node",
    metadata: { name, labels: { "kubernetes.io/hostname": name, ...fixture.labels } },
    spec: { taints: fixture.taints ?? [], unschedulable: fixture.unschedulable ?? null },
    status: { allocatable, capacity: allocatable, conditions: [{ type: "Ready", status: fixture.ready ?? "True" }] },
  };
}

export interface PodFixture {
  cpu?: string;
  memory?: string;
  namespace?: string;
  nodeName?: string;
  phase?: string;
  tolerations?: Toleration[];
  nodeSelector?: Record<string, string>;
  affinity?: Affinity;
  ports?: ContainerPort[];
  /** uid of a controlling owner (a ReplicaSet). */
  owner?: string;
  labels?: Record<string, string>;
  topologySpreadConstraints?: troupe.v1.TopologySpreadConstraint.$Properties[];
}

export function makePod(name: string, fixture: PodFixture = {}): Pod {
  const requests: Record<string, string> = {};
  if (fixture.cpu !== undefined) requests.cpu = fixture.cpu;
  if (fixture.memory !== undefined) requests.memory = fixture.memory;
  const namespace = fixture.namespace ?? "default";
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      name,
      namespace,
      uid: `uid-${namespace}-${name}`,
      labels: fixture.labels ?? {},
      ownerReferences: fixture.owner ? [{ apiVersion: "apps/v1", kind: "ReplicaSet", name: fixture.owner, uid: fixture.owner, controller: true }] : [],
    },
    spec: {
      containers: [{ name: "main", image: "app:1", resources: { requests }, ports: fixture.ports ?? [] }],
      nodeName: fixture.nodeName ?? "",
      nodeSelector: fixture.nodeSelector ?? {},
      tolerations: fixture.tolerations ?? [],
      ...(fixture.affinity ? { affinity: fixture.affinity } : {}),
      ...(fixture.topologySpreadConstraints ? { topologySpreadConstraints: fixture.topologySpreadConstraints } : {}),
    },
    status: { phase: fixture.phase ?? "Pending" },
  };
}
