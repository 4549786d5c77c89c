// The Node a kubelet registers: capacity from the host or options, Kubernetes' standard labels,
// its address, and a Ready condition saying what the driver can enforce.
import { arch, platform, release } from "node:os";
import type { troupe } from "../../proto/gen/troupe.js";
import type { DriverCapabilities } from "./drivers/types.ts";
import { nodeAllocatable } from "./node-allocatable.ts";
import type { ResolvedKubeletOptions } from "./options.ts";

export type Node = troupe.v1.Node.$Properties;
export type NodeStatus = troupe.v1.NodeStatus.$Properties;

const ARCH: Record<string, string> = { x64: "amd64", arm64: "arm64", arm: "arm" };

export function nodeLabels(options: ResolvedKubeletOptions): Record<string, string> {
  return {
    "kubernetes.io/hostname": options.nodeName,
    "kubernetes.io/os": platform(),
    "kubernetes.io/arch": ARCH[arch()] ?? arch(),
    "troupe.dev/driver": options.driver,
    ...options.labels,
  };
}

export function nodeStatus(options: ResolvedKubeletOptions, capabilities: DriverCapabilities, now: string): NodeStatus {
  const resources = { cpu: options.cpu, memory: options.memory, pods: String(options.maxPods) };
  const limits = capabilities.cgroups ? `resource limits are enforced with cgroup ${capabilities.cgroupVersion ?? "v2"}` : `resource limits are not enforced: ${capabilities.reason ?? "no usable cgroups"}`;
  return {
    capacity: resources,
    allocatable: nodeAllocatable(resources, options),
    conditions: [
      { type: "Ready", status: "True", reason: "KubeletReady", message: `kubelet is posting ready status; ${limits}`, lastHeartbeatTime: now, lastTransitionTime: now },
      { type: "MemoryPressure", status: "False", reason: "KubeletHasSufficientMemory", lastHeartbeatTime: now, lastTransitionTime: now },
      { type: "DiskPressure", status: "False", reason: "KubeletHasNoDiskPressure", lastHeartbeatTime: now, lastTransitionTime: now },
      { type: "PIDPressure", status: "False", reason: "KubeletHasSufficientPID", lastHeartbeatTime: now, lastTransitionTime: now },
    ],
    addresses: [{ type: "InternalIP", address: options.address }, { type: "Hostname", address: options.nodeName }],
    nodeInfo: {
      kubeletVersion: `troupe-${options.version}`,
      containerRuntimeVersion: `troupe-${options.driver}://${options.version}`,
      operatingSystem: platform(),
      architecture: ARCH[arch()] ?? arch(),
      kernelVersion: release(),
      osImage: platform(),
    },
  };
}

/** The pod CIDR part of the Node's spec; empty when the node hands out no pod addresses. */
export function podCidrSpec(podCidr: string | undefined): { podCIDR?: string; podCIDRs?: string[] } {
  return podCidr ? { podCIDR: podCidr, podCIDRs: [podCidr] } : {};
}

export function nodeObject(options: ResolvedKubeletOptions, capabilities: DriverCapabilities, now: string, podCidr?: string): Node {
  return {
    apiVersion: "v1",
    kind: "Node",
    metadata: { name: options.nodeName, labels: nodeLabels(options) },
    spec: { ...podCidrSpec(podCidr), ...(options.taints.length > 0 ? { taints: options.taints } : {}) },
    status: nodeStatus(options, capabilities, now),
  };
}

export function isReady(node: Node): boolean {
  return (node.status?.conditions ?? []).some((condition) => condition.type === "Ready" && condition.status === "True");
}
