// The NATS `patch` verb against a real nats-server and API service: each patch type, server-side
// apply's ownership (conflicts, force, fields another manager set), dry runs and bad patches.
import test from "ava";
import { ApiError, TypedApiClient, type KubeObject } from "../runtime/api-client.ts";
import { startApiTestCluster, type ApiTestCluster } from "./helpers/api-cluster.ts";
import { troupe } from "./helpers/troupe-cli.ts";

let cluster: ApiTestCluster;
test.before(async () => {
  cluster = await startApiTestCluster();
});
test.after.always(async () => {
  await cluster?.stop();
});

const deployment = (name: string, spec: Record<string, unknown> = {}): KubeObject => ({
  apiVersion: "apps/v1",
  kind: "Deployment",
  metadata: { name, labels: { app: name } },
  spec: {
    selector: { matchLabels: { app: name } },
    template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: "web", image: "web:1" }] } },
    ...spec,
  },
});
const spec = (object: KubeObject) => object.spec as { replicas?: number; template: { spec: { containers: { name: string; image: string }[] } } };
const managers = (object: KubeObject) => (object.metadata?.managedFields ?? []).map((entry) => `${entry.manager}/${entry.operation}`).sort();

async function apiError(t: { throwsAsync: (p: Promise<unknown>) => Promise<unknown> }, promise: Promise<unknown>): Promise<ApiError> {
  const error = await t.throwsAsync(promise);
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

test("troupe apply keeps replicas that troupe scale set when the manifest leaves them out", async (t) => {
  const url = cluster.server.url;
  const manifest = (replicas: string) => `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: kept}\nspec:\n${replicas}  selector: {matchLabels: {app: kept}}\n  template:\n    metadata: {labels: {app: kept}}\n    spec: {containers: [{name: web, image: "web:1"}]}\n`;
  const created = await troupe(["apply", "-f", "-", "--server", url], { stdin: manifest("  replicas: 1\n") });
  t.is(created.stdout, "deployment.apps/kept created\n", created.stderr);
  const scaled = await troupe(["scale", "deploy", "kept", "--replicas", "5", "--server", url]);
  t.is(scaled.code, 0, scaled.stderr);
  // The scale took replicas from troupe, so leaving them out changes nothing.
  const reapplied = await troupe(["apply", "-f", "-", "--server", url], { stdin: manifest("") });
  t.is(reapplied.stdout, "deployment.apps/kept unchanged\n", reapplied.stderr);
  const stored = await cluster.client.get("deploy", "kept", { namespace: "default" });
  t.is(spec(stored).replicas, 5);
  t.deepEqual(managers(stored), ["troupe-scale/Update", "troupe/Apply"]);
  const changed = await troupe(["apply", "-f", "-", "--server", url], { stdin: manifest("").replace("web:1", "web:2") });
  t.is(changed.stdout, "deployment.apps/kept configured\n", changed.stderr);
  t.is(spec(await cluster.client.get("deploy", "kept")).replicas, 5);
});

test("troupe apply of a field another manager owns is a conflict with kubectl's advice, and --force-conflicts takes it", async (t) => {
  const url = cluster.server.url;
  const manifest = `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: contested}\nspec:\n  replicas: 1\n  selector: {matchLabels: {app: c}}\n  template:\n    metadata: {labels: {app: c}}\n    spec: {containers: [{name: web, image: "web:1"}]}\n`;
  t.is((await troupe(["apply", "-f", "-", "--server", url], { stdin: manifest })).code, 0);
  t.is((await troupe(["scale", "deploy", "contested", "--replicas", "3", "--server", url])).code, 0);
  const refused = await troupe(["apply", "-f", "-", "--server", url], { stdin: manifest });
  t.is(refused.code, 1);
  t.regex(refused.stderr, /^Error from server \(Conflict\): error when applying "STDIN": Apply failed with 1 conflict: conflict with "troupe-scale" using apps\/v1 at \S+: \.spec\.replicas\n/);
  t.regex(refused.stderr, /--force-conflicts/);
  t.is(spec(await cluster.client.get("deploy", "contested")).replicas, 3);
  const forced = await troupe(["apply", "-f", "-", "--force-conflicts", "--server", url], { stdin: manifest });
  t.is(forced.stdout, "deployment.apps/contested configured\n", forced.stderr);
  t.is(spec(await cluster.client.get("deploy", "contested")).replicas, 1);
});

test("apply by two managers: a conflict names the field and the manager, force moves ownership", async (t) => {
  const { client } = cluster;
  const first = await client.patchWithOutcome("deployments", "shared", { patchType: "apply", patch: deployment("shared", { replicas: 2 }), fieldManager: "alpha" });
  t.is(first.outcome, "created");
  t.deepEqual(managers(first.object), ["alpha/Apply"]);
  const error = await apiError(t, client.patch("deployments", "shared", { patchType: "apply", patch: { apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "shared" }, spec: { replicas: 4 } }, fieldManager: "beta" }));
  t.is(error.code, 409);
  t.is(error.reason, "Conflict");
  t.is(error.message, 'Apply failed with 1 conflict: conflict with "alpha": .spec.replicas');
  t.deepEqual(error.details?.causes, [{ reason: "FieldManagerConflict", message: 'conflict with "alpha"', field: ".spec.replicas" }]);
  const forced = await client.patch("deployments", "shared", { patchType: "apply", patch: { apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "shared" }, spec: { replicas: 4 } }, fieldManager: "beta", force: true });
  t.is(spec(forced).replicas, 4);
  // alpha no longer owns replicas: its re-apply without them leaves beta's value.
  const reapplied = await client.patch("deployments", "shared", { patchType: "apply", patch: deployment("shared"), fieldManager: "alpha" });
  t.is(spec(reapplied).replicas, 4);
});

