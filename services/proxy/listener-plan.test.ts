import test from "ava";
import { planListeners } from "./listener-plan.ts";
import type { ServiceObject } from "./types.ts";

function service(name: string, spec: ServiceObject["spec"], creationTimestamp = "2026-01-01T00:00:00Z"): ServiceObject {
  return { apiVersion: "v1", kind: "Service", metadata: { name, namespace: "default", creationTimestamp }, spec };
}

function addresses(services: ServiceObject[]): string[] {
  return planListeners(services, "10.0.0.5").listeners.map((l) => `${l.kind} ${l.address}:${l.port} -> ${l.target.service}:${l.target.portName}`).sort();
}

test("a ClusterIP service gets one listener per port on its cluster IP", (t) => {
  const web = service("web", { type: "ClusterIP", clusterIP: "127.77.0.5", ports: [{ name: "http", port: 80, protocol: "TCP" }, { name: "https", port: 443 }] });
  t.deepEqual(addresses([web]), ["cluster_ip 127.77.0.5:443 -> default/web:https", "cluster_ip 127.77.0.5:80 -> default/web:http"]);
});

test("a NodePort service also listens on the node address at its node port", (t) => {
  const web = service("web", { type: "NodePort", clusterIP: "127.77.0.5", ports: [{ port: 80, nodePort: 30080 }] });
  t.deepEqual(addresses([web]), ["cluster_ip 127.77.0.5:80 -> default/web:", "node_port 10.0.0.5:30080 -> default/web:"]);
});

test("a LoadBalancer service listens on the cluster IP, the node port and the service port of the node address", (t) => {
  const web = service("web", { type: "LoadBalancer", clusterIP: "127.77.0.5", ports: [{ name: "http", port: 8080, nodePort: 30080 }] });
  t.deepEqual(addresses([web]), [
    "cluster_ip 127.77.0.5:8080 -> default/web:http",
    "load_balancer 10.0.0.5:8080 -> default/web:http",
    "node_port 10.0.0.5:30080 -> default/web:http",
  ]);
});

test("headless and ExternalName services and services without a cluster IP get no cluster IP listener", (t) => {
  const headless = service("db", { type: "ClusterIP", clusterIP: "None", ports: [{ port: 5432 }] });
  const external = service("ext", { type: "ExternalName", externalName: "example.com", ports: [{ port: 80 }] });
  const unallocated = service("new", { type: "ClusterIP", ports: [{ port: 80 }] });
  t.deepEqual(addresses([headless, external, unallocated]), []);
});

test("every address of clusterIPs gets a listener", (t) => {
  const web = service("web", { clusterIP: "127.77.0.5", clusterIPs: ["127.77.0.5", "127.77.0.6"], ports: [{ port: 80 }] });
  t.deepEqual(addresses([web]), ["cluster_ip 127.77.0.5:80 -> default/web:", "cluster_ip 127.77.0.6:80 -> default/web:"]);
});

test("UDP ports are skipped with a reason, TCP ports of the same service still served", (t) => {
  const dns = service("dns", { clusterIP: "127.77.0.20", ports: [{ name: "dns", port: 53, protocol: "UDP" }, { name: "dns-tcp", port: 53, protocol: "TCP" }] });
  const plan = planListeners([dns], "10.0.0.5");
  t.deepEqual(plan.listeners.map((l) => l.target.portName), ["dns-tcp"]);
  t.deepEqual(plan.skipped.map((s) => [s.target.portName, s.reason]), [["dns", "unsupported_protocol"]]);
});

test("two LoadBalancer services on the same port: the older keeps the node address, the newer is reported", (t) => {
  const older = service("a", { type: "LoadBalancer", clusterIP: "127.77.0.5", ports: [{ port: 80, nodePort: 30001 }] }, "2026-01-01T00:00:00Z");
  const newer = service("b", { type: "LoadBalancer", clusterIP: "127.77.0.6", ports: [{ port: 80, nodePort: 30002 }] }, "2026-01-02T00:00:00Z");
  const plan = planListeners([newer, older], "10.0.0.5");
  const lb = plan.listeners.filter((l) => l.kind === "load_balancer");
  t.deepEqual(lb.map((l) => l.target.service), ["default/a"]);
  t.deepEqual(plan.skipped.map((s) => [s.target.service, s.reason, s.port]), [["default/b", "address_taken", 80]]);
  t.is(plan.listeners.length, 5);
});
