// A pod's whole path to its ServiceAccount, on a nats-server in operator mode: admission gives the
// pod its token volume, the kubelet (playing a non-root node: no mounts) requests the pod-bound
// token and names its file in the environment, and the pod's Node.js program, importing
// @troupe/sdk, connects with it, calls a mesh service that sees the pod as its caller (another
// ServiceAccount is refused), and calls the API as its ServiceAccount.
import test from "ava";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TypedApiClient } from "../runtime/api-client.ts";
import { findResource, type ResourceInfo } from "../runtime/codec/resources.ts";
import { SharedInformerFactory } from "../runtime/controller/shared-informers.ts";
import { ImageStore } from "../runtime/images/image-store.ts";
import { openLeaseStore } from "../runtime/leader-election/lease-lock.ts";
import { createLogger } from "../runtime/log.ts";
import { defineService, Mesh } from "../runtime/mesh/mod.ts";
import { KvStore } from "../runtime/store/kv-store.ts";
import { ObjectRepository } from "../runtime/store/object-repository.ts";
import { STATE_BUCKET } from "../runtime/subjects.ts";
import { ProcessDriver } from "../services/kubelet/drivers/process-driver.ts";
import { Kubelet } from "../services/kubelet/kubelet.ts";
import { PodEventRouter } from "../services/kubelet/pod-event-router.ts";
import { eventuallyValue } from "./helpers/kubelet-harness.ts";
import { startSecuredCluster, type SecuredCluster } from "./helpers/secured-cluster.ts";

const quiet = createLogger("e2e-sa", {}, { level: "error" });
let cluster: SecuredCluster;
let kubelet: Kubelet;
let factory: SharedInformerFactory;
let server: Mesh;
let dir = "";

const PROGRAM = `
import { writeFileSync } from "node:fs";
import { Mesh, MeshError } from "@troupe/sdk";
const mesh = await Mesh.connect({ servers: process.env.TROUPE_NATS_URL.split(","), namespace: "default" });
const { JsonApiClient } = await import(process.env.API_CLIENT_URL);
const result = {};
try { result.caller = await mesh.call("orders.whoami", {}); } catch (error) { result.error = error instanceof MeshError ? error.code : String(error); }
result.self = (await new JsonApiClient(mesh.nc).get("pods", process.env.TROUPE_POD_NAME, { namespace: "default" })).metadata.name;
writeFileSync(process.env.OUT, JSON.stringify(result));
await mesh.stop();
`;

test.before(async () => {
  dir = await mkdtemp(join(tmpdir(), "troupe-e2e-sa-"));
  await writeFile(join(dir, "program.mjs"), PROGRAM);
  cluster = await startSecuredCluster({ serviceAccountAdmission: true });
  for (const name of ["orders", "shopper", "stranger"]) await cluster.client.create({ apiVersion: "v1", kind: "ServiceAccount", metadata: { name, namespace: "default" } });
  await cluster.client.create({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "kube-root-ca.crt", namespace: "default" }, data: { "ca.crt": "CA" } });
  // RBAC: the namespace's ServiceAccounts may read what view grants there (their pods).
  await cluster.client.create({
    apiVersion: "rbac.authorization.k8s.io/v1", kind: "RoleBinding", metadata: { name: "serviceaccounts-view", namespace: "default" },
    roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "view" },
    subjects: [{ kind: "Group", apiGroup: "rbac.authorization.k8s.io", name: "system:serviceaccounts:default" }],
  });
  const nc = await cluster.connectAdmin();
  const client = new TypedApiClient(nc);
  factory = new SharedInformerFactory(new ObjectRepository(await KvStore.open(nc, { bucket: STATE_BUCKET })), quiet);
  kubelet = new Kubelet(
    { client, router: new PodEventRouter(factory.informer(findResource("pods") as ResourceInfo)), leases: await openLeaseStore(nc), images: await ImageStore.open(nc), driver: new ProcessDriver({ logger: quiet, cgroups: false, podsDir: join(dir, "pods"), mountNamespaces: false }), logger: quiet },
    { nodeName: "node-sa", cpu: "2", memory: "2Gi", rootDir: join(dir, "kubelet"), natsUrl: cluster.server.url, imagePullBackoffMs: 200, statusIntervalMs: 500 },
  );
  await kubelet.start();
  await factory.start();
  const issued = await cluster.client.createToken("default", "orders", {});
  await writeFile(join(dir, "orders.token"), issued.status?.token ?? "", { mode: 0o600 });
  server = await Mesh.connect({ servers: cluster.server.url, tokenFile: join(dir, "orders.token"), namespace: "default", logger: quiet });
  await server.serve(defineService({ name: "orders", allowedCallers: ["shopper"], handlers: { whoami: (_request: unknown, ctx) => ctx.caller } }));
});

test.after.always(async () => {
  await server?.stop().catch(() => undefined);
  await kubelet?.stop(1).catch(() => undefined);
  factory?.stop();
  await cluster?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function runPod(name: string, serviceAccount: string): Promise<{ caller?: { username: string; pod?: string }; error?: string; self: string }> {
  const out = join(dir, `${name}.json`);
  await cluster.client.create({
    apiVersion: "v1", kind: "Pod", metadata: { name, namespace: "default" },
    spec: {
      nodeName: "node-sa", restartPolicy: "Never", terminationGracePeriodSeconds: 1, serviceAccountName: serviceAccount,
      containers: [{ name: "app", image: "host", command: ["node", join(dir, "program.mjs")], env: [{ name: "OUT", value: out }, { name: "API_CLIENT_URL", value: new URL("../runtime/api-client.ts", import.meta.url).href }] }],
    },
  });
  return JSON.parse(await eventuallyValue(() => readFile(out, "utf8"), (text) => text.length > 0, `${name}'s result`, 30_000));
}

test("a pod calls the mesh and the API with its projected token; the service sees the pod's ServiceAccount", async (t) => {
  const result = await runPod("shopper-1", "shopper");
  t.is(result.caller?.username, "system:serviceaccount:default:shopper");
  t.is(result.caller?.pod, "shopper-1");
  t.is(result.self, "shopper-1");
});

test("a pod of another ServiceAccount is refused by allowedCallers, and still reaches the API as itself", async (t) => {
  const result = await runPod("stranger-1", "stranger");
  t.is(result.error, "FORBIDDEN");
  t.is(result.self, "stranger-1");
});
