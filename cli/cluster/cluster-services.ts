// The Troupe services `troupe up` runs, each as its own process next to nats-server.
import { fileURLToPath } from "node:url";

export interface ClusterService {
  /** Role name: used for the log file (logs/<name>.log) and in the context file. */
  name: string;
  /** Entry point, relative to the repository root. */
  script: string;
  /** Extra environment of this service process. */
  env?: Record<string, string>;
}

export interface ClusterLayout {
  /** Nodes node-1 .. node-N: a kubelet process each, hosting the node's proxy. */
  nodes: number;
  /** Where the kubelets keep their logs and image caches (one folder per node). */
  kubeletDir: string;
  /** Two schedulers and two controller managers: one leads, the other stands by. */
  ha?: boolean;
}

export const DEFAULT_NODES = 3;
/** The nodes' address: LoadBalancer and NodePort Services and the ingress listen there. */
export const DEFAULT_NODE_ADDRESS = "127.0.0.1";
/** The node proxies' ingress port (TROUPE_INGRESS_PORT of services/proxy/main.ts). */
export const DEFAULT_INGRESS_PORT = 8080;

/** The Troupe services `troupe up` runs, in start order. */
export function clusterServices(layout: ClusterLayout): ClusterService[] {
  const services: ClusterService[] = [{ name: "api", script: "services/api/main.ts" }];
  for (const copy of layout.ha ? [1, 2] : [1]) {
    const suffix = copy === 1 ? "" : `-${copy}`;
    services.push({ name: `controllers${suffix}`, script: "services/controllers/main.ts", env: { TROUPE_CONTROLLER_MANAGER_NAME: `controllers-${copy}` } });
    services.push({ name: `scheduler${suffix}`, script: "services/scheduler/main.ts", env: { TROUPE_SCHEDULER_NAME: `scheduler-${copy}` } });
  }
  for (let i = 1; i <= layout.nodes; i++) {
    // The node proxy runs in the kubelet's process, as k3s' agent runs kube-proxy: a Node.js
    // process less per node (about 100 MiB; docs/benchmarks.md, footprint).
    services.push({ name: `kubelet-node-${i}`, script: "services/kubelet/main.ts", env: { TROUPE_NODE_NAME: `node-${i}`, TROUPE_KUBELET_DIR: layout.kubeletDir, TROUPE_POD_CIDR: podCidrOfNode(i), TROUPE_KUBELET_PROXY: "1" } });
  }
  return services;
}

/** Node i's pods get addresses from 127.(128 + i div 256).(i mod 256).0/24 (docs/networking.md). */
export function podCidrOfNode(index: number): string {
  return `127.${128 + Math.floor(index / 256)}.${index % 256}.0/24`;
}

/**
 * Node flags for every service process. A control-plane service is mostly idle, and V8's default
 * young generation (16 MiB semi-spaces) is a large share of an idle service's memory; 1 MiB
 * semi-spaces keep scavenges short and frequent instead (see docs/benchmarks.md, footprint).
 */
export const SERVICE_NODE_FLAGS: readonly string[] = ["--max-semi-space-size=1"];

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
