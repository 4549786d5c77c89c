import { X509Certificate } from "node:crypto";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import test from "ava";
import { parse } from "yaml";
import { decodeIdentityToken } from "../../runtime/auth/identity-token.ts";
import { identityTokenOfCreds } from "../../runtime/auth/nats-user-credentials.ts";
import { ensureClusterPki } from "./cluster-pki.ts";
import { createClusterUser, NoClusterAuthorityError, UserNameError } from "./cluster-users.ts";
import { ensureNatsAuthority } from "./nats-credentials.ts";
import { resolveServerTarget } from "../server-target.ts";
import { troupeHome, writeContext } from "./home.ts";

async function home(t: { teardown(fn: () => Promise<void>): void }) {
  const dir = await mkdtemp(join(tmpdir(), "troupe-users-"));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  return troupeHome({ TROUPE_HOME: dir });
}

test("create user writes 0600 NATS credentials for the user and its groups, a CA-issued certificate with CN and O, and a kubeconfig", async (t) => {
  const h = await home(t);
  const pki = await ensureClusterPki(h, "troupe");
  await ensureNatsAuthority(h);
  const files = await createClusterUser(h, { name: "alice", groups: ["dev", "ops"], clusterName: "troupe", kubeApiUrl: "https://127.0.0.1:6443" });
  for (const file of [files.credsFile, files.certFile, files.keyFile, files.kubeconfigFile]) t.is((await stat(file)).mode & 0o777, 0o600, file);
  t.is((await stat(files.dir)).mode & 0o777, 0o700);
  const token = await identityTokenOfCreds(await readFile(files.credsFile));
  t.deepEqual(decodeIdentityToken(token ?? ""), { username: "alice", groups: ["dev", "ops", "system:authenticated"] });
  const cert = new X509Certificate(await readFile(files.certFile));
  t.true(cert.verify(new X509Certificate(pki.ca.certPem).publicKey));
  t.regex(cert.subject, /CN=alice/);
  t.regex(cert.subject, /O=dev/);
  const kubeconfig = parse(await readFile(files.kubeconfigFile, "utf8")) as { users: { name: string }[]; clusters: { cluster: { server: string } }[] };
  t.is(kubeconfig.users[0]?.name, "alice");
  t.is(kubeconfig.clusters[0]?.cluster.server, "https://127.0.0.1:6443");
});

test("TROUPE_USER makes the CLI connect with that user's files instead of the admin's", async (t) => {
  const h = await home(t);
  await writeContext(h, { natsUrl: "nats://127.0.0.1:1", pid: process.pid, startedAt: "", services: [], natsSecurity: { credsFile: "/admin.creds" } });
  const target = await resolveServerTarget(undefined, { TROUPE_HOME: h.dir, TROUPE_USER: "alice" });
  t.is(target.security.credsFile, join(h.dir, "users", "alice", "alice.creds"));
  t.is(target.security.tls?.certFile, join(h.dir, "users", "alice", "alice.crt"));
});

test("bad user names and a home without a cluster are refused with what to do", async (t) => {
  const h = await home(t);
  await t.throwsAsync(createClusterUser(h, { name: "../etc", groups: [], clusterName: "troupe", kubeApiUrl: "" }), { instanceOf: UserNameError });
  await t.throwsAsync(createClusterUser(h, { name: "bob", groups: ["a b"], clusterName: "troupe", kubeApiUrl: "" }), { instanceOf: UserNameError, message: /--group "a b"/ });
  await t.throwsAsync(createClusterUser(h, { name: "bob", groups: [], clusterName: "troupe", kubeApiUrl: "" }), { instanceOf: NoClusterAuthorityError, message: /troupe up/ });
});
