// The console's cluster view against a real API (in process, real nats-server), reading as the
// console's own user (system:troupe:console, RBAC's bootstrap role): rows appear, change and go
// with the objects, a Service's row follows its Endpoints, no polling.
import test from "ava";
import { roleUser } from "../runtime/auth/role-permissions.ts";
import { ClusterView, type RowChange } from "../services/console/cluster-view.ts";
import type { PodRow } from "../services/console/views/pod-row.ts";
import type { ServiceRow } from "../services/console/views/service-row.ts";
import type { WorkloadRow } from "../services/console/views/workload-row.ts";
import { startApiTestCluster, type ApiTestCluster } from "./helpers/api-cluster.ts";
import { eventually } from "./helpers/workload-cluster.ts";

let cluster: ApiTestCluster;
let view: ClusterView;
const changes: RowChange[] = [];

test.before(async () => {
  cluster = await startApiTestCluster();
  view = new ClusterView();
  await view.start(await cluster.clientAs(roleUser({ role: "console" })));
  view.onChange((change) => changes.push(change));
});

test.after.always(async () => {
  view?.stop();
  await cluster?.stop();
});

const rows = () => Promise.resolve(view.snapshot());

test.serial("a pod's row appears, follows its status and goes when it is deleted", async (t) => {
  await cluster.client.create({ apiVersion: "v1", kind: "Node", metadata: { name: "node-1" }, status: { conditions: [{ type: "Ready", status: "True" }] } });
  const pod = await cluster.client.create({ apiVersion: "v1", kind: "Pod", metadata: { name: "web", namespace: "default" }, spec: { nodeName: "node-1", containers: [{ name: "app", image: "host" }] } });
  await eventually(rows, (snapshot) => (snapshot.pods["default/web"] as PodRow | undefined)?.node === "node-1", "the pod's row");
  t.like(view.snapshot().nodes["node-1"], { ready: "Ready" });
  await cluster.client.updateStatus({ ...pod, status: { phase: "Running", reason: "Marked" } });
  await eventually(rows, (snapshot) => (snapshot.pods["default/web"] as PodRow | undefined)?.status === "Marked", "the new status");
  await cluster.client.delete("pods", "web", { namespace: "default", gracePeriodSeconds: 0 });
  await eventually(rows, (snapshot) => !("default/web" in snapshot.pods), "the row gone");
  t.true(changes.some((change) => change.view === "pods" && change.key === "default/web" && change.row === undefined));
});

test.serial("a Service's row lists its Endpoints' addresses and follows them", async (t) => {
  await cluster.client.create({ apiVersion: "v1", kind: "Service", metadata: { name: "web", namespace: "default" }, spec: { ports: [{ port: 80, targetPort: 8080 }] } });
  await eventually(rows, (snapshot) => "default/web" in snapshot.services, "the Service's row");
  const endpoints = await cluster.client.create({ apiVersion: "v1", kind: "Endpoints", metadata: { name: "web", namespace: "default" }, subsets: [{ addresses: [{ ip: "127.128.1.5" }], ports: [{ port: 8080 }] }] });
  const row = await eventually(rows, (snapshot) => (snapshot.services["default/web"] as ServiceRow).ready.length === 1, "the endpoint on the row");
  t.deepEqual((row.services["default/web"] as ServiceRow).ready, ["127.128.1.5:8080"]);
  await cluster.client.update({ ...endpoints, subsets: [{ notReadyAddresses: [{ ip: "127.128.1.5" }], ports: [{ port: 8080 }] }] });
  await eventually(rows, (snapshot) => (snapshot.services["default/web"] as ServiceRow).notReady.length === 1 && (snapshot.services["default/web"] as ServiceRow).ready.length === 0, "the endpoint not ready");
  await cluster.client.delete("services", "web", { namespace: "default" });
  await eventually(rows, (snapshot) => !("default/web" in snapshot.services), "the Service's row gone");
  t.pass();
});

test.serial("a Deployment's row shows its rollout progress", async (t) => {
  await cluster.client.create({ apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "web", namespace: "default" }, spec: { replicas: 2, selector: { matchLabels: { app: "web" } }, template: { metadata: { labels: { app: "web" } }, spec: { containers: [{ name: "app", image: "host" }] } } } });
  const snapshot = await eventually(rows, (found) => "Deployment/default/web" in found.workloads, "the Deployment's row");
  t.like(snapshot.workloads["Deployment/default/web"] as WorkloadRow, { kind: "Deployment", desired: 2, available: 0, complete: false });
});
