import test from "ava";
import { serviceRow } from "./service-row.ts";
import { eventRow } from "./event-row.ts";
import { nodeRow } from "./node-row.ts";

const service = { apiVersion: "v1", kind: "Service", metadata: { namespace: "default", name: "hello" }, spec: { type: "LoadBalancer", clusterIP: "10.96.0.10", ports: [{ port: 80, protocol: "TCP", targetPort: 8080 }] } };

test("a Service row lists its Endpoints' ready and unready addresses with their ports", (t) => {
  const endpoints = { apiVersion: "v1", kind: "Endpoints", subsets: [{ addresses: [{ ip: "127.128.2.1" }, { ip: "127.128.1.1" }], notReadyAddresses: [{ ip: "127.128.3.1" }], ports: [{ port: 8080 }] }] };
  t.deepEqual(serviceRow(service, endpoints), { namespace: "default", name: "hello", type: "LoadBalancer", clusterIP: "10.96.0.10", ports: ["80/TCP→8080"], ready: ["127.128.1.1:8080", "127.128.2.1:8080"], notReady: ["127.128.3.1:8080"] });
  t.like(serviceRow(service, undefined), { ready: [], notReady: [] });
});

test("a node row reads the Ready condition; an event row names its object and latest time", (t) => {
  t.like(nodeRow({ apiVersion: "v1", kind: "Node", metadata: { name: "node-1" }, status: { conditions: [{ type: "Ready", status: "False" }], allocatable: { cpu: "2", pods: "110" } } }), { name: "node-1", ready: "NotReady", cpu: "2", maxPods: "110" });
  t.is(nodeRow({ apiVersion: "v1", kind: "Node", metadata: { name: "node-2" } }).ready, "Unknown");
  t.like(eventRow({ apiVersion: "v1", kind: "Event", metadata: { name: "e1", namespace: "default" }, type: "Warning", reason: "BackOff", involvedObject: { kind: "Pod", name: "hello-1" }, count: 4, lastTimestamp: "2026-01-01T00:00:09Z", source: { component: "kubelet", host: "node-1" } }), { object: "Pod/hello-1", count: 4, lastTime: "2026-01-01T00:00:09Z", source: "kubelet, node-1" });
});
