import test from "ava";
import type { PodObject, ServiceObject } from "../resources.ts";
import { desiredEndpoints, sameSubsets } from "./desired-endpoints.ts";
import { LAST_CHANGE_TRIGGER_TIME_ANNOTATION } from "./well-known.ts";

interface PodShape {
  name: string;
  ip?: string;
  ready?: boolean;
  readySince?: string;
  labels?: Record<string, string>;
  namespace?: string;
  phase?: string;
  deleting?: boolean;
  /** containerPort → hostPort, with names */
  ports?: { name?: string; containerPort: number; hostPort?: number; protocol?: string }[];
  hostname?: string;
  subdomain?: string;
}

function pod(shape: PodShape): PodObject {
  const ports = shape.ports ?? [];
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      name: shape.name,
      namespace: shape.namespace ?? "default",
      uid: `uid-${shape.name}`,
      labels: shape.labels ?? { app: "web" },
      creationTimestamp: "2026-11-20T10:00:00Z",
      ...(shape.deleting ? { deletionTimestamp: "2026-11-20T10:05:30Z", deletionGracePeriodSeconds: 30 } : {}),
    },
    spec: {
      nodeName: "node-1",
      hostname: shape.hostname ?? "",
      subdomain: shape.subdomain ?? "",
      containers: [{ name: "app", image: "app:1", ports: ports.map(({ name, containerPort, protocol }) => ({ name: name ?? "", containerPort, protocol: protocol ?? "TCP" })) }],
    },
    status: {
      phase: shape.phase ?? "Running",
      podIP: shape.ip ?? "",
      conditions: [{ type: "Ready", status: shape.ready === false ? "False" : "True", lastTransitionTime: shape.readySince ?? "2026-11-20T10:01:00Z" }],
      containerStatuses: [{ name: "app", ports: ports.filter((port) => port.hostPort).map((port) => ({ ...port, name: port.name ?? "", protocol: port.protocol ?? "TCP", hostIP: shape.ip })) }],
    },
  };
}

function service(ports: { name?: string; port: number; targetPort?: number | string; protocol?: string }[], extra: Partial<NonNullable<ServiceObject["spec"]>> = {}): ServiceObject {
  return {
    apiVersion: "v1",
    kind: "Service",
    metadata: { name: "web", namespace: "default", labels: { tier: "front" }, creationTimestamp: "2026-11-20T09:00:00Z" },
    spec: {
      selector: { app: "web" },
      clusterIP: "127.77.5.5",
      ports: ports.map(({ name, port, targetPort, protocol }) => ({
        name: name ?? "",
        port,
        protocol: protocol ?? "TCP",
        targetPort: typeof targetPort === "string" ? { strVal: targetPort } : { intVal: targetPort ?? port },
      })),
      ...extra,
    },
  };
}

const HTTP = [{ name: "http", containerPort: 80 }];

test("ready pods go to addresses and not-ready pods to notReadyAddresses, with their mapped host ports", (t) => {
  const pods = [
    pod({ name: "a", ip: "127.128.1.2", ports: [{ name: "http", containerPort: 80, hostPort: 41000 }] }),
    pod({ name: "b", ip: "127.128.1.3", ready: false, ports: [{ name: "http", containerPort: 80, hostPort: 41001 }] }),
  ];
  const { subsets } = desiredEndpoints(service([{ port: 80 }]), pods);
  t.deepEqual(subsets, [
    {
      ports: [{ name: "", port: 41000, protocol: "TCP" }],
      addresses: [{ ip: "127.128.1.2", nodeName: "node-1", targetRef: { kind: "Pod", namespace: "default", name: "a", uid: "uid-a" } }],
    },
    {
      ports: [{ name: "", port: 41001, protocol: "TCP" }],
      notReadyAddresses: [{ ip: "127.128.1.3", nodeName: "node-1", targetRef: { kind: "Pod", namespace: "default", name: "b", uid: "uid-b" } }],
    },
  ]);
});

test("pods with the same port list share one subset, sorted by IP", (t) => {
  const pods = ["127.128.1.10", "127.128.1.9", "127.128.2.1"].map((ip, index) => pod({ name: `p${index}`, ip, ports: HTTP }));
  const { subsets } = desiredEndpoints(service([{ name: "web", port: 8080, targetPort: 80 }]), pods);
  t.is(subsets.length, 1);
  t.deepEqual(subsets[0].ports, [{ name: "web", port: 80, protocol: "TCP" }], "no mapping reported: the container port itself");
  t.deepEqual(subsets[0].addresses?.map((address) => address.ip), ["127.128.1.9", "127.128.1.10", "127.128.2.1"]);
});

test("a named targetPort resolves to the container port of that name and its host port; pods without it are left out of that port", (t) => {
  const pods = [
    pod({ name: "both", ip: "127.128.1.2", ports: [{ name: "http", containerPort: 8080, hostPort: 40001 }, { name: "metrics", containerPort: 9090, hostPort: 40002 }] }),
    pod({ name: "http-only", ip: "127.128.1.3", ports: [{ name: "http", containerPort: 8080, hostPort: 40003 }] }),
    pod({ name: "none", ip: "127.128.1.4", ports: [{ name: "other", containerPort: 7000, hostPort: 40004 }] }),
  ];
  const svc = service([{ name: "web", port: 80, targetPort: "http" }, { name: "prom", port: 9090, targetPort: "metrics" }]);
  const { subsets } = desiredEndpoints(svc, pods);
  const summary = subsets.map((subset) => ({ ports: subset.ports?.map((port) => `${port.name}:${port.port}`), pods: subset.addresses?.map((address) => address.targetRef?.name) }));
  t.deepEqual(summary, [
    { ports: ["prom:40002", "web:40001"], pods: ["both"] },
    { ports: ["web:40003"], pods: ["http-only"] },
  ]);
});

