// ServiceAccounts end to end through the API and the controller manager: every namespace gets
// the `default` ServiceAccount and the `kube-root-ca.crt` ConfigMap (back when deleted), and with
// ServiceAccount admission on, pods get their ServiceAccount and its token volume, as in Kubernetes.
import test from "ava";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ApiError } from "../runtime/api-errors.ts";
import type { KubeObject } from "../runtime/api-client.ts";
import { CONTROLLER_TEST_OPTIONS, eventually, startFixture, startManager, stopFixture, type Fixture } from "./helpers/controller-cluster.ts";

const CA_PEM = "-----BEGIN CERTIFICATE-----\nMIIBtest\n-----END CERTIFICATE-----\n";
const MOUNT_PATH = "/var/run/secrets/kubernetes.io/serviceaccount";

let fixture: Fixture;
let dir: string;

test.before(async () => {
  dir = await mkdtemp(join(tmpdir(), "troupe-sa-"));
  await writeFile(join(dir, "ca.crt"), CA_PEM);
  fixture = await startFixture({ serviceAccountAdmission: true });
  await startManager(fixture, { ...CONTROLLER_TEST_OPTIONS, clusterCaFile: join(dir, "ca.crt") });
  await fixture.cluster.client.create({ apiVersion: "v1", kind: "Namespace", metadata: { name: "team-a" } });
  await fixture.cluster.client.create({ apiVersion: "v1", kind: "Namespace", metadata: { name: "recreate" } });
  // The admission tests need team-a's default ServiceAccount (the deletion test uses "recreate").
  await eventually(() => fixture.cluster.client.get("serviceaccounts", "default", { namespace: "team-a" }).catch(() => undefined), "team-a's default ServiceAccount");
});

test.after.always(async () => {
  if (fixture) await stopFixture(fixture);
  if (dir) await rm(dir, { recursive: true, force: true });
});

const get = (resource: string, name: string, namespace: string) =>
  fixture.cluster.client.get(resource, name, { namespace }).catch((error: unknown) => (error instanceof ApiError && error.code === 404 ? undefined : Promise.reject(error)));

test("every namespace gets a default ServiceAccount, recreated after a deletion", async (t) => {
  for (const namespace of ["default", "team-a", "recreate"]) {
    const account = await eventually(() => get("serviceaccounts", "default", namespace), `default/${namespace}`);
    t.is(account.kind, "ServiceAccount");
  }
  const before = await get("serviceaccounts", "default", "recreate");
  await fixture.cluster.client.delete("serviceaccounts", "default", { namespace: "recreate" });
  const after = await eventually(async () => {
    const account = await get("serviceaccounts", "default", "recreate");
    return account && account.metadata?.uid !== before?.metadata?.uid ? account : undefined;
  }, "the default ServiceAccount back");
  t.truthy(after.metadata?.uid);
});

test("every namespace gets kube-root-ca.crt with the cluster CA, restored after a deletion or an edit", async (t) => {
  const configMap = await eventually(() => get("configmaps", "kube-root-ca.crt", "recreate"), "kube-root-ca.crt");
  t.deepEqual(configMap.data, { "ca.crt": CA_PEM });
  await fixture.cluster.client.delete("configmaps", "kube-root-ca.crt", { namespace: "recreate" });
  const current = await eventually(async () => {
    const back = await get("configmaps", "kube-root-ca.crt", "recreate");
    return back && back.metadata?.uid !== configMap.metadata?.uid ? back : undefined;
  }, "kube-root-ca.crt back");
  await fixture.cluster.client.update({ ...current, data: { "ca.crt": "tampered" } });
  await eventually(async () => ((await get("configmaps", "kube-root-ca.crt", "recreate"))?.data as Record<string, string> | undefined)?.["ca.crt"] === CA_PEM ? true : undefined, "the CA restored");
  t.pass();
});

function pod(name: string, spec: Record<string, unknown> = {}): KubeObject {
  return { apiVersion: "v1", kind: "Pod", metadata: { name, namespace: "team-a" }, spec: { containers: [{ name: "app", image: "host" }, { name: "side", image: "host" }], initContainers: [{ name: "init", image: "host" }], ...spec } };
}

