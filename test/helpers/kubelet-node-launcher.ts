// A NodeLauncher for tests and benchmarks: each node a kubelet process of a WorkloadCluster
// (process driver, or the fake driver for hollow nodes), with its group's template and, in a
// secure cluster, the kubelet-node-<index> credentials.
import { spawn } from "node:child_process";
import { podCidrOfNode, SERVICE_NODE_ENV, serviceNodeFlags } from "../../cli/cluster/cluster-services.ts";
import { kubeletTemplateEnv } from "../../services/controllers/cluster-autoscaler/kubelet-template-env.ts";
import type { NodeGroup } from "../../services/controllers/cluster-autoscaler/node-group-config.ts";
import type { NodeLauncher } from "../../runtime/node-groups/local-node-group-provider.ts";
import type { ClusterNatsSecurity } from "../../cli/cluster/cluster-nats-security.ts";
import { REPO_ROOT } from "./troupe-cli.ts";

export interface KubeletLauncherOptions {
  natsUrl: string;
  kubeletDir: string;
  groups: readonly NodeGroup[];
  driver?: "process" | "fake";
  security?: ClusterNatsSecurity;
  env?: Record<string, string>;
  /** Every kubelet started, to be stopped at the end. */
  started?: Set<() => Promise<void>>;
}

const SCRIPT = "services/kubelet/main.ts";

export function kubeletNodeLauncher(options: KubeletLauncherOptions): NodeLauncher {
  return ({ name, index, group }) => {
    const nodeGroup = options.groups.find((candidate) => candidate.name === group);
    if (!nodeGroup) throw new Error(`no node group ${group}`);
    const child = spawn(process.execPath, [...serviceNodeFlags(SCRIPT), SCRIPT], {
      cwd: REPO_ROOT,
      env: {
        ...process.env, ...SERVICE_NODE_ENV, TROUPE_LOG_LEVEL: "warn", TROUPE_METRICS_PORT: "0",
        ...options.env,
        ...(options.security ? options.security.serviceEnv(`kubelet-node-${index}`) : {}),
        ...kubeletTemplateEnv(nodeGroup),
        TROUPE_NATS_URL: options.natsUrl,
        TROUPE_NODE_NAME: name,
        TROUPE_DRIVER: options.driver ?? "process",
        TROUPE_KUBELET_DIR: options.kubeletDir,
        TROUPE_POD_CIDR: podCidrOfNode(index),
      },
      stdio: ["ignore", "ignore", process.env.TROUPE_TEST_SERVICE_LOGS ? "inherit" : "ignore"],
    });
    const stop = async () => {
      options.started?.delete(stop);
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    };
    options.started?.add(stop);
    return { stop };
  };
}
