// The Kubernetes front end authenticates each HTTP caller and speaks for them on the API's
// identity subjects (troupe.api.v1.as.<token>.<verb>): a client certificate's CN and O, a bearer
// ServiceAccount token, else system:anonymous; bad credentials are 401; kubectl's impersonation
// headers travel on to the API.
import { request } from "node:https";
import test from "ava";
import type { IncomingHttpHeaders } from "node:http";
import { decodeIdentityToken } from "../runtime/auth/identity-token.ts";
import { createNatsAuthority, keyPair } from "../runtime/auth/nats-authority.ts";
import { mintUserCredentials } from "../runtime/auth/nats-user-credentials.ts";
import { serviceAccountUser, type UserInfo } from "../runtime/auth/user-info.ts";
import { createCertificateAuthority, issueCertificate, type PemPair } from "../runtime/pki/certificates.ts";
import { IMPERSONATE_USER_HEADER, identityTokenOfSubject } from "../runtime/subjects.ts";
import { startApiTestCluster, type ApiTestCluster } from "./helpers/api-cluster.ts";
import { startKubeApiFixture, type KubeApiFixture } from "./helpers/kube-api-fixture.ts";

let cluster: ApiTestCluster;
let kube: KubeApiFixture;
const seeds = createNatsAuthority();
const seen: { user: UserInfo | undefined; impersonate: string | undefined }[] = [];

test.before(async () => {
  cluster = await startApiTestCluster();
  // Every request the front end makes, as the NATS server delivers it.
  const subscription = cluster.nc.subscribe("troupe.api.v1.as.*.>");
  void (async () => {
    for await (const msg of subscription) {
      const token = identityTokenOfSubject(msg.subject);
      seen.push({ user: token ? decodeIdentityToken(token) : undefined, impersonate: msg.headers?.get(IMPERSONATE_USER_HEADER) || undefined });
    }
  })();
  kube = await startKubeApiFixture(cluster.nc, { authenticate: true, tokenIssuerKeys: [keyPair(seeds.signingKey).getPublicKey()] });
  // RBAC: the certificate's group and the ServiceAccount may read the default namespace.
  await cluster.client.create({
    apiVersion: "rbac.authorization.k8s.io/v1", kind: "RoleBinding", metadata: { name: "readers", namespace: "default" },
    roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "view" },
    subjects: [{ kind: "Group", apiGroup: "rbac.authorization.k8s.io", name: "dev" }, { kind: "ServiceAccount", name: "web" }],
  });
});

test.after.always(async () => {
  await kube?.stop();
  await cluster?.stop();
});

interface Reply { status: number; headers: IncomingHttpHeaders; body: Record<string, unknown> }

