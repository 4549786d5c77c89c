import test from "ava";
import { holdingsOf, holdsKey, missingAllocations, type Service } from "./service-holdings.ts";

function service(spec: Service["spec"]): Service {
  return { metadata: { name: "web" }, spec };
}

test("a service holds its cluster IP and, when it exposes node ports, its node ports", (t) => {
  const nodePort = service({ type: "NodePort", clusterIP: "127.77.0.5", ports: [{ port: 80, nodePort: 30080 }, { port: 53, protocol: "UDP", nodePort: 30053 }] });
  t.deepEqual(holdingsOf(nodePort).map((holding) => `${holding.field}=${holding.key}`), [
    "spec.clusterIP=clusterip.127.77.0.5",
    "spec.ports[0].nodePort=nodeport.tcp.30080",
    "spec.ports[1].nodePort=nodeport.udp.30053",
  ]);
  t.true(holdsKey(nodePort, "nodeport.udp.30053"));
  t.false(holdsKey(nodePort, "nodeport.tcp.30053"));
});

test("headless and ExternalName services hold no cluster IP, ClusterIP services no node ports", (t) => {
  t.deepEqual(holdingsOf(service({ type: "ClusterIP", clusterIP: "None", ports: [] })), []);
  t.deepEqual(holdingsOf(service({ type: "ExternalName", externalName: "db.example.com" })), []);
  t.deepEqual(holdingsOf(service({ type: "ClusterIP", clusterIP: "127.77.0.5", ports: [{ port: 80, nodePort: 30080 }] })).map((holding) => holding.what), ["clusterIP"]);
});

test("what is missing is a cluster IP unless headless or ExternalName, and node ports not given", (t) => {
  t.deepEqual(missingAllocations(service({ type: "ClusterIP", ports: [{ port: 80 }] })), [{ what: "clusterIP" }]);
  t.deepEqual(missingAllocations(service({ type: "ClusterIP", clusterIP: "None" })), []);
  t.deepEqual(missingAllocations(service({ type: "ExternalName", externalName: "db.example.com" })), []);
  t.deepEqual(missingAllocations(service({ type: "NodePort", clusterIP: "127.77.0.5", ports: [{ port: 80, nodePort: 30080 }, { port: 53, protocol: "UDP" }] })), [
    { what: "nodePort", portIndex: 1, protocol: "UDP" },
  ]);
});

test("a LoadBalancer that opts out of node ports gets none picked", (t) => {
  const optedOut = service({ type: "LoadBalancer", clusterIP: "127.77.0.5", allocateLoadBalancerNodePorts: false, ports: [{ port: 80 }] });
  t.deepEqual(missingAllocations(optedOut), []);
  t.deepEqual(missingAllocations({ ...optedOut, spec: { ...optedOut.spec, allocateLoadBalancerNodePorts: true } }), [{ what: "nodePort", portIndex: 0, protocol: "TCP" }]);
});
