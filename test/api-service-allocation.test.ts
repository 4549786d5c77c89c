// Cluster IPs and node ports allocated by the API (two replicas in one queue group), the
// allocation ledger in troupe-allocations, and Ingress admission. Tests run one at a time: they
// ask for specific IPs and ports, which a concurrent test's random picks could take.
import test, { type ExecutionContext } from "ava";
import { Kvm, type KV } from "@nats-io/kv";
import { ApiError, type KubeObject } from "../runtime/api-client.ts";
import { ALLOCATIONS_BUCKET } from "../runtime/subjects.ts";
import { startApiTestCluster, type ApiTestCluster } from "./helpers/api-cluster.ts";
import { sampleValue } from "./helpers/metrics.ts";

/** Short enough to wait out in a test, far longer than a create takes here. */
const STALE_AFTER_MS = 1500;

let cluster: ApiTestCluster;
let ledger: KV;
test.before(async () => {
  cluster = await startApiTestCluster({ allocationStaleAfterMs: STALE_AFTER_MS });
  await cluster.startReplica({ allocationStaleAfterMs: STALE_AFTER_MS });
  ledger = await new Kvm(cluster.nc).open(ALLOCATIONS_BUCKET);
});
test.after.always(async () => {
  await cluster?.stop();
});

interface ServicePortJson {
  name?: string;
  port: number;
  protocol?: string;
  nodePort?: number;
}

interface ServiceJson extends KubeObject {
  spec: {
    type?: string;
    clusterIP?: string;
    clusterIPs?: string[];
    ipFamilies?: string[];
    ipFamilyPolicy?: string;
    externalName?: string;
    ports?: ServicePortJson[];
    selector?: Record<string, string>;
  };
}

function service(name: string, spec: Partial<ServiceJson["spec"]> = {}, namespace = "default"): ServiceJson {
  return { apiVersion: "v1", kind: "Service", metadata: { name, namespace }, spec: { selector: { app: name }, ports: [{ port: 80 }], ...spec } };
}

async function create(object: KubeObject): Promise<ServiceJson> {
  return (await cluster.client.create(object)) as ServiceJson;
}

/** The allocation ledger: key -> owner state key. */
async function records(): Promise<Map<string, string>> {
  const entries = new Map<string, string>();
  for await (const key of await ledger.keys()) {
    const entry = await ledger.get(key);
    if (entry?.operation === "PUT") entries.set(key, entry.string());
  }
  return entries;
}

async function firstReplicaCreates(): Promise<number> {
  return (await sampleValue(cluster.registry, "troupe_api_requests_total", { verb: "create", resource: "services", code: "200" })) ?? 0;
}

function nodePortsOf(object: ServiceJson): number[] {
  return (object.spec.ports ?? []).map((port) => port.nodePort ?? 0);
}

async function refused(t: ExecutionContext, attempt: Promise<unknown>, expected: { reason: string; field?: string; message: RegExp }): Promise<void> {
  const recordsBefore = await records();
  const revisionBefore = await cluster.api.ctx.repo.store.revision();
  const error = await t.throwsAsync(attempt, { instanceOf: ApiError });
  t.is(error?.reason, expected.reason, error?.message);
  t.regex(error?.message ?? "", expected.message);
  if (expected.field) t.true((error?.details?.causes ?? []).some((cause) => cause.field === expected.field), JSON.stringify(error?.details));
  t.deepEqual(await records(), recordsBefore, "nothing allocated");
  t.is(await cluster.api.ctx.repo.store.revision(), revisionBefore, "nothing stored");
}

test.serial("a ClusterIP service gets a free cluster IP of the range, recorded under its state key", async (t) => {
  const created = await create(service("plain"));
  const ip = created.spec.clusterIP ?? "";
  t.regex(ip, /^127\.77\.\d+\.\d+$/);
  t.false(["127.77.0.0", "127.77.0.10", "127.77.255.255"].includes(ip));
  t.deepEqual(created.spec.clusterIPs, [ip]);
  t.deepEqual(created.spec.ipFamilies, ["IPv4"]);
  t.is(created.spec.ipFamilyPolicy, "SingleStack");
  t.is((await records()).get(`clusterip.${ip}`), "services.default.plain");
  const stored = (await cluster.client.get("services", "plain")) as ServiceJson;
  t.is(stored.spec.clusterIP, ip);
});

