// Options of the process driver; the kubelet's main.ts fills them from flags and environment.
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLogger } from "../../../runtime/log.ts";
import type { Logger } from "../../../runtime/log.ts";

/** Docker's default PATH, for containers when the node gives none. */
export const DEFAULT_CONTAINER_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

export interface ProcessDriverOptions {
  /**
   * Troupe's cgroup v2 directory; default "troupe" under the cgroup2 mount, or, where the v2
   * controllers are absent, "troupe" under each cgroup v1 controller's mount.
   */
  cgroupRoot?: string;
  /** pids.max of every container (the kubelet's --pod-max-pids); 0 or absent: unlimited. */
  podPidsLimit?: number;
  /** false runs without cgroups even where they would work. */
  cgroups?: boolean;
  /** Per-pod working directories (<podsDir>/<podUid>) for host commands without workingDir. */
  podsDir?: string;
  /** What every container's environment starts from (never the kubelet's own environment). */
  baseEnv?: Record<string, string>;
  /**
   * The address host ports are picked on. The wildcard by default: a port free there is free on
   * every address, so an app listening on 0.0.0.0:$PORT (or on its pod IP) can bind it.
   */
  hostIp?: string;
  /**
   * false keeps every container on the host's /etc/resolv.conf even where a private mount
   * namespace could give it the pod's (root and unshare).
   */
  privateResolvConf?: boolean;
  /**
   * false never gives containers a private mount namespace, as on a kubelet that is not root:
   * no volume mounts (the ServiceAccount token still reaches them through the environment).
   */
  mountNamespaces?: boolean;
  /** How long after the main process ends to wait for output pipes held by an escaped process. */
  outputDrainMs?: number;
  logger?: Logger;
}

export interface ResolvedProcessDriverOptions extends Required<Omit<ProcessDriverOptions, "cgroupRoot" | "podPidsLimit">> {
  cgroupRoot: string | undefined;
  podPidsLimit: number | undefined;
}

export function resolveProcessDriverOptions(options: ProcessDriverOptions = {}): ResolvedProcessDriverOptions {
  return {
    cgroupRoot: options.cgroupRoot,
    podPidsLimit: options.podPidsLimit,
    cgroups: options.cgroups ?? true,
    podsDir: options.podsDir ?? join(tmpdir(), "troupe", "pods"),
    baseEnv: options.baseEnv ?? { PATH: DEFAULT_CONTAINER_PATH },
    hostIp: options.hostIp ?? "0.0.0.0",
    outputDrainMs: options.outputDrainMs ?? 2000,
    privateResolvConf: options.privateResolvConf ?? true,
    mountNamespaces: options.mountNamespaces ?? true,
    logger: options.logger ?? createLogger("process-driver"),
  };
}
