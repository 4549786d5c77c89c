import test from "ava";
import type { NodeMetrics, PodMetrics } from "../../runtime/resource-metrics/metrics-objects.ts";
import { nodeTopTable, podTopTable } from "./top-table.ts";

const pod = (namespace: string, name: string, containers: [string, string, string][]): PodMetrics => ({
  apiVersion: "metrics.k8s.io/v1beta1", kind: "PodMetrics",
  metadata: { name, namespace, labels: {}, annotations: {}, creationTimestamp: "" },
  timestamp: "", window: "1s",
  containers: containers.map(([container, cpu, memory]) => ({ name: container, usage: { cpu, memory } })),
});

const pods = [
  pod("default", "burn", [["main", "200000000n", "10240Ki"]]),
  pod("default", "idle", [["main", "0", "65536Ki"], ["side", "1500000n", "1024Ki"]]),
];

test("pods as kubectl top prints them: millicores and MiB", (t) => {
  t.is(podTopTable(pods, { allNamespaces: false, containers: false, sort: undefined, noHeaders: false }), [
    "NAME   CPU(cores)   MEMORY(bytes)",
    "burn   200m         10Mi",
    "idle   2m           65Mi",
    "",
  ].join("\n"));
});

test("sorted by memory, across namespaces, without headers, per container", (t) => {
  t.is(podTopTable(pods, { allNamespaces: true, containers: false, sort: "memory", noHeaders: true }).split("\n")[0], "default   idle   2m     65Mi");
  t.is(podTopTable(pods, { allNamespaces: false, containers: true, sort: "cpu", noHeaders: false }), [
    "POD    NAME   CPU(cores)   MEMORY(bytes)",
    "burn   main   200m         10Mi",
    "idle   side   2m           1Mi",
    "idle   main   0m           64Mi",
    "",
  ].join("\n"));
});

test("nodes with their share of allocatable, unknown when the node says nothing", (t) => {
  const node = (name: string): NodeMetrics => ({ apiVersion: "metrics.k8s.io/v1beta1", kind: "NodeMetrics", metadata: { name, labels: {}, creationTimestamp: "" }, timestamp: "", window: "1s", usage: { cpu: "500000000n", memory: "1048576Ki" } });
  t.is(nodeTopTable([node("a"), node("b")], new Map([["a", { cpuCores: 2, memoryBytes: 4 * 2 ** 30 }]]), { sort: "cpu", noHeaders: false }), [
    "NAME   CPU(cores)   CPU(%)      MEMORY(bytes)   MEMORY(%)",
    "a      500m         25%         1024Mi          25%",
    "b      500m         <unknown>   1024Mi          <unknown>",
    "",
  ].join("\n"));
});