test("a JSON patch, a merge patch and a strategic merge patch each change the object", async (t) => {
  const { client } = cluster;
  await client.create(deployment("patched", { replicas: 1 }));
  const json = await client.patch("deploy", "patched", { patchType: "json", patch: [{ op: "test", path: "/spec/replicas", value: 1 }, { op: "replace", path: "/spec/replicas", value: 2 }] });
  t.is(spec(json).replicas, 2);
  const merge = await client.patch("deploy", "patched", { patchType: "merge", patch: { metadata: { labels: { tier: "fe" } } }, fieldManager: "kubectl-label" });
  t.deepEqual(merge.metadata?.labels, { app: "patched", tier: "fe" });
  t.deepEqual(managers(merge), ["kubectl-label/Update"]);
  const strategic = await client.patchWithOutcome("deploy", "patched", {
    patchType: "strategic",
    patch: {
      metadata: { annotations: { "kubectl.kubernetes.io/last-applied-configuration": "{}" } },
      spec: { replicas: 3, template: { spec: { "$setElementOrder/containers": [{ name: "web" }, { name: "side" }], containers: [{ image: "web:2", name: "web" }, { name: "side", image: "side:1" }] } } },
    },
    fieldManager: "kubectl-client-side-apply",
  });
  t.is(strategic.outcome, "configured");
  t.is(spec(strategic.object).replicas, 3);
  t.deepEqual(spec(strategic.object).template.spec.containers.map((c) => `${c.name}=${c.image}`), ["web=web:2", "side=side:1"]);
  t.is(strategic.object.metadata?.generation, 3);
  const same = await client.patchWithOutcome("deploy", "patched", { patchType: "merge", patch: { spec: { replicas: 3 } } });
  t.is(same.outcome, "unchanged");
  t.is(same.object.metadata?.resourceVersion, strategic.object.metadata?.resourceVersion);
});

test("the status and scale subresources patch only their part", async (t) => {
  const { client } = cluster;
  await client.create(deployment("subresources", { replicas: 1 }));
  const status = await client.patch("deploy", "subresources", { patchType: "merge", subresource: "status", patch: { status: { replicas: 1, readyReplicas: 1 }, spec: { replicas: 9 } } });
  t.is((status.status as { readyReplicas?: number }).readyReplicas, 1);
  t.is(spec(status).replicas, 1);
  const scale = await client.patch("deploy", "subresources", { patchType: "merge", subresource: "scale", patch: { spec: { replicas: 6 } } });
  t.like(scale, { apiVersion: "autoscaling/v1", kind: "Scale", spec: { replicas: 6 } });
  t.is(spec(await client.get("deploy", "subresources")).replicas, 6);
});

