// The endpoints and service load balancer controllers against a real nats-server, API and
// controller manager. No kubelet: the tests create pods bound to a node and write their status
// (pod IP, readiness, host port mappings) as a kubelet would. Each test has its own namespace.
import test from "ava";
import type { TypedApiClient } from "../runtime/api-client.ts";
import { openLeaseStore } from "../runtime/leader-election/lease-lock.ts";
import type { EndpointsObject, NodeObject, PodObject, ServiceObject } from "../services/controllers/resources.ts";
import { NodeHeartbeat } from "../services/kubelet/node-heartbeat.ts";
import { eventually, namespace, sleep, startFixture, startManager, stopFixture, type Fixture } from "./helpers/controller-cluster.ts";
import { sampleValue } from "./helpers/metrics.ts";

let main: Fixture;
let registry: Awaited<ReturnType<typeof startManager>>["registry"];
const heartbeats: NodeHeartbeat[] = [];

/** A Ready node kept alive by its lease, as its kubelet would: pods bound to it stay. */
async function startNode(name: string, ip: string): Promise<NodeHeartbeat> {
  await main.client.create<NodeObject>({
    apiVersion: "v1", kind: "Node", metadata: { name },
    status: { addresses: [{ type: "InternalIP", address: ip }], conditions: [{ type: "Ready", status: "True", reason: "KubeletReady" }] },
  });
  const heartbeat = new NodeHeartbeat({ store: await openLeaseStore(main.cluster.nc), nodeName: name, intervalMs: 200 });
  await heartbeat.start();
  heartbeats.push(heartbeat);
  return heartbeat;
}

test.before(async () => {
  main = await startFixture();
  await startNode("node-1", "127.0.0.1");
  const started = await startManager(main);
  registry = started.registry;
  await eventually(() => started.manager.leading || undefined, "the controller manager to lead");
});

test.after.always(async () => {
  for (const heartbeat of heartbeats) heartbeat.stop();
  if (main) await stopFixture(main);
});

const TRIGGER = "endpoints.kubernetes.io/last-change-trigger-time";

function service(ns: string, name: string, selector: Record<string, string>, extra: Partial<NonNullable<ServiceObject["spec"]>> = {}): ServiceObject {
  return {
    apiVersion: "v1", kind: "Service", metadata: { name, namespace: ns },
    spec: { selector, ports: [{ name: "http", port: 80, targetPort: { strVal: "http" } }], ...extra },
  };
}

async function createPod(client: TypedApiClient, ns: string, name: string, labels: Record<string, string>): Promise<PodObject> {
  return client.create<PodObject>({
    apiVersion: "v1", kind: "Pod", metadata: { name, namespace: ns, labels },
    spec: { nodeName: "node-1", containers: [{ name: "app", image: "app:1", ports: [{ name: "http", containerPort: 8080 }] }] },
  });
}

/** The kubelet's status report: running on `ip`, container port 8080 mapped to `hostPort`. */
async function reportPod(client: TypedApiClient, ns: string, name: string, ip: string, hostPort: number, ready: boolean): Promise<void> {
  for (;;) {
    const pod = await client.get<PodObject>("pods", ns, name);
    try {
      await client.updateStatus<PodObject>({
        ...pod,
        status: {
          phase: "Running", podIP: ip, podIPs: [{ ip }], hostIP: "127.0.0.1",
          conditions: [{ type: "Ready", status: ready ? "True" : "False", lastTransitionTime: new Date().toISOString().replace(/\.\d+Z$/, "Z") }],
          containerStatuses: [{ name: "app", ready, ports: [{ name: "http", containerPort: 8080, protocol: "TCP", hostPort, hostIP: ip }] }],
        },
      });
      return;
    } catch (error) {
      if ((error as { reason?: string }).reason !== "Conflict") throw error;
    }
  }
}

async function endpointsOf(client: TypedApiClient, ns: string, name: string): Promise<EndpointsObject | undefined> {
  try {
    return await client.get<EndpointsObject>("endpoints", ns, name);
  } catch (error) {
    if ((error as { reason?: string }).reason === "NotFound") return undefined;
    throw error;
  }
}

/** "ip:port" of the ready and not-ready addresses, sorted. */
function summary(endpoints: EndpointsObject | undefined): { ready: string[]; notReady: string[] } {
  const of = (field: "addresses" | "notReadyAddresses") => (endpoints?.subsets ?? [])
    .flatMap((subset) => (subset[field] ?? []).flatMap((address) => (subset.ports ?? []).map((port) => `${address.ip}:${port.port}`)))
    .sort();
  return { ready: of("addresses"), notReady: of("notReadyAddresses") };
}

async function until(client: TypedApiClient, ns: string, name: string, expected: { ready: string[]; notReady: string[] }, what: string): Promise<EndpointsObject> {
  return eventually(async () => {
    const endpoints = await endpointsOf(client, ns, name);
    return endpoints && JSON.stringify(summary(endpoints)) === JSON.stringify(expected) ? endpoints : undefined;
  }, what);
}

