// The SDK as a pod's ServiceAccount, on a nats-server in operator mode: it connects with the
// projected token file, calls the API as its ServiceAccount, names itself as the caller of mesh
// calls (the server lets it publish only under its own identity), a service restricts its callers,
// and a rotated token file is picked up by reconnecting.
import test from "ava";
import { rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { NatsConnection } from "@nats-io/transport-node";
import { JsonApiClient } from "../runtime/api-client.ts";
import { connectionIdentityToken } from "../runtime/auth/connection-identity.ts";
import { defineService, Mesh, MeshError, type MeshCaller } from "../runtime/mesh/mod.ts";
import { connectAsServiceAccount } from "../runtime/mesh/service-account.ts";
import { meshCallerMethodSubject } from "../runtime/subjects.ts";
import { startSecuredCluster, type SecuredCluster } from "./helpers/secured-cluster.ts";
import { createLogger } from "../runtime/log.ts";

let cluster: SecuredCluster;
const meshes: Mesh[] = [];
const quiet = createLogger("mesh-test", {}, { level: "error" });

async function tokenFile(account: string, pod?: string): Promise<string> {
  const issued = await cluster.client.createToken("default", account, pod ? { spec: { boundObjectRef: { kind: "Pod", apiVersion: "v1", name: pod } } } : {});
  const path = join(cluster.dir, `${account}-${Date.now()}-${Math.random().toString(36).slice(2)}.token`);
  await writeFile(path, issued.status?.token ?? "", { mode: 0o600 });
  return path;
}

async function meshAs(account: string, pod?: string): Promise<Mesh> {
  const mesh = await Mesh.connect({ servers: cluster.server.url, tokenFile: await tokenFile(account, pod), namespace: "default", logger: quiet });
  meshes.push(mesh);
  return mesh;
}

test.before(async () => {
  cluster = await startSecuredCluster();
  for (const name of ["orders", "robot", "intruder"]) {
    await cluster.client.create({ apiVersion: "v1", kind: "ServiceAccount", metadata: { name, namespace: "default", ...(name === "orders" ? { annotations: { "troupe.io/mesh-services": "orders" } } : {}) } });
  }
  await cluster.client.create({ apiVersion: "v1", kind: "Pod", metadata: { name: "robot-pod", namespace: "default" }, spec: { serviceAccountName: "robot", containers: [{ name: "c", image: "host" }] } });
  // RBAC: robot may read what view grants in default.
  await cluster.client.create({
    apiVersion: "rbac.authorization.k8s.io/v1", kind: "RoleBinding", metadata: { name: "robot-view", namespace: "default" },
    roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "view" }, subjects: [{ kind: "ServiceAccount", name: "robot" }],
  });
  const server = await meshAs("orders");
  await server.serve(defineService({ name: "orders", allowedCallers: ["robot"], handlers: { whoami: (_request: unknown, ctx) => ctx.caller } }));
});

test.after.always(async () => {
  for (const mesh of meshes) await mesh.stop().catch(() => undefined);
  await cluster?.stop();
});

test("a mesh call from a ServiceAccount shows the caller, bound to its pod", async (t) => {
  const robot = await meshAs("robot", "robot-pod");
  const caller = await robot.call<unknown, MeshCaller>("orders.whoami", {});
  t.is(caller.username, "system:serviceaccount:default:robot");
  t.deepEqual(caller.serviceAccount, { namespace: "default", name: "robot" });
  t.is(caller.pod, "robot-pod");
});

test("allowedCallers refuses another ServiceAccount with FORBIDDEN", async (t) => {
  const intruder = await meshAs("intruder");
  const error = await t.throwsAsync(intruder.call("orders.whoami", {}), { instanceOf: MeshError });
  t.is(error?.code, "FORBIDDEN");
  t.regex(error?.message ?? "", /caller system:serviceaccount:default:intruder may not call service orders \(allowedCallers: robot\)/);
});

test("a caller cannot claim another caller's identity: the NATS server refuses the publish", async (t) => {
  const robot = await meshAs("robot");
  const intruder = await meshAs("intruder");
  const forged = meshCallerMethodSubject("default", "orders", "whoami", connectionIdentityToken(robot.nc) ?? "");
  await t.throwsAsync(intruder.nc.request(forged, "{}", { timeout: 2000 }), { message: /Permissions Violation for Publish/ });
});

test("the SDK's connection calls the API as the ServiceAccount", async (t) => {
  const robot = await meshAs("robot");
  const client = new JsonApiClient(robot.nc, { timeoutMs: 5000 });
  const pod = await client.get("pods", "robot-pod", { namespace: "default" });
  t.is(pod.metadata?.name, "robot-pod");
});

test("a rotated token file is picked up by reconnecting with it", async (t) => {
  const path = await tokenFile("robot");
  const nc: NatsConnection = await connectAsServiceAccount({ servers: cluster.server.url, tokenFile: path, watchIntervalMs: 50, logger: quiet });
  t.teardown(() => nc.close());
  const reconnected = (async () => {
    for await (const status of nc.status()) if (status.type === "reconnect") return true;
    return false;
  })();
  const next = await cluster.client.createToken("default", "robot", {});
  await writeFile(`${path}.tmp`, next.status?.token ?? "");
  await rename(`${path}.tmp`, path);
  t.true(await reconnected);
  const mesh = await Mesh.connect({ nc, namespace: "default", logger: quiet });
  t.is((await mesh.call<unknown, MeshCaller>("orders.whoami", {})).username, "system:serviceaccount:default:robot");
});