test("a dry-run patch answers with the result and stores nothing", async (t) => {
  const { client } = cluster;
  const created = await client.create(deployment("dry", { replicas: 1 }));
  const dry = await client.patch("deploy", "dry", { patchType: "merge", patch: { spec: { replicas: 8 } }, dryRun: true });
  t.is(spec(dry).replicas, 8);
  const applied = await client.patchWithOutcome("deploy", "dry-new", { patchType: "apply", patch: deployment("dry-new"), fieldManager: "m", dryRun: true });
  t.is(applied.outcome, "created");
  const stored = await client.get("deploy", "dry");
  t.is(spec(stored).replicas, 1);
  t.is(stored.metadata?.resourceVersion, created.metadata?.resourceVersion);
  await t.throwsAsync(client.get("deploy", "dry-new"), { message: /not found/ });
});

test("bad patches are refused naming the problem, and nothing is stored", async (t) => {
  const { client } = cluster;
  const created = await client.create(deployment("guarded", { replicas: 1 }));
  const cases: { patch: Parameters<typeof client.patch>[2]; code: number; message: RegExp }[] = [
    { patch: { patchType: "json", patch: [{ op: "test", path: "/spec/replicas", value: 7 }, { op: "remove", path: "/spec/replicas" }] }, code: 422, message: /operation 0 \(test \/spec\/replicas\)/ },
    { patch: { patchType: "json", patch: [{ op: "replace", path: "/spec/nope/deeper", value: 1 }] }, code: 422, message: /\/spec\/nope\/deeper/ },
    { patch: { patchType: "json", patch: { not: "an array" } }, code: 400, message: /must be an array/ },
    { patch: { patchType: "merge", patch: "{not json" }, code: 400, message: /not valid JSON/ },
    { patch: { patchType: "merge", patch: { spec: { replicass: 3 } } }, code: 400, message: /unknown field "spec.replicass"/ },
    { patch: { patchType: "strategic", patch: { spec: { template: { spec: { containers: [{ image: "no-name" }] } } } } }, code: 422, message: /no merge key "name"/ },
    { patch: { patchType: "merge", patch: { spec: { replicas: "three" } } }, code: 400, message: /spec.replicas: expected integer/ },
    { patch: { patchType: "merge", patch: { spec: { replicas: -1 } } }, code: 422, message: /spec.replicas/ },
    { patch: { patchType: "apply", patch: deployment("guarded") }, code: 422, message: /fieldManager: Required value/ },
    { patch: { patchType: "merge", patch: {}, force: true }, code: 422, message: /force/ },
    { patch: { patchType: "apply", patch: deployment("other-name"), fieldManager: "m" }, code: 400, message: /does not match the name/ },
    { patch: { patchType: "bogus" as "merge", patch: {} }, code: 400, message: /Unsupported value: "bogus"/ },
    { patch: { patchType: "apply", patch: deployment("guarded", { paused: true, replicaz: 2 }), fieldManager: "m" }, code: 400, message: /unknown field "spec.replicaz"/ },
    { patch: { patchType: "strategic", patch: { spec: { template: { spec: { containers: [{ name: "web", imagePolicy: "x" }] } } } } }, code: 400, message: /unknown field "spec.template.spec.containers\[0\].imagePolicy"/ },
    { patch: { patchType: "merge", patch: { metadata: { name: "renamed" } } }, code: 400, message: /name or namespace/ },
    { patch: { patchType: "apply", patch: "kind: [unclosed", fieldManager: "m" }, code: 400, message: /not valid YAML/ },
  ];
  for (const { patch, code, message } of cases) {
    const error = await apiError(t, client.patch("deploy", "guarded", patch));
    t.is(error.code, code, `${JSON.stringify(patch)}: ${error.message}`);
    t.regex(error.message, message);
  }
  const missing = await apiError(t, client.patch("deploy", "absent", { patchType: "merge", patch: {} }));
  t.is(missing.reason, "NotFound");
  const stored = await client.get("deploy", "guarded");
  t.is(stored.metadata?.resourceVersion, created.metadata?.resourceVersion);
  t.is(spec(stored).replicas, 1);
});