test("endpoints list the ready pods' host ports, follow readiness changes and deletions, and go with the service", async (t) => {
  const { client } = main;
  const ns = await namespace(client, "ep-ready");
  await client.create(service(ns, "web", { app: "web" }));
  await createPod(client, ns, "a", { app: "web" });
  await createPod(client, ns, "b", { app: "web" });
  await createPod(client, ns, "stranger", { app: "db" });
  const empty = await eventually(() => endpointsOf(client, ns, "web"), "the endpoints object");
  t.deepEqual(empty.subsets ?? [], [], "pods without an IP are no endpoints yet");

  await reportPod(client, ns, "a", "127.128.1.2", 41001, true);
  await reportPod(client, ns, "b", "127.128.1.3", 41002, false);
  await reportPod(client, ns, "stranger", "127.128.1.4", 41003, true);
  const first = await until(client, ns, "web", { ready: ["127.128.1.2:41001"], notReady: ["127.128.1.3:41002"] }, "a ready, b not ready");
  const address = first.subsets?.flatMap((subset) => subset.addresses ?? [])[0];
  t.like(address, { ip: "127.128.1.2", nodeName: "node-1", targetRef: { kind: "Pod", namespace: ns, name: "a" } });
  t.like(first.subsets?.find((subset) => subset.addresses?.length)?.ports?.[0], { name: "http", port: 41001, protocol: "TCP" });
  t.regex(first.metadata?.annotations?.[TRIGGER] ?? "", /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

  await reportPod(client, ns, "b", "127.128.1.3", 41002, true);
  const both = await until(client, ns, "web", { ready: ["127.128.1.2:41001", "127.128.1.3:41002"], notReady: [] }, "both ready");
  t.is(both.subsets?.length, 2, "different host ports: one subset per pod");
  await sleep(300);
  t.is((await endpointsOf(client, ns, "web"))?.metadata?.resourceVersion, both.metadata?.resourceVersion, "no write while nothing changes");

  await client.delete("pods", ns, "a");
  const terminating = await client.get<PodObject>("pods", ns, "a");
  t.truthy(terminating.metadata?.deletionTimestamp, "a bound pod is deleted gracefully");
  await until(client, ns, "web", { ready: ["127.128.1.3:41002"], notReady: [] }, "the terminating pod to leave");

  await client.delete("services", ns, "web");
  await eventually(async () => ((await endpointsOf(client, ns, "web")) === undefined || undefined), "the endpoints to go with the service");
  t.true((await sampleValue(registry, "troupe_endpoints_writes_total", { operation: "delete", outcome: "ok" }) ?? 0) >= 1);
});

test("a selector change moves the endpoints, losing the selector deletes them, and hand-written endpoints are left alone", async (t) => {
  const { client } = main;
  const ns = await namespace(client, "ep-selector");
  await client.create(service(ns, "web", { app: "one" }));
  await createPod(client, ns, "one", { app: "one" });
  await createPod(client, ns, "two", { app: "two" });
  await reportPod(client, ns, "one", "127.128.2.1", 42001, true);
  await reportPod(client, ns, "two", "127.128.2.2", 42002, true);
  await until(client, ns, "web", { ready: ["127.128.2.1:42001"], notReady: [] }, "pod one");

  const change = async (selector: Record<string, string>) => {
    const current = await client.get<ServiceObject>("services", ns, "web");
    await client.update<ServiceObject>({ ...current, spec: { ...current.spec, selector } });
  };
  await change({ app: "two" });
  await until(client, ns, "web", { ready: ["127.128.2.2:42002"], notReady: [] }, "pod two after the selector change");
  await change({});
  await eventually(async () => ((await endpointsOf(client, ns, "web")) === undefined || undefined), "the endpoints to go with the selector");

  await client.create(service(ns, "manual", {}, { ports: [{ port: 5432 }] }));
  const manual = await client.create<EndpointsObject>({
    apiVersion: "v1", kind: "Endpoints", metadata: { name: "manual", namespace: ns },
    subsets: [{ addresses: [{ ip: "192.0.2.10" }], ports: [{ port: 5432 }] }],
  });
  await sleep(300);
  t.is((await endpointsOf(client, ns, "manual"))?.metadata?.resourceVersion, manual.metadata?.resourceVersion, "untouched while its service exists");
  await client.delete("services", ns, "manual");
  await sleep(300);
  t.truthy(await endpointsOf(client, ns, "manual"), "not made by the controller, so not deleted by it");
});

test("a LoadBalancer service's ingress lists the Ready nodes' addresses, and is cleared when it stops being one", async (t) => {
  const { client } = main;
  const ns = await namespace(client, "ep-lb");
  await startNode("lb-node-2", "127.0.0.2");
  const second = await startNode("lb-node-3", "127.0.0.3");

  await client.create(service(ns, "front", { app: "front" }, { type: "LoadBalancer", ports: [{ port: 8080 }] }));
  const ingress = async () => ((await client.get<ServiceObject>("services", ns, "front")).status?.loadBalancer?.ingress ?? []).map((entry) => entry.ip);
  await eventually(async () => (JSON.stringify(await ingress()) === JSON.stringify(["127.0.0.1", "127.0.0.2", "127.0.0.3"]) || undefined), "the three node addresses");

  second.stop();
  await eventually(async () => (JSON.stringify(await ingress()) === JSON.stringify(["127.0.0.1", "127.0.0.2"]) || undefined), "the silent node to leave the ingress");

  const current = await client.get<ServiceObject>("services", ns, "front");
  const { externalTrafficPolicy: _policy, allocateLoadBalancerNodePorts: _allocate, ...spec } = current.spec ?? {};
  await client.update<ServiceObject>({ ...current, spec: { ...spec, type: "ClusterIP", ports: (spec.ports ?? []).map(({ nodePort: _nodePort, ...port }) => port) } });
  await eventually(async () => ((await ingress()).length === 0 || undefined), "the ingress to be cleared");
  t.pass();
});
