import test from "ava";
import { defaultEndpoints, defaultService } from "./service.ts";

test("services default to a single-stack IPv4 ClusterIP with TCP ports targeting themselves", (t) => {
  const service: Record<string, any> = { spec: { selector: { app: "a" }, ports: [{ port: 80 }, { port: 443, targetPort: { strVal: "https" }, protocol: "TCP" }] } };
  defaultService(service);
  t.like(service.spec, { type: "ClusterIP", sessionAffinity: "None", internalTrafficPolicy: "Cluster", ipFamilyPolicy: "SingleStack" });
  t.deepEqual(service.spec.ipFamilies, ["IPv4"]);
  t.deepEqual(service.spec.ports[0], { port: 80, protocol: "TCP", targetPort: { intVal: 80 } });
  t.deepEqual(service.spec.ports[1].targetPort, { strVal: "https" });
  t.is(service.spec.externalTrafficPolicy, undefined);
});

test("a zero target port counts as unset", (t) => {
  const service: Record<string, any> = { spec: { ports: [{ port: 8080, targetPort: { intVal: 0 } }] } };
  defaultService(service);
  t.deepEqual(service.spec.ports[0].targetPort, { intVal: 8080 });
});

test("node port and load balancer services route external traffic cluster-wide", (t) => {
  const loadBalancer: Record<string, any> = { spec: { type: "LoadBalancer", ports: [{ port: 80 }] } };
  defaultService(loadBalancer);
  t.like(loadBalancer.spec, { externalTrafficPolicy: "Cluster", allocateLoadBalancerNodePorts: true });
  const nodePort: Record<string, any> = { spec: { type: "NodePort", externalTrafficPolicy: "Local" } };
  defaultService(nodePort);
  t.is(nodePort.spec.externalTrafficPolicy, "Local");
  t.is(nodePort.spec.allocateLoadBalancerNodePorts, undefined);
});

test("external name services get no cluster networking defaults", (t) => {
  const service: Record<string, any> = { spec: { type: "ExternalName", externalName: "example.com" } };
  defaultService(service);
  t.is(service.spec.internalTrafficPolicy, undefined);
  t.is(service.spec.ipFamilies, undefined);
  t.is(service.spec.sessionAffinity, "None");
});

test("client IP affinity defaults its timeout to three hours", (t) => {
  const service: Record<string, any> = { spec: { sessionAffinity: "ClientIP" } };
  defaultService(service);
  t.is(service.spec.sessionAffinityConfig.clientIP.timeoutSeconds, 10800);
});

test("endpoint ports default to TCP", (t) => {
  const endpoints: Record<string, any> = { subsets: [{ ports: [{ port: 80 }, { port: 53, protocol: "UDP" }] }] };
  defaultEndpoints(endpoints);
  t.deepEqual(endpoints.subsets[0].ports.map((port: { protocol: string }) => port.protocol), ["TCP", "UDP"]);
});
