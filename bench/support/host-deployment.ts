// The Deployment shape of the pod benchmarks: pods labelled app=<name> in the default namespace,
// one container run from the host (image "host": nothing to pull), a short grace period so
// deletes end fast.
import type { KubeObject } from "../../runtime/api-client.ts";

export function hostDeployment(name: string, replicas: number, container: Record<string, unknown>): KubeObject {
  return {
    apiVersion: "apps/v1", kind: "Deployment", metadata: { name, namespace: "default" },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: { terminationGracePeriodSeconds: 1, containers: [{ image: "host", ...container }] },
      },
    },
  };
}
