import test from "ava";
import type { NodeObject, ServiceObject } from "../resources.ts";
import { desiredIngress, managesLoadBalancerStatus, sameIngress } from "./load-balancer-ingress.ts";

function node(name: string, ready: boolean, ...ips: string[]): NodeObject {
  return {
    apiVersion: "v1",
    kind: "Node",
    metadata: { name },
    status: {
      conditions: [{ type: "Ready", status: ready ? "True" : "Unknown" }],
      addresses: [...ips.map((address) => ({ type: "InternalIP", address })), { type: "Hostname", address: name }],
    },
  };
}

const service = (type: string, loadBalancerClass = ""): ServiceObject => ({ apiVersion: "v1", kind: "Service", metadata: { name: "web", namespace: "default" }, spec: { type, loadBalancerClass } });

test("a LoadBalancer service's ingress is each distinct InternalIP of the Ready nodes, in address order", (t) => {
  const nodes = [node("n3", true, "127.0.0.10"), node("n1", true, "127.0.0.1"), node("n2", true, "127.0.0.1"), node("dead", false, "127.0.0.3")];
  t.deepEqual(desiredIngress(service("LoadBalancer"), nodes), [{ ip: "127.0.0.1" }, { ip: "127.0.0.10" }]);
});

test("other service types get no ingress, and services of another load balancer class are not ours", (t) => {
  const nodes = [node("n1", true, "127.0.0.1")];
  t.deepEqual(desiredIngress(service("ClusterIP"), nodes), []);
  t.deepEqual(desiredIngress(service("NodePort"), nodes), []);
  t.true(managesLoadBalancerStatus(service("LoadBalancer")));
  t.false(managesLoadBalancerStatus(service("LoadBalancer", "example.com/metal")));
});

test("ingress lists compare by address, an absent list equal to an empty one", (t) => {
  t.true(sameIngress(null, []));
  t.true(sameIngress([{ ip: "127.0.0.1", hostname: "" }], [{ ip: "127.0.0.1" }]));
  t.false(sameIngress([{ ip: "127.0.0.1" }], [{ ip: "127.0.0.2" }]));
});

test("of two LoadBalancer services on the same port, the older gets the ingress and the newer stays pending", (t) => {
  const nodes = [node("n1", true, "127.0.0.1")];
  const lb = (name: string, created: string, port: number): ServiceObject => ({
    apiVersion: "v1", kind: "Service", metadata: { name, namespace: "default", creationTimestamp: created }, spec: { type: "LoadBalancer", ports: [{ port, protocol: "TCP" }] },
  });
  const older = lb("web", "2026-11-21T10:00:00Z", 80);
  const newer = lb("other", "2026-11-21T10:00:05Z", 80);
  const elsewhere = lb("api", "2026-11-21T10:00:09Z", 8080);
  const all = [newer, older, elsewhere];
  t.deepEqual(desiredIngress(older, nodes, all), [{ ip: "127.0.0.1" }]);
  t.deepEqual(desiredIngress(newer, nodes, all), []);
  t.deepEqual(desiredIngress(elsewhere, nodes, all), [{ ip: "127.0.0.1" }]);
  // Created in the same second: the name decides, as in the node proxies.
  const twin = lb("alpha", "2026-11-21T10:00:00Z", 80);
  t.deepEqual(desiredIngress(older, nodes, [older, twin]), []);
  t.deepEqual(desiredIngress(twin, nodes, [older, twin]), [{ ip: "127.0.0.1" }]);
});
