// Options of one kubelet (one node); main.ts fills them from the environment and flags.
import { cpus, totalmem } from "node:os";
import type { DriverName } from "./drivers/types.ts";
import { DEFAULT_EVICTION_HARD } from "./node-allocatable.ts";
import type { CrashLoopOptions } from "./pod/crash-loop-backoff.ts";
import { resolveLogsRetention, type LogsRetention } from "../../runtime/logs/logs-retention.ts";
import { isQualifiedName, isValidLabelValue } from "../../runtime/validation/names.ts";

export interface KubeletOptions {
  nodeName: string;
  driver?: DriverName;
  /** Holds logs/ and images/ of this node. */
  rootDir: string;
  /** Capacity; by default the host's cores and memory. */
  cpu?: string;
  memory?: string;
  maxPods?: number;
  /** Kept out of allocatable for the system (--system-reserved); default none. */
  systemReserved?: Record<string, string>;
  /** Kept out of allocatable for Troupe's own roles (--kube-reserved); default none. */
  kubeReserved?: Record<string, string>;
  /** Hard eviction thresholds (--eviction-hard); default memory.available: 100Mi, as Kubernetes. */
  evictionHard?: Record<string, string>;
  /** Extra labels of the Node (kubelet's --node-labels), e.g. topology.kubernetes.io/zone. */
  labels?: Record<string, string>;
  /** Taints the node registers with (--register-with-taints); a restarted kubelet keeps the node's own. */
  taints?: { key: string; value: string; effect: string }[];
  /** The node's address (InternalIP, pods' hostIP); pods share the host network. */
  address?: string;
  /** IPv4 CIDR the node's pods get their addresses from ("127.128.1.0/24"); empty: the node address. */
  podCidr?: string;
  /** The cluster DNS server containers resolve through (the node proxy answers there). */
  clusterDns?: string;
  clusterDomain?: string;
  /** Lease renewals: the node lifecycle controller declares a node dead after missing them. */
  heartbeatIntervalMs?: number;
  /** How often the node's own status is checked and re-posted when it drifted. */
  statusIntervalMs?: number;
  /** How often containers' CPU and memory are sampled and published (services/kubelet/usage); 0 turns it off. */
  usageIntervalMs?: number;
  crashLoop?: CrashLoopOptions;
  /** Base of the back-off between failed image pulls. */
  imagePullBackoffMs?: number;
  /** How often configMap/secret/downwardAPI/projected volumes are re-written and emptyDir sizeLimits checked. */
  volumeSyncPeriodMs?: number;
  /** Given to every container as TROUPE_NATS_URL. */
  natsUrl?: string;
  /** How containers authenticate to NATS: TROUPE_NATS_CREDS and TROUPE_NATS_TLS_* (runtime/nats-client-security.ts). */
  podNatsSecurityEnv?: Record<string, string>;
  /** Given to every container as OTEL_EXPORTER_OTLP_ENDPOINT (the node's trace collector). */
  otlpEndpoint?: string;
  /** Replaces a leading "node" in image entrypoints. */
  nodeBinary?: string;
  version?: string;
  /**
   * Hold SIGTERM to a terminating pod until every node proxy stopped routing new connections to
   * it (docs/kubelet.md, "Termination"). Default true.
   */
  terminationHold?: boolean;
  /** The hold's bound; never more than half the pod's grace period. Default 5000. */
  terminationHoldTimeoutMs?: number;
  /** How long and how much container output the logs stream keeps (docs/logging.md). */
  logsRetention?: LogsRetention;
}

export type ResolvedKubeletOptions = Required<Omit<KubeletOptions, "crashLoop">> & { crashLoop: CrashLoopOptions };

export function resolveKubeletOptions(options: KubeletOptions): ResolvedKubeletOptions {
  return {
    driver: "process",
    cpu: String(cpus().length),
    memory: `${Math.floor(totalmem() / 1024 / 1024)}Mi`,
    maxPods: 110,
    systemReserved: {} as Record<string, string>,
    kubeReserved: {} as Record<string, string>,
    evictionHard: { ...DEFAULT_EVICTION_HARD } as Record<string, string>,
    labels: {},
    taints: [] as { key: string; value: string; effect: string }[],
    address: "127.0.0.1",
    podCidr: "",
    clusterDns: "127.77.0.10",
    clusterDomain: "cluster.local",
    heartbeatIntervalMs: 1000,
    statusIntervalMs: 10_000,
    usageIntervalMs: 1000,
    crashLoop: {},
    imagePullBackoffMs: 1000,
    volumeSyncPeriodMs: 1000,
    natsUrl: "",
    podNatsSecurityEnv: {},
    otlpEndpoint: "",
    nodeBinary: process.execPath,
    version: "0.1.0",
    terminationHold: true,
    terminationHoldTimeoutMs: 5000,
    logsRetention: resolveLogsRetention(),
    // An option given as undefined (an unset environment variable) keeps its default.
    ...Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)),
  } as ResolvedKubeletOptions;
}