test.serial("NodePort and LoadBalancer services get a node port for each port without one", async (t) => {
  const nodePort = await create(service("np", { type: "NodePort", ports: [{ name: "http", port: 80, nodePort: 30777 }, { name: "dns", port: 53, protocol: "UDP" }] }));
  const [given, picked] = nodePortsOf(nodePort);
  t.is(given, 30777);
  t.true(picked >= 30000 && picked <= 32767, String(picked));
  const loadBalancer = await create(service("lb", { type: "LoadBalancer" }));
  const [lbPort] = nodePortsOf(loadBalancer);
  t.true(lbPort >= 30000 && lbPort <= 32767, String(lbPort));
  const ledgerNow = await records();
  t.is(ledgerNow.get("nodeport.tcp.30777"), "services.default.np");
  t.is(ledgerNow.get(`nodeport.udp.${picked}`), "services.default.np");
  t.is(ledgerNow.get(`nodeport.tcp.${lbPort}`), "services.default.lb");
  t.is(ledgerNow.get(`clusterip.${loadBalancer.spec.clusterIP}`), "services.default.lb");
});

test.serial("concurrent creates across two API replicas get unique cluster IPs and node ports", async (t) => {
  const count = 40;
  const servedBefore = await firstReplicaCreates();
  const created = await Promise.all(Array.from({ length: count }, (_, index) => create(service(`burst-${index}`, { type: "NodePort" }))));
  const ips = new Set(created.map((object) => object.spec.clusterIP));
  const ports = new Set(created.flatMap(nodePortsOf));
  t.is(ips.size, count);
  t.is(ports.size, count);
  const servedByFirst = (await firstReplicaCreates()) - servedBefore;
  t.true(servedByFirst > 0 && servedByFirst < count, `both replicas allocated (the first served ${servedByFirst})`);
  const ledgerNow = await records();
  for (const object of created) {
    const owner = `services.default.${object.metadata?.name}`;
    t.is(ledgerNow.get(`clusterip.${object.spec.clusterIP}`), owner);
    t.is(ledgerNow.get(`nodeport.tcp.${nodePortsOf(object)[0]}`), owner);
  }
});

test.serial("a deleted service's cluster IP and node port are released and can be asked for again", async (t) => {
  const first = await create(service("reuse-a", { type: "NodePort" }));
  const ip = first.spec.clusterIP ?? "";
  const [port] = nodePortsOf(first);
  await cluster.client.delete("services", "reuse-a");
  const ledgerNow = await records();
  t.false(ledgerNow.has(`clusterip.${ip}`));
  t.false(ledgerNow.has(`nodeport.tcp.${port}`));
  const second = await create(service("reuse-b", { type: "NodePort", clusterIP: ip, ports: [{ port: 80, nodePort: port }] }));
  t.is(second.spec.clusterIP, ip);
  t.deepEqual(nodePortsOf(second), [port]);
  t.is((await records()).get(`clusterip.${ip}`), "services.default.reuse-b");
});

test.serial("a cluster IP or node port already allocated is refused naming the field, and nothing is kept", async (t) => {
  const holder = await create(service("holder", { type: "NodePort" }));
  const [port] = nodePortsOf(holder);
  await refused(t, create(service("thief-ip", { clusterIP: holder.spec.clusterIP })), {
    reason: "Invalid", field: "spec.clusterIP", message: /spec\.clusterIP: Invalid value: "127\.77\.[\d.]+": provided IP is already allocated/,
  });
  // The free IP it also asked for is released again when the node port is refused.
  await refused(t, create(service("thief-port", { type: "NodePort", clusterIP: "127.77.201.1", ports: [{ port: 80, nodePort: port }] })), {
    reason: "Invalid", field: "spec.ports[0].nodePort", message: /spec\.ports\[0\]\.nodePort: Invalid value: \d+: provided port is already allocated/,
  });
  await t.throwsAsync(cluster.client.get("services", "thief-port"), { instanceOf: ApiError, message: /not found/ });
});

