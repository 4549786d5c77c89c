// A fixed CPU load shared by a Service's pods, for the HPA's load-step test and benchmark: the
// hello example (examples/hello/app) burns `cpu_ms` of CPU per request, and an open-loop
// generator sends `rate` requests per second through the Service's cluster IP (a new connection
// each, so the node proxy spreads them over the ready pods). The total CPU is ~rate x cpu_ms
// ms/s however many replicas share it, so Kubernetes' formula has one fixed point:
// ceil(total / (request x target)).
import { request as httpRequest } from "node:http";
import type { KubeObject } from "../../runtime/api-client.ts";
import type { WorkloadCluster } from "./workload-cluster.ts";
import { eventually } from "./workload-cluster.ts";

export const HPA_TOLERANCE = 0.1;

/** Kubernetes' replica formula for one Resource Utilization metric with every pod ready and measured. */
export function formulaReplicas(currentReplicas: number, utilization: number, target: number): number {
  const ratio = utilization / target;
  return Math.abs(1 - ratio) <= HPA_TOLERANCE ? currentReplicas : Math.ceil(ratio * currentReplicas);
}

export function helloDeployment(name: string, cpuRequest: string): KubeObject {
  return {
    apiVersion: "apps/v1", kind: "Deployment", metadata: { name, namespace: "default" },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: {
          terminationGracePeriodSeconds: 2,
          containers: [{
            name: "hello", image: "hello:plain-text", ports: [{ containerPort: 80 }],
            env: [{ name: "POD_NAME", valueFrom: { fieldRef: { fieldPath: "metadata.name" } } }, { name: "HELLO_SHUTDOWN_DEADLINE_MS", value: "1500" }],
            resources: { requests: { cpu: cpuRequest } },
          }],
        },
      },
    },
  };
}

export function helloService(name: string): KubeObject {
  return { apiVersion: "v1", kind: "Service", metadata: { name, namespace: "default" }, spec: { selector: { app: name }, ports: [{ protocol: "TCP", port: 80, targetPort: 80 }] } };
}

export function cpuHpa(name: string, options: { targetPercent: number; maxReplicas: number; scaleDownWindowSeconds: number; scaleUpWindowSeconds?: number }): KubeObject {
  return {
    apiVersion: "autoscaling/v2", kind: "HorizontalPodAutoscaler", metadata: { name, namespace: "default" },
    spec: {
      scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name }, minReplicas: 1, maxReplicas: options.maxReplicas,
      metrics: [{ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: options.targetPercent } } }],
      behavior: {
        scaleDown: { stabilizationWindowSeconds: options.scaleDownWindowSeconds },
        ...(options.scaleUpWindowSeconds ? { scaleUp: { stabilizationWindowSeconds: options.scaleUpWindowSeconds } } : {}),
      },
    },
  };
}

/** One GET on a new connection; resolves with the status code (0 on a socket error). */
export function getOnce(host: string, path: string, timeoutMs = 10_000): Promise<number> {
  return new Promise((resolve) => {
    const outgoing = httpRequest({ host, port: 80, path, agent: false, timeout: timeoutMs }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
      response.on("error", () => resolve(0));
    });
    outgoing.on("timeout", () => outgoing.destroy(new Error("timed out")));
    outgoing.on("error", () => resolve(0));
    outgoing.end();
  });
}

/** The Service's cluster IP once a request through it is answered. */
export async function serviceAddress(cluster: WorkloadCluster, name: string): Promise<string> {
  const service = await eventually(async () => (await cluster.json.get("services", name, { namespace: "default" })) as { spec?: { clusterIP?: string } }, (svc) => Boolean(svc.spec?.clusterIP), `${name}'s cluster IP`, 30_000);
  const ip = service.spec?.clusterIP ?? "";
  const readyAddresses = async () => ((await cluster.json.get("endpoints", name, { namespace: "default" })) as { subsets?: { addresses?: unknown[] }[] }).subsets?.flatMap((subset) => subset.addresses ?? []).length ?? 0;
  await eventually(readyAddresses, (count) => count > 0, `a ready endpoint of ${name}`, 120_000);
  await eventually(() => getOnce(ip, "/"), (code) => code === 200, `${name} answering on ${ip}:80`, 60_000);
  return ip;
}

export interface LoadGenerator {
  /** Requests sent, answered 200, failed (socket error or other status), dropped (too many in flight). */
  counts(): { sent: number; ok: number; failed: number; dropped: number };
  stop(): Promise<void>;
}

/**
 * Open loop: request i is due at start + i/rate; a timer every 10 ms sends every request due by
 * then (a late timer catches up, so the rate holds on a busy machine), at most `maxInFlight` at once.
 */
export function startLoad(host: string, options: { rate: number; cpuMs: number; maxInFlight?: number }): LoadGenerator {
  const started = performance.now();
  const maxInFlight = options.maxInFlight ?? 200;
  const path = `/?cpu_ms=${options.cpuMs}`;
  const inFlight = new Set<Promise<void>>();
  let sent = 0;
  let ok = 0;
  let failed = 0;
  let dropped = 0;
  const timer = setInterval(() => {
    const due = Math.floor(((performance.now() - started) * options.rate) / 1000) + 1;
    while (sent + dropped < due && inFlight.size < maxInFlight) {
      sent++;
      const one = getOnce(host, path).then((code) => {
        if (code === 200) ok++;
        else failed++;
        inFlight.delete(one);
      });
      inFlight.add(one);
    }
    // Requests that could not start (too many in flight) are dropped, not sent in a burst later.
    dropped = due - sent;
  }, 10);
  return {
    counts: () => ({ sent, ok, failed, dropped }),
    async stop() {
      clearInterval(timer);
      await Promise.all(inFlight);
    },
  };
}
