// Pod Security admission through the API, the troupe CLI and the real kubectl: a restricted
// namespace refuses a privileged pod naming every failed check; a baseline warn namespace admits
// it with Kubernetes' warning, which both CLIs print; a new enforce level warns about the pods
// already there; the audit mode annotates the request's audit event.
import test from "ava";
import { ApiError } from "../runtime/api-errors.ts";
import { readAuditEvents } from "../runtime/audit-log.ts";
import { startApiTestCluster, type ApiTestCluster } from "./helpers/api-cluster.ts";
import { kubectlMissing, startKubeApiFixture, type KubeApiFixture } from "./helpers/kube-api-fixture.ts";
import { troupe } from "./helpers/troupe-cli.ts";

let cluster: ApiTestCluster;
let kube: KubeApiFixture;

const namespace = (name: string, labels: Record<string, string>) => ({ apiVersion: "v1", kind: "Namespace", metadata: { name, labels } });
const privilegedPod = (name: string, ns: string) => ({
  apiVersion: "v1", kind: "Pod", metadata: { name, namespace: ns },
  spec: { containers: [{ name: "c", image: "app:1", securityContext: { privileged: true } }] },
});
const BASELINE_WARNING = 'would violate PodSecurity "baseline:latest": privileged (container "c" must not set securityContext.privileged=true)';

test.before(async () => {
  cluster = await startApiTestCluster();
  kube = await startKubeApiFixture(cluster.nc);
  await cluster.client.create(namespace("locked", { "pod-security.kubernetes.io/enforce": "restricted" }));
  await cluster.client.create(namespace("open", { "pod-security.kubernetes.io/warn": "baseline", "pod-security.kubernetes.io/audit": "restricted" }));
});

test.after.always(async () => {
  await kube?.stop();
  await cluster?.stop();
});

test("a restricted namespace refuses a privileged pod, naming every failed check", async (t) => {
  const error = await t.throwsAsync(cluster.client.create(privilegedPod("priv", "locked")));
  t.true(error instanceof ApiError);
  t.is((error as ApiError).code, 403);
  t.is(error?.message, [
    'pods "priv" is forbidden: violates PodSecurity "restricted:latest": ',
    'privileged (container "c" must not set securityContext.privileged=true), ',
    'allowPrivilegeEscalation != false (container "c" must set securityContext.allowPrivilegeEscalation=false), ',
    'unrestricted capabilities (container "c" must set securityContext.capabilities.drop=["ALL"]), ',
    'runAsNonRoot != true (pod or container "c" must set securityContext.runAsNonRoot=true), ',
    'seccompProfile (pod or container "c" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")',
  ].join(""));
  const compliant = {
    apiVersion: "v1", kind: "Pod", metadata: { name: "tidy", namespace: "locked" },
    spec: {
      securityContext: { runAsNonRoot: true, runAsUser: 65534, seccompProfile: { type: "RuntimeDefault" } },
      containers: [{ name: "c", image: "app:1", securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] } } }],
    },
  };
  const created = await cluster.client.create(compliant);
  t.is(created.metadata?.name, "tidy");
});

test("a baseline warn namespace admits a privileged pod with Kubernetes' warning, and troupe apply prints it for pods and workloads", async (t) => {
  const warnings: string[] = [];
  await cluster.client.create(privilegedPod("loud", "open"), { onWarnings: (given) => warnings.push(...given) });
  t.deepEqual(warnings, [BASELINE_WARNING]);
  const deployment = {
    apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "web", namespace: "open" },
    spec: { selector: { matchLabels: { app: "web" } }, template: { metadata: { labels: { app: "web" } }, spec: privilegedPod("x", "open").spec } },
  };
  const manifest = [privilegedPod("cli", "open"), deployment].map((object) => JSON.stringify(object)).join("\n---\n");
  const applied = await troupe(["apply", "-f", "-", "--server", cluster.server.url], { stdin: manifest });
  t.is(applied.code, 0, applied.stderr);
  t.is(applied.stderr, `Warning: ${BASELINE_WARNING}\nWarning: ${BASELINE_WARNING}\n`);
});

test("the audit mode annotates the request's audit event with the violations", async (t) => {
  await cluster.client.create(privilegedPod("audited", "open"));
  const deadline = Date.now() + 10_000;
  for (;;) {
    const events = [];
    for await (const event of readAuditEvents(cluster.nc, { verb: "create" })) events.push(event);
    const event = events.find((item) => item.objectRef?.name === "audited");
    if (event) {
      t.regex(event.annotations?.["pod-security.kubernetes.io/audit-violations"] ?? "", /^would violate PodSecurity "restricted:latest": privileged \(container "c" must not set securityContext\.privileged=true\), allowPrivilegeEscalation != false/);
      return;
    }
    if (Date.now() > deadline) return t.fail("no audit event for the pod");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
});

test("labelling a namespace with an enforce level warns about the pods already there; a bad level is refused", async (t) => {
  await cluster.client.create(namespace("busy", {}));
  await cluster.client.create(privilegedPod("p1", "busy"));
  await cluster.client.create(privilegedPod("p2", "busy"));
  const labelled = await troupe(["label", "ns", "busy", "pod-security.kubernetes.io/enforce=baseline", "--server", cluster.server.url]);
  t.is(labelled.code, 0, labelled.stderr);
  t.is(labelled.stderr, [
    'Warning: existing pods in namespace "busy" violate the new PodSecurity enforce level "baseline:latest"',
    "Warning: p1 (and 1 other pod): privileged",
    "",
  ].join("\n"));
  const error = await t.throwsAsync(cluster.client.create(namespace("typo", { "pod-security.kubernetes.io/enforce": "strict" })));
  t.is((error as ApiError).code, 422);
  t.regex(error?.message ?? "", /metadata\.labels\[pod-security\.kubernetes\.io\/enforce\]: Invalid value: "strict": must be one of privileged, baseline, restricted/);
});

test("kubectl prints the warning the kube-api front end passes on as a Warning: 299 header", async (t) => {
  const missing = kubectlMissing();
  if (missing) {
    t.log(`skipped: ${missing}`);
    t.pass();
    return;
  }
  const result = await kube.kubectl(["apply", "-f", "-"], { input: JSON.stringify(privilegedPod("kubectl", "open")) });
  t.is(result.code, 0, result.stderr);
  t.true(result.stderr.includes(`Warning: ${BASELINE_WARNING}`), result.stderr);
  const refused = await kube.kubectl(["apply", "-f", "-"], { input: JSON.stringify(privilegedPod("kubectl", "locked")) });
  t.not(refused.code, 0);
  t.regex(refused.stderr, /pods "kubectl" is forbidden: violates PodSecurity "restricted:latest": privileged/);
});