test.serial("cluster IPs and node ports outside their ranges, and unknown types, are refused", async (t) => {
  await refused(t, create(service("far-ip", { clusterIP: "10.0.0.1" })), {
    reason: "Invalid", field: "spec.clusterIP", message: /provided IP is not in the valid range\. The range of valid IPs is 127\.77\.0\.0\/16/,
  });
  await refused(t, create(service("network-ip", { clusterIP: "127.77.0.0" })), { reason: "Invalid", field: "spec.clusterIP", message: /not in the valid range/ });
  await refused(t, create(service("low-port", { type: "NodePort", ports: [{ port: 80, nodePort: 8080 }] })), {
    reason: "Invalid", field: "spec.ports[0].nodePort", message: /provided port is not in the valid range\. The range of valid ports is 30000-32767/,
  });
  await refused(t, create(service("huge-port", { type: "NodePort", ports: [{ port: 80, nodePort: 70000 }] })), {
    reason: "Invalid", field: "spec.ports[0].nodePort", message: /must be between 1 and 65535/,
  });
  await refused(t, create(service("magic", { type: "Magic" })), { reason: "Invalid", field: "spec.type", message: /spec\.type: Unsupported value: "Magic"/ });
  await refused(t, create(service("nodeport-on-clusterip", { ports: [{ port: 80, nodePort: 30999 }] })), { reason: "Invalid", field: "spec.ports[0].nodePort", message: /Forbidden/ });
});

test.serial("a dry run allocates nothing but still checks the ranges", async (t) => {
  const before = await records();
  const preview = (await cluster.client.create(service("dry", { type: "NodePort" }), { dryRun: true })) as ServiceJson;
  t.falsy(preview.spec.clusterIP);
  t.deepEqual(await records(), before);
  await refused(t, cluster.client.create(service("dry-far", { clusterIP: "10.0.0.1" }), { dryRun: true }), { reason: "Invalid", field: "spec.clusterIP", message: /not in the valid range/ });
});

test.serial("headless and ExternalName services allocate nothing", async (t) => {
  const before = await records();
  const headless = await create(service("headless", { clusterIP: "None" }));
  t.is(headless.spec.clusterIP, "None");
  const external = await create(service("external", { type: "ExternalName", externalName: "db.example.com", ports: [] }));
  t.falsy(external.spec.clusterIP);
  t.deepEqual(await records(), before);
});

test.serial("the cluster IP is immutable; update and apply without it keep the allocation", async (t) => {
  const created = await create(service("keep", { type: "NodePort" }));
  const ip = created.spec.clusterIP ?? "";
  const [port] = nodePortsOf(created);
  const moved = structuredClone(created);
  moved.spec.clusterIP = "127.77.202.2";
  moved.spec.clusterIPs = ["127.77.202.2"];
  await refused(t, cluster.client.update(moved), { reason: "Invalid", field: "spec.clusterIP", message: /field is immutable/ });

  const withoutAllocations = structuredClone(created);
  delete withoutAllocations.spec.clusterIP;
  delete withoutAllocations.spec.clusterIPs;
  withoutAllocations.spec.ports = [{ port: 80 }];
  const updated = (await cluster.client.update(withoutAllocations)) as ServiceJson;
  t.is(updated.spec.clusterIP, ip);
  t.deepEqual(nodePortsOf(updated), [port]);

  const { object: applied, outcome } = await cluster.client.applyWithOutcome(service("keep", { type: "NodePort" }));
  t.is(outcome, "unchanged");
  t.is((applied as ServiceJson).spec.clusterIP, ip);
  t.deepEqual(nodePortsOf(applied as ServiceJson), [port]);
  const ledgerNow = await records();
  t.is(ledgerNow.get(`clusterip.${ip}`), "services.default.keep");
  t.is(ledgerNow.get(`nodeport.tcp.${port}`), "services.default.keep");
});

test.serial("an update releases the node ports of removed ports and allocates for new ones", async (t) => {
  const created = await create(service("grow", { type: "NodePort", ports: [{ name: "a", port: 80 }, { name: "b", port: 81 }] }));
  const [kept, removed] = nodePortsOf(created);
  const next = structuredClone(created);
  next.spec.ports = [created.spec.ports?.[0] as ServicePortJson, { name: "c", port: 82 }];
  const updated = (await cluster.client.update(next)) as ServiceJson;
  const [stillKept, added] = nodePortsOf(updated);
  t.is(stillKept, kept);
  t.true(added >= 30000 && added !== removed, String(added));
  const ledgerNow = await records();
  t.false(ledgerNow.has(`nodeport.tcp.${removed}`));
  t.is(ledgerNow.get(`nodeport.tcp.${added}`), "services.default.grow");
});

