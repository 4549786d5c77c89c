// The VerticalPodAutoscaler kind (autoscaling.k8s.io/v1) over the NATS API and the CLI:
// `troupe get vpa` with the VPA CRD's columns, and bad input refused with the field named.
import test from "ava";
import { ApiError, type KubeObject } from "../runtime/api-client.ts";
import { startApiTestCluster, type ApiTestCluster } from "./helpers/api-cluster.ts";
import { kubectlMissing, startKubeApiFixture, type KubeApiFixture } from "./helpers/kube-api-fixture.ts";
import { troupe } from "./helpers/troupe-cli.ts";

let cluster: ApiTestCluster;
let kube: KubeApiFixture | undefined;
const missing = kubectlMissing();
test.before(async () => {
  cluster = await startApiTestCluster();
  if (missing) console.log(`api-vpa: skipping the kubectl test: ${missing}`);
  else kube = await startKubeApiFixture(cluster.nc);
});
test.after.always(async () => {
  await kube?.stop();
  await cluster?.stop();
});

const vpa = (name: string, spec: Record<string, unknown> = {}): KubeObject => ({
  apiVersion: "autoscaling.k8s.io/v1",
  kind: "VerticalPodAutoscaler",
  metadata: { name },
  spec: { targetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "web" }, updatePolicy: { updateMode: "Off" }, ...spec },
});

async function refused(t: import("ava").ExecutionContext, object: KubeObject, ...patterns: RegExp[]): Promise<void> {
  const error = await t.throwsAsync(cluster.client.create(object));
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  t.is(error.code, 422, error.message);
  for (const pattern of patterns) t.regex(error.message, pattern);
}

test("a VPA is stored and troupe get vpa prints the CRD's columns", async (t) => {
  await cluster.client.create(vpa("listed", { resourcePolicy: { containerPolicies: [{ containerName: "*", minAllowed: { cpu: "50m" }, maxAllowed: { cpu: "2", memory: "1Gi" }, controlledValues: "RequestsOnly" }] } }));
  const listed = await troupe(["get", "vpa", "listed", "--server", cluster.server.url]);
  t.is(listed.code, 0, listed.stderr);
  t.regex(listed.stdout, /^NAME +MODE +CPU +MEM +PROVIDED +AGE\nlisted +Off +\S+\n$/);
});

test("an unknown update mode is refused with the modes allowed", async (t) => {
  await refused(t, vpa("bad-mode", { updatePolicy: { updateMode: "Sometimes" } }), /spec\.updatePolicy\.updateMode: Unsupported value: "Sometimes": supported values: "Auto", "Initial", "Off", "Recreate"/);
});

test("a VPA without a target, or with a kind it cannot target, is refused", async (t) => {
  await refused(t, vpa("no-target", { targetRef: undefined }), /spec\.targetRef: Required value/);
  await refused(t, vpa("service", { targetRef: { apiVersion: "v1", kind: "Service", name: "web" } }), /spec\.targetRef\.kind: Unsupported value: "Service": supported values: "DaemonSet", "Deployment", "ReplicaSet", "StatefulSet"/);
  await refused(t, vpa("nameless", { targetRef: { kind: "Deployment" } }), /spec\.targetRef\.name: Required value/);
});

test("container policies: values, quantities and min <= max are checked with their paths", async (t) => {
  await refused(t, vpa("bad-policy", { resourcePolicy: { containerPolicies: [{ containerName: "app", mode: "Maybe", controlledValues: "LimitsOnly", controlledResources: ["gpu"], minAllowed: { cpu: "2" }, maxAllowed: { cpu: "1", memory: "lots" } }] } }),
    /spec\.resourcePolicy\.containerPolicies\[0\]\.mode: Unsupported value: "Maybe": supported values: "Auto", "Off"/,
    /spec\.resourcePolicy\.containerPolicies\[0\]\.controlledValues: Unsupported value: "LimitsOnly"/,
    /spec\.resourcePolicy\.containerPolicies\[0\]\.controlledResources\[0\]: Unsupported value: "gpu": supported values: "cpu", "memory"/,
    /spec\.resourcePolicy\.containerPolicies\[0\]\.maxAllowed\.memory: Invalid value: "lots": must be a quantity/);
  await refused(t, vpa("min-over-max", { resourcePolicy: { containerPolicies: [{ containerName: "app", minAllowed: { cpu: "2" }, maxAllowed: { cpu: "1" } }] } }),
    /spec\.resourcePolicy\.containerPolicies\[0\]\.minAllowed\.cpu: Invalid value: "2": must be less than or equal to maxAllowed\.cpu \(1\)/);
});

(missing ? test.skip : test)("kubectl creates a VPA (JSON: a custom resource in Kubernetes), lists it and sees a bad mode refused", async (t) => {
  const manifest = "apiVersion: autoscaling.k8s.io/v1\nkind: VerticalPodAutoscaler\nmetadata: {name: kubectl-vpa}\nspec:\n  targetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  updatePolicy: {updateMode: Initial}\n";
  const created = await kube!.kubectl(["create", "-f", "-"], { input: manifest });
  t.is(created.code, 0, created.stderr);
  t.is(created.stdout, "verticalpodautoscaler.autoscaling.k8s.io/kubectl-vpa created\n");
  const listed = await kube!.kubectl(["get", "vpa", "kubectl-vpa"]);
  t.is(listed.code, 0, listed.stderr);
  t.regex(listed.stdout, /^NAME +MODE +CPU +MEM +PROVIDED +AGE\nkubectl-vpa +Initial +\S+\n$/);
  const bad = await kube!.kubectl(["create", "-f", "-"], { input: manifest.replace("kubectl-vpa", "bad-vpa").replace("Initial", "Always") });
  t.not(bad.code, 0);
  t.regex(bad.stderr, /spec\.updatePolicy\.updateMode: Unsupported value: "Always"/);
});