function get(path: string, credentials: { cert?: PemPair; headers?: Record<string, string> } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, kube.url), {
      ca: kube.ca.certPem,
      ...(credentials.cert ? { cert: credentials.cert.certPem, key: credentials.cert.keyPem } : {}),
      headers: credentials.headers ?? {},
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

async function seenMoreThan(count: number): Promise<void> {
  for (let waited = 0; seen.length <= count && waited < 5000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
}

/** The identity of the API request the front end made for one HTTP request (which must make one). */
async function callerOf(path: string, credentials: Parameters<typeof get>[1]): Promise<{ reply: Reply; user: UserInfo | undefined; impersonate: string | undefined }> {
  const before = seen.length;
  const reply = await get(path, credentials);
  await seenMoreThan(before);
  return { reply, user: seen[before]?.user, impersonate: seen[before]?.impersonate };
}

test.serial("a client certificate's CN is the user and its O the groups", async (t) => {
  const alice = await issueCertificate(kube.ca, { commonName: "alice", organizations: ["dev", "qa"], usage: "client" });
  const { reply, user } = await callerOf("/api/v1/namespaces/default/configmaps", { cert: alice });
  t.is(reply.status, 200);
  t.is(user?.username, "alice");
  t.deepEqual(user?.groups, ["dev", "qa", "system:authenticated"]);
});

test.serial("a certificate from another CA is not a user: the caller is anonymous", async (t) => {
  const stranger = await issueCertificate(await createCertificateAuthority("other-ca"), { commonName: "system:admin", organizations: ["system:masters"], usage: "client" });
  const { user } = await callerOf("/api/v1/namespaces/default/configmaps", { cert: stranger });
  t.is(user?.username, "system:anonymous");
});

test.serial("a bearer ServiceAccount token is its ServiceAccount", async (t) => {
  const { jwt } = await mintUserCredentials(seeds, serviceAccountUser("default", "web"), {}, { bearer: true, expiresAt: new Date(Date.now() + 600_000) });
  const { reply, user } = await callerOf("/api/v1/namespaces/default/configmaps", { headers: { Authorization: `Bearer ${jwt}` } });
  t.is(reply.status, 200);
  t.is(user?.username, "system:serviceaccount:default:web");
  t.true(user?.groups.includes("system:serviceaccounts:default"));
});

test.serial("a bad, expired or foreign token is 401 Unauthorized and reaches no API", async (t) => {
  const expired = (await mintUserCredentials(seeds, serviceAccountUser("default", "web"), {}, { bearer: true, expiresAt: new Date(Date.now() - 1000) })).jwt;
  const foreign = (await mintUserCredentials(createNatsAuthority(), { username: "system:admin", groups: ["system:masters"] }, {}, { bearer: true })).jwt;
  for (const token of ["garbage", expired, foreign]) {
    const before = seen.length;
    const reply = await get("/api/v1/namespaces/default/configmaps", { headers: { Authorization: `Bearer ${token}` } });
    t.is(reply.status, 401);
    t.like(reply.body, { kind: "Status", reason: "Unauthorized", code: 401 });
    // A request that does reach the API, after: it must be the only one seen since.
    const { user } = await callerOf("/api/v1/namespaces/default/configmaps", { cert: kube.admin });
    t.is(user?.username, "troupe-admin");
    t.is(seen.length, before + 1, "the refused request sent nothing to the API");
  }
  const basic = await get("/api/v1/namespaces/default/configmaps", { headers: { Authorization: "Basic YWRtaW46YWRtaW4=" } });
  t.is(basic.status, 401);
});

test.serial("no credentials: system:anonymous", async (t) => {
  const { user } = await callerOf("/api/v1/namespaces/default/configmaps", {});
  t.is(user?.username, "system:anonymous");
  t.deepEqual(user?.groups, ["system:unauthenticated"]);
});

test.serial("Impersonate-User travels on as the API's impersonation header, for the API to authorize", async (t) => {
  const { user, impersonate } = await callerOf("/api/v1/namespaces/default/configmaps", { cert: kube.admin, headers: { "Impersonate-User": "bob" } });
  t.is(user?.username, "troupe-admin");
  t.is(impersonate, "bob");
  const groupsOnly = await get("/api/v1/namespaces/default/configmaps", { cert: kube.admin, headers: { "Impersonate-Group": "dev" } });
  t.is(groupsOnly.status, 400);
});

test.serial("the real kubectl authenticates with the kubeconfig's client certificate", async (t) => {
  const before = seen.length;
  const result = await kube.kubectl(["get", "configmaps", "-n", "default"]);
  if (result.code !== 0 && /executable file not found|ENOENT/.test(result.stderr)) return t.pass("kubectl is not installed");
  t.is(result.code, 0, result.stderr);
  t.true(seen.slice(before).some((entry) => entry.user?.username === "troupe-admin"));
});

/** The status line of a WebSocket upgrade to pods/exec (the refusal comes before any kubelet is asked). */
function execUpgrade(cert: PemPair, pod: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(`/api/v1/namespaces/default/pods/${pod}/exec?command=true&stdout=true`, kube.url), {
      ca: kube.ca.certPem, cert: cert.certPem, key: cert.keyPem,
      headers: { Connection: "Upgrade", Upgrade: "websocket", "Sec-WebSocket-Version": "13", "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==", "Sec-WebSocket-Protocol": "v5.channel.k8s.io" },
    });
    req.on("upgrade", (res, socket) => {
      socket.destroy();
      resolve({ status: res.statusCode ?? 0, body: "" });
    });
    req.on("response", (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
    });
    req.on("error", reject);
    req.end();
  });
}

test.serial("exec is create pods/exec for the caller: a viewer is refused before any kubelet is asked, an editor is not", async (t) => {
  const binding = (name: string, role: string) => cluster.client.create({
    apiVersion: "rbac.authorization.k8s.io/v1", kind: "RoleBinding", metadata: { name, namespace: "default" },
    roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: role },
    subjects: [{ apiGroup: "rbac.authorization.k8s.io", kind: "User", name }],
  });
  await binding("viewer", "view");
  await binding("editor", "edit");
  const viewer = await issueCertificate(kube.ca, { commonName: "viewer", usage: "client" });
  const editor = await issueCertificate(kube.ca, { commonName: "editor", usage: "client" });
  // RBAC learns of the bindings through a watch: the viewer may read pods once it has.
  for (let attempt = 0; (await get("/api/v1/namespaces/default/pods", { cert: viewer })).status !== 200; attempt++) {
    if (attempt > 200) return t.fail("the viewer never got to read pods");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  const refused = await execUpgrade(viewer, "web");
  t.is(refused.status, 403);
  t.regex((JSON.parse(refused.body) as { message: string }).message, /pods "web" is forbidden: User "viewer" cannot create resource "pods\/exec" in API group "" in the namespace "default"/);
  let allowed = await execUpgrade(editor, "web");
  for (let attempt = 0; allowed.status === 403 && attempt < 200; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    allowed = await execUpgrade(editor, "web");
  }
  t.is(allowed.status, 404, "authorized: then the pod is looked up, and there is none");
});