interface PodJson {
  spec: {
    serviceAccountName?: string;
    volumes?: { name: string; projected?: { defaultMode?: number; sources: Record<string, unknown>[] } }[];
    containers: { name: string; volumeMounts?: { name: string; mountPath: string; readOnly?: boolean }[] }[];
    initContainers?: { name: string; volumeMounts?: { name: string; mountPath: string; readOnly?: boolean }[] }[];
  };
}

test("admission gives a pod the default ServiceAccount and the kube-api-access token volume in every container", async (t) => {
  const created = (await fixture.cluster.client.create(pod("plain"))) as unknown as PodJson;
  t.is(created.spec.serviceAccountName, "default");
  const [volume] = created.spec.volumes ?? [];
  t.regex(volume.name, /^kube-api-access-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
  t.deepEqual(volume.projected, {
    defaultMode: 420,
    sources: [
      { serviceAccountToken: { expirationSeconds: 3607, path: "token" } },
      { configMap: { name: "kube-root-ca.crt", items: [{ key: "ca.crt", path: "ca.crt" }] } },
      { downwardAPI: { items: [{ path: "namespace", fieldRef: { apiVersion: "v1", fieldPath: "metadata.namespace" } }] } },
    ],
  });
  for (const container of [...created.spec.containers, ...(created.spec.initContainers ?? [])]) {
    t.deepEqual(container.volumeMounts, [{ name: volume.name, readOnly: true, mountPath: MOUNT_PATH }], container.name);
  }
});

test("admission refuses a pod naming a ServiceAccount that does not exist, with Kubernetes' words", async (t) => {
  const error = await t.throwsAsync(fixture.cluster.client.create(pod("lost", { serviceAccountName: "ghost" })));
  t.is((error as ApiError).code, 403);
  t.is(error?.message, 'pods "lost" is forbidden: error looking up service account team-a/ghost: serviceaccount "ghost" not found');
});

test("automountServiceAccountToken of the ServiceAccount and of the pod decide the mount, the pod's first", async (t) => {
  await fixture.cluster.client.create({ apiVersion: "v1", kind: "ServiceAccount", metadata: { name: "quiet", namespace: "team-a" }, automountServiceAccountToken: false, imagePullSecrets: [{ name: "registry" }] });
  const quiet = (await fixture.cluster.client.create(pod("quiet", { serviceAccountName: "quiet" }))) as unknown as PodJson & { spec: { imagePullSecrets?: unknown } };
  t.is(quiet.spec.volumes, undefined);
  t.deepEqual(quiet.spec.imagePullSecrets, [{ name: "registry" }]);
  const insists = (await fixture.cluster.client.create(pod("insists", { serviceAccountName: "quiet", automountServiceAccountToken: true }))) as unknown as PodJson;
  t.is(insists.spec.volumes?.length, 1);
  const refuses = (await fixture.cluster.client.create(pod("refuses", { automountServiceAccountToken: false }))) as unknown as PodJson;
  t.is(refuses.spec.volumes, undefined);
});

test("a container that already mounts something at the token path is left alone", async (t) => {
  const own = pod("own", {
    volumes: [{ name: "mine", emptyDir: {} }],
    containers: [{ name: "app", image: "host", volumeMounts: [{ name: "mine", mountPath: MOUNT_PATH }] }, { name: "side", image: "host" }],
    initContainers: [],
  });
  const created = (await fixture.cluster.client.create(own)) as unknown as PodJson;
  t.deepEqual(created.spec.containers[0].volumeMounts, [{ name: "mine", mountPath: MOUNT_PATH }]);
  t.regex(created.spec.containers[1].volumeMounts?.[0].name ?? "", /^kube-api-access-/);
});

test("kubectl-style columns: NAME, SECRETS, AGE", async (t) => {
  const { columnsForKind } = await import("../runtime/printers/columns-by-kind.ts");
  const columns = columnsForKind("ServiceAccount") ?? [];
  t.deepEqual(columns.map((column) => column.name), ["Name", "Secrets", "Age"]);
  t.is(columns[1].cell({ apiVersion: "v1", kind: "ServiceAccount", secrets: [{ name: "a" }] } as KubeObject, { now: Date.now(), wide: false }), 1);
});