test("an apply YAML string and a protobuf-free key from the manifest both work", async (t) => {
  const { client } = cluster;
  const yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: from-yaml}\ndata: {a: '1'}\n";
  const created = await client.patchWithOutcome("configmaps", "from-yaml", { patchType: "apply", patch: yaml, fieldManager: "m" });
  t.is(created.outcome, "created");
  t.deepEqual(created.object.data, { a: "1" });
  const viaManifest = await client.applyServerSide({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "from-yaml" }, data: { b: "2" } }, { fieldManager: "m" });
  // m applied a before and leaves it out now: it goes.
  t.deepEqual(viaManifest.object.data, { b: "2" });
});

test("an update naming a field manager records an Update entry, and a patch with a stale resourceVersion is a conflict", async (t) => {
  const { client } = cluster;
  const created = await client.create({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "owned" }, data: { a: "1" } }, { fieldManager: "creator" });
  t.deepEqual(created.metadata?.managedFields?.map((e) => [e.manager, e.operation, e.fieldsV1]), [["creator", "Update", { "f:data": { ".": {}, "f:a": {} } }]]);
  const updated = await client.update({ ...created, data: { a: "2" } }, { fieldManager: "editor" });
  // creator still owns the data map it made; the value it set is editor's now.
  t.deepEqual(updated.metadata?.managedFields?.map((e) => [e.manager, e.fieldsV1]), [["creator", { "f:data": {} }], ["editor", { "f:data": { "f:a": {} } }]]);
  const stale = await apiError(t, client.patch("cm", "owned", { patchType: "merge", patch: { metadata: { resourceVersion: created.metadata?.resourceVersion }, data: { a: "3" } } }));
  t.is(stale.reason, "Conflict");
});

test("the protobuf envelope carries a patch as JSON text and answers with the typed object", async (t) => {
  const typed = new TypedApiClient(cluster.nc, { timeoutMs: 5000 });
  const applied = await typed.patch<{ apiVersion: string; kind: string; metadata?: { managedFields?: { manager?: string; fieldsV1?: { raw?: string } }[] }; data?: Record<string, string> }>(
    "configmaps", "typed", { patchType: "apply", patch: { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "typed" }, data: { a: "1" } }, fieldManager: "typed-client" },
  );
  t.is(applied.outcome, "created");
  t.deepEqual(applied.object.data, { a: "1" });
  t.is(applied.object.metadata?.managedFields?.[0]?.manager, "typed-client");
  t.deepEqual(JSON.parse(applied.object.metadata?.managedFields?.[0]?.fieldsV1?.raw ?? "{}"), { "f:data": { "f:a": {} } });
  const merged = await typed.patch<{ apiVersion: string; kind: string; data?: Record<string, string> }>("configmaps", "typed", { patchType: "merge", patch: { data: { b: "2" } } });
  t.deepEqual(merged.object.data, { a: "1", b: "2" });
});

test("concurrent patches of one object all land: a lost compare-and-set race reads again and re-applies", async (t) => {
  const { client } = cluster;
  await client.create({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "raced" } });
  await Promise.all(Array.from({ length: 6 }, (_, i) => client.patch("cm", "raced", { patchType: "strategic", patch: { metadata: { labels: { [`writer-${i}`]: "yes" } } } })));
  t.is(Object.keys((await client.get("cm", "raced")).metadata?.labels ?? {}).length, 6);
});

test("re-applying a Service (allocated clusterIP and nodePort) and a Secret with stringData is unchanged", async (t) => {
  const { client } = cluster;
  const service: KubeObject = { apiVersion: "v1", kind: "Service", metadata: { name: "applied-svc" }, spec: { type: "NodePort", selector: { app: "x" }, ports: [{ port: 80, targetPort: 8080 }] } };
  const secret: KubeObject = { apiVersion: "v1", kind: "Secret", metadata: { name: "applied-secret" }, stringData: { password: "s3cret" } };
  for (const object of [service, secret]) {
    const first = await client.applyServerSide(object, { fieldManager: "troupe" });
    t.is(first.outcome, "created");
    const second = await client.applyServerSide(object, { fieldManager: "troupe" });
    t.is(second.outcome, "unchanged", JSON.stringify(second.object));
    t.is(second.object.metadata?.resourceVersion, first.object.metadata?.resourceVersion);
  }
  const stored = await client.get("svc", "applied-svc");
  t.truthy((stored.spec as { clusterIP?: string }).clusterIP);
});