export class InvalidKubeletOptionError extends Error {
  override name = "InvalidKubeletOptionError";
  readonly code = "INVALID_KUBELET_OPTION";
  readonly option: string;
  constructor(option: string, message: string) {
    super(`${option}: ${message}`);
    this.option = option;
  }
}

/** An on/off switch from the environment: on|true|1, off|false|0; undefined keeps the default. */
export function parseSwitch(option: string, value: string | undefined): boolean | undefined {
  if (value === undefined || value === "") return undefined;
  const normalized = value.toLowerCase();
  if (["on", "true", "1"].includes(normalized)) return true;
  if (["off", "false", "0"].includes(normalized)) return false;
  throw new InvalidKubeletOptionError(option, `must be one of on, off, true, false, 1, 0, not "${value}"`);
}

/** TROUPE_KUBELET_USAGE_INTERVAL: "1s", "250ms", a number of milliseconds, or "off"/"0" (no sampling). */
export function parseUsageInterval(option: string, value: string | undefined): number | undefined {
  if (value === undefined || value === "") return undefined;
  if (value === "off" || value === "0") return 0;
  const match = /^(\d+(?:\.\d+)?)(ms|s)?$/.exec(value);
  const ms = match ? Number(match[1]) * (match[2] === "s" ? 1000 : 1) : Number.NaN;
  if (!(ms >= 10)) throw new InvalidKubeletOptionError(option, `must be a duration of at least 10ms ("1s", "250ms") or "off", not "${value}"`);
  return ms;
}

/** A duration in milliseconds from the environment (> 0); undefined keeps the default. */
export function parseMilliseconds(option: string, value: string | undefined): number | undefined {
  if (value === undefined || value === "") return undefined;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0) throw new InvalidKubeletOptionError(option, `must be a number of milliseconds > 0, not "${value}"`);
  return parsed;
}

/**
 * TROUPE_NODE_LABELS, the kubelet's --node-labels: `key=value` pairs separated by commas
 * ("topology.kubernetes.io/zone=a,topology.kubernetes.io/region=local"); undefined keeps none.
 */
export function parseNodeLabels(option: string, value: string | undefined): Record<string, string> | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const labels: Record<string, string> = {};
  for (const pair of value.split(",")) {
    const equals = pair.indexOf("=");
    if (equals < 0) throw new InvalidKubeletOptionError(option, `"${pair}" must be key=value`);
    const key = pair.slice(0, equals).trim();
    const label = pair.slice(equals + 1).trim();
    const problems = [...isQualifiedName(key).map((problem) => `key "${key}": ${problem}`), ...isValidLabelValue(label).map((problem) => `value "${label}": ${problem}`)];
    if (problems.length > 0) throw new InvalidKubeletOptionError(option, problems.join("; "));
    labels[key] = label;
  }
  return labels;
}

const TAINT_EFFECTS = ["NoSchedule", "PreferNoSchedule", "NoExecute"];

/** TROUPE_NODE_TAINTS (--register-with-taints): "key=value:Effect,key2:Effect". */
export function parseNodeTaints(option: string, value: string | undefined): { key: string; value: string; effect: string }[] | undefined {
  if (value === undefined || value === "") return undefined;
  return value.split(",").map((item) => item.trim()).filter(Boolean).map((item) => {
    const colon = item.lastIndexOf(":");
    const effect = colon < 0 ? "" : item.slice(colon + 1);
    if (!TAINT_EFFECTS.includes(effect)) throw new InvalidKubeletOptionError(option, `${JSON.stringify(item)}: the effect must be one of ${TAINT_EFFECTS.join(", ")} (key=value:Effect)`);
    const [key, taintValue = ""] = item.slice(0, colon).split("=", 2);
    if (!key) throw new InvalidKubeletOptionError(option, `${JSON.stringify(item)}: a taint needs a key (key=value:Effect)`);
    return { key, value: taintValue, effect };
  });
}
