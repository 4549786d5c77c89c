// The front end's Prometheus metrics. Labels are bounded: verb (Kubernetes verbs), resource
// (served kinds plus "other" for non-resource paths), code (HTTP status).
import { Counter, Gauge, Histogram, type Registry } from "prom-client";
import { RESOURCES } from "../../runtime/codec/resources.ts";

export const KUBE_API_VERBS = ["get", "list", "watch", "create", "update", "patch", "delete", "deletecollection", "connect", "discovery"] as const;
export const OTHER_RESOURCE = "other";

export interface KubeApiMetrics {
  requests: Counter<"verb" | "resource" | "code">;
  duration: Histogram<"verb">;
  watches: Gauge;
  inflight: Gauge;
  authentications: Counter<"method">;
}

export function createKubeApiMetrics(registry: Registry): KubeApiMetrics {
  const requests = new Counter({
    name: "troupe_kubeapi_requests_total",
    help: "Kubernetes REST requests handled, by verb, resource and HTTP status code.",
    labelNames: ["verb", "resource", "code"] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: "troupe_kubeapi_request_duration_seconds",
    help: "Time to answer a Kubernetes REST request (watches and streams: until their headers are sent).",
    labelNames: ["verb"] as const,
    buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers: [registry],
  });
  const watches = new Gauge({ name: "troupe_kubeapi_watches", help: "Watches this front end is streaming.", registers: [registry] });
  const inflight = new Gauge({ name: "troupe_kubeapi_inflight_requests", help: "Requests being handled now.", registers: [registry] });
  const authentications = new Counter({
    name: "troupe_kubeapi_authentications_total",
    help: "Requests authenticated, by method: x509 (client certificate), token (bearer) or anonymous.",
    labelNames: ["method"] as const,
    registers: [registry],
  });
  for (const method of ["x509", "token", "anonymous"]) authentications.inc({ method }, 0);
  for (const verb of KUBE_API_VERBS) {
    duration.zero({ verb });
    for (const info of RESOURCES) requests.inc({ verb, resource: info.plural, code: "200" }, 0);
  }
  return { requests, duration, watches, inflight, authentications };
}