test.serial("a type change to ClusterIP releases the node ports, to ExternalName the cluster IP", async (t) => {
  const created = await create(service("shift", { type: "NodePort" }));
  const ip = created.spec.clusterIP ?? "";
  const [port] = nodePortsOf(created);
  const asClusterIP = (await cluster.client.apply(service("shift", { type: "ClusterIP" }))) as ServiceJson;
  t.deepEqual(nodePortsOf(asClusterIP), [0]);
  t.is(asClusterIP.spec.clusterIP, ip);
  t.false((await records()).has(`nodeport.tcp.${port}`));

  // A full object read back, type changed: the unchanged cluster IP is dropped with the type.
  const external = structuredClone(asClusterIP);
  external.spec = { ...external.spec, type: "ExternalName", externalName: "db.example.com" };
  const asExternal = (await cluster.client.update(external)) as ServiceJson;
  t.falsy(asExternal.spec.clusterIP);
  t.false((await records()).has(`clusterip.${ip}`));
});

test.serial("a type change to NodePort keeps the given node port explicit and the cluster IP", async (t) => {
  const created = await create(service("widen"));
  // A port no earlier test was handed at random.
  const held = await records();
  const free = Array.from({ length: 100 }, (_, index) => 30778 + index).find((port) => !held.has(`nodeport.tcp.${port}`)) ?? 0;
  const next = structuredClone(created);
  next.spec.type = "NodePort";
  next.spec.ports = [{ port: 80, nodePort: free }];
  const updated = (await cluster.client.update(next)) as ServiceJson;
  t.deepEqual(nodePortsOf(updated), [free]);
  t.is(updated.spec.clusterIP, created.spec.clusterIP);
  t.is((await records()).get(`nodeport.tcp.${free}`), "services.default.widen");
});

test.serial("a status update leaves the allocations as they are", async (t) => {
  const created = await create(service("status-lb", { type: "LoadBalancer" }));
  const before = await records();
  const reported = (await cluster.client.updateStatus({ ...created, status: { loadBalancer: { ingress: [{ ip: "127.0.0.1" }] } } })) as ServiceJson;
  t.deepEqual(reported.spec, created.spec);
  t.deepEqual(await records(), before);
});

test.serial("a record whose owner does not hold the value is taken over once old enough", async (t) => {
  await ledger.put("clusterip.127.77.203.3", "services.default.ghost");
  await refused(t, create(service("too-soon", { clusterIP: "127.77.203.3" })), { reason: "Invalid", field: "spec.clusterIP", message: /already allocated/ });
  await new Promise((resolve) => setTimeout(resolve, STALE_AFTER_MS + 200));
  const created = await create(service("heir", { clusterIP: "127.77.203.3" }));
  t.is(created.spec.clusterIP, "127.77.203.3");
  t.is((await records()).get("clusterip.127.77.203.3"), "services.default.heir");
});

test.serial("finishing finalizers and deleting a namespace release the services' allocations", async (t) => {
  const finalized = await create({ ...service("held"), metadata: { name: "held", namespace: "default", finalizers: ["example.com/hold"] } });
  await cluster.client.delete("services", "held");
  t.true((await records()).has(`clusterip.${finalized.spec.clusterIP}`), "held while finalizers remain");
  const marked = await cluster.client.get("services", "held");
  await cluster.client.update({ ...marked, metadata: { ...marked.metadata, finalizers: [] } });
  t.false((await records()).has(`clusterip.${finalized.spec.clusterIP}`));

  await cluster.client.create({ apiVersion: "v1", kind: "Namespace", metadata: { name: "doomed" } });
  const inside = await create(service("inside", { type: "NodePort" }, "doomed"));
  t.is((await records()).get(`clusterip.${inside.spec.clusterIP}`), "services.doomed.inside");
  await cluster.client.delete("namespaces", "doomed");
  const ledgerNow = await records();
  t.false(ledgerNow.has(`clusterip.${inside.spec.clusterIP}`));
  t.false(ledgerNow.has(`nodeport.tcp.${nodePortsOf(inside)[0]}`));
});

