// `troupe up --max-nodes N`: the node group "default" the cluster autoscaler scales (up to
// N - nodes kubelets besides node-1 .. node-<nodes>, which belong to no group and always stay),
// its configuration file for the controller managers, and the supervisor's node provider: it
// answers the NATS contract (runtime/node-groups) by starting and stopping kubelet processes
// node-<index> with the credentials minted for kubelet-node-<index>.
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { writeFile } from "node:fs/promises";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { bindSecureConnection, secureConnectionOptions, type NatsClientSecurity } from "../../runtime/nats-client-security.ts";
import { LocalNodeGroupProvider } from "../../runtime/node-groups/local-node-group-provider.ts";
import { serveNodeGroupProvider } from "../../runtime/node-groups/nats-node-group-provider.ts";
import { kubeletTemplateEnv } from "../../services/controllers/cluster-autoscaler/kubelet-template-env.ts";
import type { NodeGroup } from "../../services/controllers/cluster-autoscaler/node-group-config.ts";
import type { ClusterService } from "./cluster-services.ts";
import type { ServiceProcess } from "./service-process.ts";
import type { TroupeHome } from "./home.ts";

export const DEFAULT_NODE_GROUP = "default";
/** The eviction reserve the fixed kubelets keep (services/kubelet/node-allocatable.ts): a new node offers what they offer. */
const EVICTION_RESERVE_MI = 100;

/** The group's template: what a kubelet on this host offers (its cores, its memory less the eviction reserve). */
export function defaultNodeGroup(nodes: number, maxNodes: number): NodeGroup {
  return {
    name: DEFAULT_NODE_GROUP,
    minSize: 0,
    maxSize: maxNodes - nodes,
    template: { cpu: String(cpus().length), memory: `${Math.floor(totalmem() / 1024 / 1024) - EVICTION_RESERVE_MI}Mi`, pods: 110, labels: {}, taints: [] },
  };
}

/** Writes $TROUPE_HOME/cluster-autoscaler.json (docs/autoscaling.md) and returns its path. */
export async function writeClusterAutoscalerConfig(home: TroupeHome, groups: NodeGroup[], env: Record<string, string | undefined>): Promise<string> {
  const path = join(home.dir, "cluster-autoscaler.json");
  const timings = {
    // The Kubernetes CA's 10 minutes, unless the environment says otherwise (try-outs, tests).
    scaleDownUnneededTime: env.TROUPE_SCALE_DOWN_UNNEEDED_TIME || "10m",
    scaleDownDelayAfterAdd: env.TROUPE_SCALE_DOWN_DELAY_AFTER_ADD || "10m",
  };
  await writeFile(path, `${JSON.stringify({ nodeGroups: groups, scanInterval: "1s", ...timings }, null, 2)}\n`);
  return path;
}

export interface SupervisorNodeProviderOptions {
  natsUrl: string;
  security: NatsClientSecurity;
  groups: NodeGroup[];
  /** The fixed nodes node-1 .. node-<nodes>: their indexes are never handed out. */
  nodes: number;
  /** Definitions of kubelet-node-<nodes+1> .. kubelet-node-<max> (clusterServices with nodes = max). */
  kubeletDefinitions: ReadonlyMap<number, ClusterService>;
  /** Starts a service process as the supervisor starts the others (restarts, context, metrics). */
  startService: (definition: ClusterService) => Promise<ServiceProcess>;
  /** Forgets a stopped service (context file, Prometheus targets). */
  forgetService: (service: ServiceProcess) => void;
  log: (line: string) => void;
}

export interface SupervisorNodeProvider {
  provider: LocalNodeGroupProvider;
  stop(): Promise<void>;
}

export async function startSupervisorNodeProvider(options: SupervisorNodeProviderOptions): Promise<SupervisorNodeProvider> {
  const maxIndex = Math.max(options.nodes, ...options.kubeletDefinitions.keys());
  const provider = new LocalNodeGroupProvider({
    groups: options.groups,
    maxIndex,
    launcher: async ({ name, index, group }) => {
      const definition = options.kubeletDefinitions.get(index);
      const nodeGroup = options.groups.find((candidate) => candidate.name === group);
      if (!definition || !nodeGroup) throw new Error(`no kubelet definition for ${name}`);
      const service = await options.startService({ ...definition, env: { ...definition.env, ...kubeletTemplateEnv(nodeGroup) } });
      service.enableRestarts();
      options.log(`node group ${group}: started ${name} (pid ${service.pid})`);
      return {
        stop: async () => {
          await service.stop();
          options.forgetService(service);
          options.log(`node group ${group}: stopped ${name}`);
        },
      };
    },
  });
  provider.reserve(...Array.from({ length: options.nodes }, (_, i) => i + 1));
  const secure = await secureConnectionOptions(options.security);
  const nc: NatsConnection = await connect({ ...secure.options, servers: options.natsUrl, name: "troupe-supervisor-node-provider", maxReconnectAttempts: -1 });
  bindSecureConnection(nc, secure);
  const serving = await serveNodeGroupProvider(nc, options.groups.map((group) => group.name), provider);
  return {
    provider,
    async stop() {
      serving.stop();
      await provider.stopAll();
      await nc.close().catch(() => undefined);
    },
  };
}
