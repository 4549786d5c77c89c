// The cluster autoscaler's configuration (docs/autoscaling.md, "Cluster autoscaler"): its node
// groups (name, min and max size, the template every new node of the group is made from) and its
// timings, as the Kubernetes cluster autoscaler's flags name them. Read from the JSON file
// TROUPE_CLUSTER_AUTOSCALER_CONFIG; a bad field is refused with its path and what is allowed.
import type { Taint } from "../../scheduler/framework/types.ts";
import { parseQuantity } from "../../../runtime/quantity.ts";

export interface NodeTemplate {
  /** Allocatable cpu of a new node ("4", "3500m"). */
  cpu: string;
  /** Allocatable memory ("8Gi"). */
  memory: string;
  /** How many pods it takes (110 as the kubelet's default). */
  pods: number;
  labels: Record<string, string>;
  taints: Taint[];
}

export interface NodeGroup {
  name: string;
  minSize: number;
  maxSize: number;
  template: NodeTemplate;
}

export interface ClusterAutoscalerConfig {
  nodeGroups: NodeGroup[];
  /** How often the autoscaler looks even without a change (--scan-interval; Kubernetes 10s). */
  scanIntervalMs: number;
  /** Below this share of requests/allocatable (cpu or memory, the larger) a node is unneeded (0.5). */
  scaleDownUtilizationThreshold: number;
  /** How long a node stays unneeded before it is removed (--scale-down-unneeded-time; 10m). */
  scaleDownUnneededMs: number;
  /** No scale-down this long after a scale-up (--scale-down-delay-after-add; 10m). */
  scaleDownDelayAfterAddMs: number;
  /** A requested node not Ready after this long is given up on (--max-node-provision-time; 15m). */
  maxNodeProvisionMs: number;
  /** Pods not evicted and gone after this long abort a drain (--max-graceful-termination-sec; 10m). */
  maxDrainMs: number;
  /** Skip nodes with pods using emptyDir (--skip-nodes-with-local-storage; true). */
  skipNodesWithLocalStorage: boolean;
}

export class InvalidClusterAutoscalerConfigError extends Error {
  override readonly name = "InvalidClusterAutoscalerConfigError";
  readonly code = "InvalidClusterAutoscalerConfig";
  readonly field: string;
  constructor(field: string, message: string) {
    super(`${field}: Invalid value: ${message}`);
    this.field = field;
  }
}

export const NODE_GROUP_LABEL = "troupe.dev/node-group";
const NAME = /^[a-z0-9]([-a-z0-9]{0,30}[a-z0-9])?$/;
const EFFECTS = ["NoSchedule", "PreferNoSchedule", "NoExecute"];

const DEFAULTS = {
  scanIntervalMs: 1000,
  scaleDownUtilizationThreshold: 0.5,
  scaleDownUnneededMs: 600_000,
  scaleDownDelayAfterAddMs: 600_000,
  maxNodeProvisionMs: 900_000,
  maxDrainMs: 600_000,
  skipNodesWithLocalStorage: true,
} as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function duration(value: unknown, field: string, fallback: number): number {
  if (value === undefined) return fallback;
  const text = typeof value === "number" ? `${value}s` : String(value);
  const match = /^([0-9]+(?:\.[0-9]+)?)(ms|s|m|h)$/.exec(text.trim());
  if (!match) throw new InvalidClusterAutoscalerConfigError(field, `${JSON.stringify(value)}: a duration such as "500ms", "10s", "10m", "1h" or a number of seconds`);
  const scale = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[match[2] as "ms" | "s" | "m" | "h"];
  return Number(match[1]) * scale;
}

function quantity(value: unknown, field: string): string {
  if (typeof value !== "string" && typeof value !== "number") throw new InvalidClusterAutoscalerConfigError(field, `${JSON.stringify(value)}: a quantity such as "4" or "8Gi" is required`);
  try {
    if (!(parseQuantity(String(value)) > 0)) throw new Error("not positive");
  } catch {
    throw new InvalidClusterAutoscalerConfigError(field, `${JSON.stringify(value)}: must be a positive quantity such as "4", "3500m", "8Gi"`);
  }
  return String(value);
}

function stringMap(value: unknown, field: string): Record<string, string> {
  if (value === undefined) return {};
  if (!isRecord(value) || Object.values(value).some((entry) => typeof entry !== "string")) throw new InvalidClusterAutoscalerConfigError(field, "must be an object of strings");
  return value as Record<string, string>;
}

function taints(value: unknown, field: string): Taint[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new InvalidClusterAutoscalerConfigError(field, "must be a list of {key, value, effect}");
  return value.map((taint: unknown, i) => {
    if (!isRecord(taint) || typeof taint.key !== "string" || taint.key === "") throw new InvalidClusterAutoscalerConfigError(`${field}[${i}].key`, "a taint needs a key");
    if (!EFFECTS.includes(String(taint.effect))) throw new InvalidClusterAutoscalerConfigError(`${field}[${i}].effect`, `${JSON.stringify(taint.effect)}: supported values: ${EFFECTS.map((e) => `"${e}"`).join(", ")}`);
    return { key: taint.key, value: typeof taint.value === "string" ? taint.value : "", effect: String(taint.effect) };
  });
}