test.serial("a full range is refused with 'range is full' and a freed value is handed out again", async (t) => {
  // Its own cluster: 13 cluster IPs (a /28 without network, broadcast and the DNS address), 12 node ports.
  const small = await startApiTestCluster({ serviceCidr: "127.78.0.0/28", nodePortRange: "30000-30011" });
  t.teardown(() => small.stop());
  await small.startReplica({ serviceCidr: "127.78.0.0/28", nodePortRange: "30000-30011" });
  const created = await Promise.all(Array.from({ length: 12 }, (_, index) => small.client.create(service(`full-${index}`, { type: "NodePort" })))) as ServiceJson[];
  t.deepEqual(created.flatMap(nodePortsOf).sort(), Array.from({ length: 12 }, (_, index) => 30000 + index));
  const portError = await t.throwsAsync(small.client.create(service("one-port-too-many", { type: "NodePort" })), { instanceOf: ApiError });
  t.is(portError?.reason, "InternalError");
  t.regex(portError?.message ?? "", /failed to allocate a nodePort: range is full/);
  const thirteenth = (await small.client.create(service("last-ip"))) as ServiceJson;
  const ips = new Set([...created, thirteenth].map((object) => object.spec.clusterIP));
  t.is(ips.size, 13);
  t.false(ips.has("127.78.0.10"));
  const ipError = await t.throwsAsync(small.client.create(service("one-ip-too-many")), { instanceOf: ApiError });
  t.regex(ipError?.message ?? "", /failed to allocate a serviceIP: range is full/);
  await small.client.delete("services", "full-3");
  const again = (await small.client.create(service("after-free", { type: "NodePort" }))) as ServiceJson;
  t.deepEqual(nodePortsOf(again), nodePortsOf(created[3]));
  t.is(again.spec.clusterIP, created[3].spec.clusterIP);
});

function ingress(name: string, spec: Record<string, unknown>): KubeObject {
  return { apiVersion: "networking.k8s.io/v1", kind: "Ingress", metadata: { name }, spec };
}

const webBackend = { service: { name: "web", port: { number: 80 } } };

test.serial("a valid Ingress is stored as sent", async (t) => {
  const created = await cluster.client.create(ingress("site", {
    ingressClassName: "troupe",
    rules: [
      { host: "shop.example.com", http: { paths: [{ path: "/", pathType: "Prefix", backend: webBackend }] } },
      { host: "*.example.com", http: { paths: [{ path: "/api", pathType: "Exact", backend: { service: { name: "api", port: { name: "http" } } } }] } },
    ],
    tls: [{ hosts: ["shop.example.com"], secretName: "shop-tls" }],
  }));
  const stored = await cluster.client.get("ingresses", "site");
  t.is(stored.metadata?.uid, created.metadata?.uid);
  t.is((stored.spec as { rules: { host: string }[] }).rules[1].host, "*.example.com");
  const defaultOnly = await cluster.client.create(ingress("fallback", { defaultBackend: webBackend }));
  t.truthy(defaultOnly.metadata?.resourceVersion);
});

test.serial("an invalid Ingress is refused with every problem's field path", async (t) => {
  const bad = ingress("broken", {
    rules: [
      { host: "Bad_Host", http: { paths: [{ path: "api", pathType: "Prefix", backend: webBackend }] } },
      { host: "ok.example.com", http: { paths: [
        { path: "/a", backend: webBackend },
        { path: "/b", pathType: "Regex", backend: webBackend },
        { path: "/c", pathType: "Exact", backend: {} },
        { path: "/d", pathType: "Exact", backend: { service: { name: "web", port: { name: "http", number: 80 } } } },
        { path: "/e", pathType: "Exact", backend: { service: { name: "web", port: { number: 70000 } } } },
        { path: "/f", pathType: "Exact", backend: { ...webBackend, resource: { kind: "Bucket", name: "static" } } },
      ] } },
    ],
  });
  const before = await records();
  const error = await t.throwsAsync(cluster.client.create(bad), { instanceOf: ApiError });
  t.is(error?.reason, "Invalid");
  const fields = (error?.details?.causes ?? []).map((cause) => cause.field);
  t.deepEqual(fields, [
    "spec.rules[0].host",
    "spec.rules[0].http.paths[0].path",
    "spec.rules[1].http.paths[0].pathType",
    "spec.rules[1].http.paths[1].pathType",
    "spec.rules[1].http.paths[2].backend",
    "spec.rules[1].http.paths[3].backend",
    "spec.rules[1].http.paths[4].backend.service.port.number",
    "spec.rules[1].http.paths[5].backend",
  ], error?.message);
  await t.throwsAsync(cluster.client.get("ingresses", "broken"), { instanceOf: ApiError, message: /not found/ });
  await refused(t, cluster.client.create(ingress("empty", {})), { reason: "Invalid", field: "spec", message: /either `defaultBackend` or `rules` must be specified/ });
  t.deepEqual(await records(), before);
});
