// Which pods the cluster's Prometheus scrapes: those annotated as Kubernetes' Prometheus
// conventions have it (prometheus.io/scrape: "true", prometheus.io/port: a container port number
// or name, prometheus.io/path: default /metrics). Pods share the host network, so each declared
// container port is reachable on its mapped host port (status.containerStatuses[].ports,
// docs/networking.md): that is the target. Mesh services (runtime/mesh) serve /metrics there.
import type { KubeObject } from "../../runtime/api-client.ts";
import type { ScrapeTargetGroup } from "./prometheus-config.ts";

export const ScrapeAnnotations = {
  scrape: "prometheus.io/scrape",
  port: "prometheus.io/port",
  path: "prometheus.io/path",
} as const;

interface MappedPort {
  name?: string;
  containerPort: number;
  hostPort?: number;
  hostIP?: string;
}

interface PodShape {
  metadata?: { name?: string; namespace?: string; annotations?: Record<string, string> };
  spec?: { nodeName?: string };
  status?: { phase?: string; podIP?: string; containerStatuses?: { ports?: MappedPort[] }[] };
}

/** One target group per annotated Running pod whose port is mapped (job "troupe-pods"). */
export function podScrapeTargets(pods: readonly KubeObject[]): ScrapeTargetGroup[] {
  const groups: ScrapeTargetGroup[] = [];
  for (const pod of pods as readonly PodShape[]) {
    const annotations = pod.metadata?.annotations ?? {};
    if (annotations[ScrapeAnnotations.scrape] !== "true" || pod.status?.phase !== "Running") continue;
    const wanted = annotations[ScrapeAnnotations.port];
    const ports = (pod.status.containerStatuses ?? []).flatMap((status) => status.ports ?? []);
    const port = wanted === undefined ? ports[0] : ports.find((candidate) => String(candidate.containerPort) === wanted || candidate.name === wanted);
    if (!port?.hostPort) continue;
    const host = port.hostIP || pod.status.podIP;
    if (!host) continue;
    groups.push({
      targets: [`${host}:${port.hostPort}`],
      labels: {
        job: "troupe-pods",
        namespace: pod.metadata?.namespace ?? "default",
        pod: pod.metadata?.name ?? "",
        node: pod.spec?.nodeName ?? "",
        __metrics_path__: annotations[ScrapeAnnotations.path] || "/metrics",
      },
    });
  }
  return groups;
}
