// The workload of the pod benchmarks: a Deployment of `sleep 3600` run from the host (image
// "host": nothing to pull, and the cheapest process there is to start).
import type { KubeObject } from "../../runtime/api-client.ts";
import { hostDeployment } from "./host-deployment.ts";

export const SLEEP_COMMAND = ["sleep", "3600"] as const;

export function sleepDeployment(name: string, replicas: number): KubeObject {
  return hostDeployment(name, replicas, { name: "sleep", command: [...SLEEP_COMMAND] });
}
