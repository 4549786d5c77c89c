// The workload of the pod benchmarks: a Deployment of `sleep 3600` run from the host (image
// "host": nothing to pull, and the cheapest process there is to start).
import type { KubeObject } from "../../runtime/api-client.ts";

export const SLEEP_COMMAND = ["sleep", "3600"] as const;

/** Pods labelled app=<name> in the default namespace; a short grace period so deletes end fast. */
export function sleepDeployment(name: string, replicas: number): KubeObject {
  return {
    apiVersion: "apps/v1", kind: "Deployment", metadata: { name, namespace: "default" },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: { terminationGracePeriodSeconds: 1, containers: [{ name: "sleep", image: "host", command: [...SLEEP_COMMAND] }] },
      },
    },
  };
}
