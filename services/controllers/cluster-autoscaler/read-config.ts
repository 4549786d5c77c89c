// Reads TROUPE_CLUSTER_AUTOSCALER_CONFIG: a JSON file (docs/autoscaling.md, "Cluster autoscaler").
import { readFile } from "node:fs/promises";
import { InvalidClusterAutoscalerConfigError, parseClusterAutoscalerConfig, type ClusterAutoscalerConfig } from "./node-group-config.ts";

export async function readClusterAutoscalerConfig(path: string): Promise<ClusterAutoscalerConfig> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    throw new InvalidClusterAutoscalerConfigError("TROUPE_CLUSTER_AUTOSCALER_CONFIG", `${path}: not a readable JSON file (${(error as Error).message})`);
  }
  return parseClusterAutoscalerConfig(parsed);
}
