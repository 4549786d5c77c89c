// Least-privilege NATS permissions against a real cluster secured as `troupe up` secures it: every
// role runs on its own credentials and a Deployment gets Ready without a single Permissions
// Violation in the server's log (no role lacks a subject), while a user's, a pod's and a kubelet's
// credentials are refused what they must not touch, and a client without credentials is refused.
import test from "ava";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect } from "@nats-io/transport-node";
import { JsonApiClient, type KubeObject } from "../runtime/api-client.ts";
import { createClusterUser } from "../cli/cluster/cluster-users.ts";
import { clusterUserSecurity } from "../cli/cluster/security-paths.ts";
import { createCertificateAuthority, issueCertificate } from "../runtime/pki/certificates.ts";
import { eventually } from "./helpers/workload-cluster.ts";
import { startSecureCluster, type SecureCluster } from "./helpers/secure-cluster.ts";

let cluster: SecureCluster;
test.before(async () => {
  cluster = await startSecureCluster({ nodes: 2 });
});
test.after.always(async () => {
  await cluster?.stop();
});

function deployment(name: string, replicas: number): KubeObject {
  return {
    apiVersion: "apps/v1", kind: "Deployment", metadata: { name, namespace: "default" },
    spec: { replicas, selector: { matchLabels: { app: name } }, template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: "c", image: "hello:plain-text", ports: [{ containerPort: 8080 }] }] } } },
  };
}

const STATE_INFO = "$JS.API.STREAM.INFO.KV_troupe-state";
const STATE_WRITE = "$KV.troupe-state.pods.default.forged";

test.serial("every role runs a Deployment to Ready on its own credentials without one Permissions Violation", async (t) => {
  await cluster.json.apply(deployment("web", 3));
  await eventually(() => cluster.json.get("deploy", "web", { namespace: "default" }), (d) => (d.status as { readyReplicas?: number } | undefined)?.readyReplicas === 3, "3 ready replicas", 60_000);
  t.deepEqual(await cluster.violations(), []);
});

test.serial("a user's credentials reach the API but not the state bucket's KV or JetStream subjects", async (t) => {
  await createClusterUser(cluster.home, { name: "alice", groups: ["dev"], clusterName: "secure-test", kubeApiUrl: "https://127.0.0.1:6443" });
  const nc = await cluster.connectWith(clusterUserSecurity(cluster.home, "alice"), "test-alice");
  t.truthy((await new JsonApiClient(nc, { timeoutMs: 5000 }).discovery()).resources);
  await t.throwsAsync(nc.request(STATE_WRITE, "x", { timeout: 2000 }), { message: /Permissions Violation for Publish/ });
  await t.throwsAsync(nc.request(STATE_INFO, "", { timeout: 2000 }), { message: /Permissions Violation for Publish/ });
  await t.throwsAsync(nc.request("troupe.api.v1.list", "{}", { timeout: 2000 }), { message: /Permissions Violation for Publish/ }, "the identity-less subjects");
});

test.serial("a pod's credentials reach the mesh but not the state, lease or allocation buckets", async (t) => {
  const nc = await cluster.connectWith(cluster.nats.role("workload"), "test-pod");
  for (const subject of [STATE_INFO, STATE_WRITE, "$JS.API.STREAM.INFO.KV_troupe-leases", "$JS.API.CONSUMER.CREATE.KV_troupe-allocations", "$JS.API.DIRECT.GET.KV_troupe-state.$KV.troupe-state.secrets.default.x"]) {
    await t.throwsAsync(nc.request(subject, "", { timeout: 2000 }), { message: /Permissions Violation for Publish/ }, subject);
  }
  const echo = nc.subscribe("troupe.mesh.default.echo.*", { callback: (_error, msg) => void msg.respond(msg.data) });
  t.teardown(() => echo.unsubscribe());
  t.is((await nc.request("troupe.mesh.default.echo.say", "hi", { timeout: 2000 })).string(), "hi");
});

test.serial("a kubelet cannot heartbeat or serve as another node", async (t) => {
  const nc = await cluster.connectWith(cluster.nats.role("kubelet-node-1"), "test-kubelet-node-1");
  await t.throwsAsync(nc.request("$KV.troupe-leases.node.node-2", "x", { timeout: 2000 }), { message: /Permissions Violation for Publish/ });
  await t.throwsAsync(nc.request(STATE_WRITE, "x", { timeout: 2000 }), { message: /Permissions Violation for Publish/ });
  const refused = new Promise<Error>((resolve) => {
    nc.subscribe("troupe.kubelet.node-2.exec", { callback: (error) => { if (error) resolve(error); } });
  });
  t.regex((await refused).message, /Permissions Violation for Subscription/);
});

test.serial("a client without NATS credentials, without a client certificate or with one from another CA is refused", async (t) => {
  const admin = cluster.nats.role("admin");
  const tls = admin.tls!;
  await t.throwsAsync(cluster.connectWith({ tls }, "test-no-creds"), { message: /Authorization Violation/ });
  await t.throwsAsync(connect({ servers: cluster.server.url, reconnect: false, timeout: 3000 }), undefined, "no TLS at all");
  await t.throwsAsync(cluster.connectWith({ credsFile: admin.credsFile, tls: { caFile: tls.caFile } }, "test-no-cert"), undefined, "no client certificate");
  const otherCa = await createCertificateAuthority("elsewhere-ca");
  const stranger = await issueCertificate(otherCa, { commonName: "troupe-admin", organizations: ["system:masters"], usage: "client" });
  const dir = await mkdtemp(join(tmpdir(), "troupe-other-ca-"));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  await writeFile(join(dir, "c.crt"), stranger.certPem);
  await writeFile(join(dir, "c.key"), stranger.keyPem);
  await t.throwsAsync(cluster.connectWith({ credsFile: admin.credsFile, tls: { caFile: tls.caFile, certFile: join(dir, "c.crt"), keyFile: join(dir, "c.key") } }, "test-other-ca"), undefined, "a certificate from another CA");
  // The same credentials with the cluster's certificate are let in: the refusals above were about the certificate.
  const nc = await cluster.connectWith(admin, "test-admin");
  t.false(nc.isClosed());
  t.regex(await cluster.serverLog(), /TLS handshake error/);
});

test.serial("the server's log names every refused attempt above (so an empty log really means none)", async (t) => {
  const violations = await eventually(() => cluster.violations(), (lines) => lines.some((line) => line.includes("test-kubelet-node-1")), "the kubelet's violation in the log");
  t.true(violations.some((line) => line.includes("test-alice") && line.includes("$KV.troupe-state.pods.default.forged")));
  t.true(violations.some((line) => line.includes("test-pod") && line.includes(STATE_INFO)));
  t.true(violations.some((line) => line.includes("test-kubelet-node-1") && line.includes("troupe.kubelet.node-2.exec")));
});