test("a named targetPort matches only a container port of the service port's protocol", (t) => {
  const pods = [pod({ name: "a", ip: "127.128.1.2", ports: [{ name: "dns", containerPort: 53, hostPort: 40053, protocol: "UDP" }] })];
  t.deepEqual(desiredEndpoints(service([{ port: 53, targetPort: "dns", protocol: "TCP" }]), pods).subsets, []);
  t.deepEqual(desiredEndpoints(service([{ port: 53, targetPort: "dns", protocol: "UDP" }]), pods).subsets[0].ports, [{ name: "", port: 40053, protocol: "UDP" }]);
});

test("terminating, finished and address-less pods are no endpoints; pods of other namespaces or labels are not selected", (t) => {
  const pods = [
    pod({ name: "live", ip: "127.128.1.2", ports: HTTP }),
    pod({ name: "terminating", ip: "127.128.1.3", ports: HTTP, deleting: true }),
    pod({ name: "done", ip: "127.128.1.4", ports: HTTP, phase: "Succeeded" }),
    pod({ name: "failed", ip: "127.128.1.5", ports: HTTP, phase: "Failed" }),
    pod({ name: "pending", ports: HTTP }),
    pod({ name: "elsewhere", ip: "127.128.1.6", ports: HTTP, namespace: "other" }),
    pod({ name: "stranger", ip: "127.128.1.7", ports: HTTP, labels: { app: "db" } }),
  ];
  const { subsets } = desiredEndpoints(service([{ port: 80 }]), pods);
  t.deepEqual(subsets.flatMap((subset) => [...(subset.addresses ?? []), ...(subset.notReadyAddresses ?? [])]).map((address) => address.targetRef?.name), ["live"]);
});

test("publishNotReadyAddresses puts not-ready and terminating pods in addresses", (t) => {
  const pods = [
    pod({ name: "ready", ip: "127.128.1.2", ports: HTTP }),
    pod({ name: "starting", ip: "127.128.1.3", ports: HTTP, ready: false }),
    pod({ name: "terminating", ip: "127.128.1.4", ports: HTTP, deleting: true }),
  ];
  const { subsets } = desiredEndpoints(service([{ port: 80 }], { publishNotReadyAddresses: true }), pods);
  t.is(subsets.length, 1);
  t.deepEqual(subsets[0].addresses?.map((address) => address.targetRef?.name), ["ready", "starting", "terminating"]);
  t.is(subsets[0].notReadyAddresses, undefined);
});

test("a pod's hostname is published only when its subdomain names the service", (t) => {
  const pods = [
    pod({ name: "redis-0", ip: "127.128.1.2", hostname: "redis-0", subdomain: "web" }),
    pod({ name: "redis-1", ip: "127.128.1.3", hostname: "redis-1", subdomain: "elsewhere" }),
  ];
  const { subsets, labels } = desiredEndpoints(service([], { clusterIP: "None" }), pods);
  t.deepEqual(subsets[0].ports, [], "a headless service without ports lists addresses alone");
  t.deepEqual(subsets[0].addresses?.map((address) => address.hostname ?? null), ["redis-0", null]);
  t.is(labels["service.kubernetes.io/headless"], "");
  t.is(labels.tier, "front", "the service's labels are copied");
});

test("the same pods in any order give the same endpoints, which compare equal to their stored form", (t) => {
  const pods = Array.from({ length: 6 }, (_, index) => pod({
    name: `p${index}`, ip: `127.128.1.${20 - index}`, ready: index % 2 === 0,
    ports: [{ name: "http", containerPort: 80, hostPort: 41000 + (index % 3) }],
  }));
  const svc = service([{ name: "http", port: 80, targetPort: "http" }]);
  const first = desiredEndpoints(svc, pods);
  const second = desiredEndpoints(svc, [...pods].reverse());
  t.deepEqual(first, second);
  t.is(first.subsets.length, 3);
  // What the API stores and an informer decodes: empty strings and nulls in place of absent fields.
  const stored = JSON.parse(JSON.stringify(first.subsets).replaceAll('"nodeName":"node-1"', '"nodeName":"node-1","hostname":""'));
  t.true(sameSubsets(stored, first.subsets));
  t.false(sameSubsets(stored.slice(1), first.subsets));
});

test("the trigger time is the latest readiness change, creation or deletion among the selected pods and the service", (t) => {
  const svc = service([{ port: 80 }]);
  const pods = [
    pod({ name: "a", ip: "127.128.1.2", readySince: "2026-11-20T10:02:00Z" }),
    pod({ name: "b", ip: "127.128.1.3", readySince: "2026-11-20T10:03:00Z" }),
    pod({ name: "other", ip: "127.128.1.4", readySince: "2026-11-20T11:00:00Z", labels: { app: "db" } }),
  ];
  t.is(desiredEndpoints(svc, pods).triggerTime?.toISOString(), "2026-11-20T10:03:00.000Z");
  pods.push(pod({ name: "leaving", ip: "127.128.1.5", deleting: true }));
  t.is(desiredEndpoints(svc, pods).triggerTime?.toISOString(), "2026-11-20T10:05:00.000Z", "deletionTimestamp minus the grace period");
  t.is(desiredEndpoints(svc, []).triggerTime?.toISOString(), "2026-11-20T09:00:00.000Z", "the service's creation when it selects nothing");
  t.is(LAST_CHANGE_TRIGGER_TIME_ANNOTATION, "endpoints.kubernetes.io/last-change-trigger-time");
});
