import test from "ava";
import type { KubeObject } from "../../runtime/api-client.ts";
import { podScrapeTargets } from "./pod-scrape-targets.ts";

function pod(name: string, annotations: Record<string, string>, status: Record<string, unknown> = {}): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name, namespace: "shop", annotations },
    spec: { nodeName: "node-2" },
    status: { phase: "Running", podIP: "127.128.2.7", containerStatuses: [{ ports: [{ name: "http", containerPort: 80, hostPort: 41000, hostIP: "127.128.2.7" }, { name: "health", containerPort: 9090, hostPort: 41001, hostIP: "127.128.2.7" }] }], ...status },
  };
}

test("an annotated Running pod is scraped on the host port mapped to its prometheus.io/port, by number or name", (t) => {
  t.deepEqual(podScrapeTargets([pod("a", { "prometheus.io/scrape": "true", "prometheus.io/port": "9090" })]), [
    { targets: ["127.128.2.7:41001"], labels: { job: "troupe-pods", namespace: "shop", pod: "a", node: "node-2", __metrics_path__: "/metrics" } },
  ]);
  t.deepEqual(podScrapeTargets([pod("b", { "prometheus.io/scrape": "true", "prometheus.io/port": "health", "prometheus.io/path": "/m" })]).map((group) => [group.targets, group.labels.__metrics_path__]), [[["127.128.2.7:41001"], "/m"]]);
  t.deepEqual(podScrapeTargets([pod("c", { "prometheus.io/scrape": "true" })])[0].targets, ["127.128.2.7:41000"], "no port annotation: the first port");
});

test("pods not annotated, not Running, or without the port mapped are left out", (t) => {
  t.deepEqual(podScrapeTargets([
    pod("plain", {}),
    pod("off", { "prometheus.io/scrape": "false" }),
    pod("pending", { "prometheus.io/scrape": "true" }, { phase: "Pending", containerStatuses: [] }),
    pod("other-port", { "prometheus.io/scrape": "true", "prometheus.io/port": "7777" }),
    pod("unmapped", { "prometheus.io/scrape": "true" }, { containerStatuses: [{}] }),
  ]), []);
});
