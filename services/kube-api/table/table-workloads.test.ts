import test from "ava";
import type { KubeObject } from "../../../runtime/api-client.ts";
import { kubectlView } from "../../../test/helpers/kubectl-table.ts";
import { toTable } from "./mod.ts";

const now = new Date("2026-11-21T12:00:00Z");
const created = "2026-11-21T10:00:00Z";
const template = { spec: { containers: [{ name: "web", image: "nginx:1.27" }, { name: "log", image: "busybox" }] } };

function view(object: KubeObject, wide = false): string[][] {
  return kubectlView(toTable([object], { kind: object.kind, now }), { wide });
}

test("deployments show READY UP-TO-DATE AVAILABLE AGE, and CONTAINERS IMAGES SELECTOR with -o wide", (t) => {
  const deployment: KubeObject = {
    apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "web", creationTimestamp: created },
    spec: { replicas: 3, selector: { matchLabels: { tier: "front", app: "web" }, matchExpressions: [{ key: "env", operator: "In", values: ["prod", "dev"] }] }, template },
    status: { readyReplicas: 2, updatedReplicas: 3, availableReplicas: 2 },
  };
  t.deepEqual(view(deployment), [["NAME", "READY", "UP-TO-DATE", "AVAILABLE", "AGE"], ["web", "2/3", "3", "2", "120m"]]);
  t.deepEqual(view(deployment, true), [
    ["NAME", "READY", "UP-TO-DATE", "AVAILABLE", "AGE", "CONTAINERS", "IMAGES", "SELECTOR"],
    ["web", "2/3", "3", "2", "120m", "web,log", "nginx:1.27,busybox", "app=web,env in (dev,prod),tier=front"],
  ]);
  // As kube-apiserver: UP-TO-DATE and AVAILABLE are integers in JSON.
  t.deepEqual(toTable([deployment], { kind: "Deployment", now }).rows[0].cells.slice(2, 4), [3, 2]);
});

test("replicasets show DESIRED CURRENT READY AGE as integers, the selector with -o wide", (t) => {
  const replicaSet: KubeObject = {
    apiVersion: "apps/v1", kind: "ReplicaSet", metadata: { name: "web-7c9f8b", creationTimestamp: created },
    spec: { replicas: 3, selector: { matchLabels: { app: "web" } }, template }, status: { replicas: 3, readyReplicas: 1 },
  };
  const table = toTable([replicaSet], { kind: "ReplicaSet", now });
  t.deepEqual(table.columnDefinitions.slice(1, 4).map((column) => column.type), ["integer", "integer", "integer"]);
  t.deepEqual(table.rows[0].cells.slice(0, 4), ["web-7c9f8b", 3, 3, 1]);
  t.deepEqual(view(replicaSet, true)[0], ["NAME", "DESIRED", "CURRENT", "READY", "AGE", "CONTAINERS", "IMAGES", "SELECTOR"]);
  t.is(view(replicaSet, true)[1][7], "app=web");
});

test("statefulsets show READY AGE, CONTAINERS IMAGES with -o wide", (t) => {
  const set: KubeObject = {
    apiVersion: "apps/v1", kind: "StatefulSet", metadata: { name: "redis", creationTimestamp: created },
    spec: { replicas: 3, template }, status: { readyReplicas: 3 },
  };
  t.deepEqual(view(set), [["NAME", "READY", "AGE"], ["redis", "3/3", "120m"]]);
  t.deepEqual(view(set, true)[0], ["NAME", "READY", "AGE", "CONTAINERS", "IMAGES"]);
});

test("controllerrevisions show their controller as kind.group/name and the revision number", (t) => {
  const revision: KubeObject = {
    apiVersion: "apps/v1", kind: "ControllerRevision", revision: 2,
    metadata: { name: "redis-5d8f", creationTimestamp: created, ownerReferences: [{ apiVersion: "apps/v1", kind: "StatefulSet", name: "redis", uid: "u", controller: true }] },
  };
  t.deepEqual(view(revision), [["NAME", "CONTROLLER", "REVISION", "AGE"], ["redis-5d8f", "statefulset.apps/redis", "2", "120m"]]);
});

test("services show TYPE CLUSTER-IP EXTERNAL-IP PORT(S) AGE, the selector with -o wide", (t) => {
  const service = (name: string, spec: Record<string, unknown>, status: Record<string, unknown> = {}): KubeObject => ({
    apiVersion: "v1", kind: "Service", metadata: { name, creationTimestamp: "2026-11-21T11:59:30Z" },
    spec: { clusterIP: "127.77.0.10", clusterIPs: ["127.77.0.10"], selector: { app: name }, ...spec }, status,
  });
  const table = toTable(
    [
      service("api", { type: "ClusterIP", ports: [{ port: 80, protocol: "TCP" }, { port: 443, protocol: "TCP" }] }),
      service("lb", { type: "LoadBalancer", ports: [{ port: 80, nodePort: 30080, protocol: "TCP" }] }),
      service("lb-ready", { type: "LoadBalancer", ports: [{ port: 80, nodePort: 30081, protocol: "TCP" }] }, { loadBalancer: { ingress: [{ ip: "192.168.100.102" }, { ip: "192.168.100.101" }] } }),
      service("db", { type: "ExternalName", externalName: "db.example.com", clusterIP: "", clusterIPs: [] }),
    ],
    { kind: "Service", now },
  );
  t.deepEqual(kubectlView(table, { wide: true }), [
    ["NAME", "TYPE", "CLUSTER-IP", "EXTERNAL-IP", "PORT(S)", "AGE", "SELECTOR"],
    ["api", "ClusterIP", "127.77.0.10", "<none>", "80/TCP,443/TCP", "30s", "app=api"],
    ["lb", "LoadBalancer", "127.77.0.10", "<pending>", "80:30080/TCP", "30s", "app=lb"],
    // The server renders wide cells, so a long address is never cut short.
    ["lb-ready", "LoadBalancer", "127.77.0.10", "192.168.100.101,192.168.100.102", "80:30081/TCP", "30s", "app=lb-ready"],
    ["db", "ExternalName", "<none>", "db.example.com", "<none>", "30s", "app=db"],
  ]);
});

test("endpoints list three addresses and count the rest", (t) => {
  const endpoints: KubeObject = {
    apiVersion: "v1", kind: "Endpoints", metadata: { name: "web", creationTimestamp: created },
    subsets: [{ addresses: [{ ip: "10.0.0.1" }, { ip: "10.0.0.2" }], ports: [{ port: 80 }, { port: 443 }] }],
  };
  t.deepEqual(view(endpoints)[1], ["web", "10.0.0.1:80,10.0.0.2:80,10.0.0.1:443 + 1 more...", "120m"]);
});

test("ingresses show CLASS HOSTS ADDRESS PORTS AGE", (t) => {
  const ingress: KubeObject = {
    apiVersion: "networking.k8s.io/v1", kind: "Ingress", metadata: { name: "site", creationTimestamp: created },
    spec: { ingressClassName: "troupe", rules: [{ host: "shop.example.com" }], tls: [{ hosts: ["shop.example.com"] }] },
    status: { loadBalancer: { ingress: [{ ip: "127.0.0.1" }] } },
  };
  t.deepEqual(view(ingress), [["NAME", "CLASS", "HOSTS", "ADDRESS", "PORTS", "AGE"], ["site", "troupe", "shop.example.com", "127.0.0.1", "80, 443", "120m"]]);
});