function nodeGroup(value: unknown, field: string): NodeGroup {
  if (!isRecord(value)) throw new InvalidClusterAutoscalerConfigError(field, "must be an object");
  const name = value.name;
  if (typeof name !== "string" || !NAME.test(name)) throw new InvalidClusterAutoscalerConfigError(`${field}.name`, `${JSON.stringify(name)}: lower-case letters, digits and '-', at most 32 characters`);
  const minSize = value.minSize ?? 0;
  const maxSize = value.maxSize;
  if (!Number.isInteger(minSize) || (minSize as number) < 0) throw new InvalidClusterAutoscalerConfigError(`${field}.minSize`, `${JSON.stringify(minSize)}: must be an integer >= 0`);
  if (!Number.isInteger(maxSize) || (maxSize as number) < 1) throw new InvalidClusterAutoscalerConfigError(`${field}.maxSize`, `${JSON.stringify(maxSize)}: must be an integer >= 1`);
  if ((maxSize as number) < (minSize as number)) throw new InvalidClusterAutoscalerConfigError(`${field}.maxSize`, `${maxSize}: must be >= minSize (${minSize})`);
  const template = value.template;
  if (!isRecord(template)) throw new InvalidClusterAutoscalerConfigError(`${field}.template`, "the template of the group's nodes is required ({cpu, memory, pods, labels, taints})");
  const pods = template.pods ?? 110;
  if (!Number.isInteger(pods) || (pods as number) < 1) throw new InvalidClusterAutoscalerConfigError(`${field}.template.pods`, `${JSON.stringify(pods)}: must be an integer >= 1`);
  return {
    name,
    minSize: minSize as number,
    maxSize: maxSize as number,
    template: {
      cpu: quantity(template.cpu, `${field}.template.cpu`),
      memory: quantity(template.memory, `${field}.template.memory`),
      pods: pods as number,
      labels: stringMap(template.labels, `${field}.template.labels`),
      taints: taints(template.taints, `${field}.template.taints`),
    },
  };
}

/** Validates and defaults a parsed configuration file. */
export function parseClusterAutoscalerConfig(value: unknown): ClusterAutoscalerConfig {
  if (!isRecord(value)) throw new InvalidClusterAutoscalerConfigError("config", "must be a JSON object with nodeGroups");
  if (!Array.isArray(value.nodeGroups) || value.nodeGroups.length === 0) throw new InvalidClusterAutoscalerConfigError("nodeGroups", "at least one node group is required");
  const nodeGroups = value.nodeGroups.map((group: unknown, i) => nodeGroup(group, `nodeGroups[${i}]`));
  const names = new Set<string>();
  for (const [i, group] of nodeGroups.entries()) {
    if (names.has(group.name)) throw new InvalidClusterAutoscalerConfigError(`nodeGroups[${i}].name`, `${JSON.stringify(group.name)}: duplicate`);
    names.add(group.name);
  }
  const threshold = value.scaleDownUtilizationThreshold ?? DEFAULTS.scaleDownUtilizationThreshold;
  if (typeof threshold !== "number" || !(threshold > 0 && threshold <= 1)) throw new InvalidClusterAutoscalerConfigError("scaleDownUtilizationThreshold", `${JSON.stringify(threshold)}: must be a number in (0, 1]`);
  const skip = value.skipNodesWithLocalStorage ?? DEFAULTS.skipNodesWithLocalStorage;
  if (typeof skip !== "boolean") throw new InvalidClusterAutoscalerConfigError("skipNodesWithLocalStorage", `${JSON.stringify(skip)}: must be true or false`);
  const scanIntervalMs = duration(value.scanInterval, "scanInterval", DEFAULTS.scanIntervalMs);
  if (!(scanIntervalMs > 0)) throw new InvalidClusterAutoscalerConfigError("scanInterval", "must be positive");
  return {
    nodeGroups,
    scanIntervalMs,
    scaleDownUtilizationThreshold: threshold,
    scaleDownUnneededMs: duration(value.scaleDownUnneededTime, "scaleDownUnneededTime", DEFAULTS.scaleDownUnneededMs),
    scaleDownDelayAfterAddMs: duration(value.scaleDownDelayAfterAdd, "scaleDownDelayAfterAdd", DEFAULTS.scaleDownDelayAfterAddMs),
    maxNodeProvisionMs: duration(value.maxNodeProvisionTime, "maxNodeProvisionTime", DEFAULTS.maxNodeProvisionMs),
    maxDrainMs: duration(value.maxGracefulTerminationTime, "maxGracefulTerminationTime", DEFAULTS.maxDrainMs),
    skipNodesWithLocalStorage: skip,
  };
}
