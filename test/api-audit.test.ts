// Audit, end to end: an API with a policy asking for everything (RequestResponse), requests
// from two users through their identity subjects, and the TROUPE_AUDIT stream read back. Every
// mutating request is there with its user; a Secret's value is nowhere in the stream.
import { randomUUID } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import test from "ava";
import { jetstreamManager } from "@nats-io/jetstream";
import type { JsonApiClient } from "../runtime/api-client.ts";
import { readAuditEvents, type AuditEventJson } from "../runtime/audit-log.ts";
import { AUDIT_STREAM } from "../runtime/subjects.ts";
import { startApiTestCluster, type ApiTestCluster } from "./helpers/api-cluster.ts";
import { startTroupe, troupe } from "./helpers/troupe-cli.ts";

let cluster: ApiTestCluster;
let dir: string;
let alice: JsonApiClient;
let bob: JsonApiClient;
const alices = { username: "alice", groups: ["dev"] };
const bobs = { username: "bob", groups: ["ops"] };
const secretValue = `s3cr3t-${randomUUID()}`;
const stringDataValue = `string-data-${randomUUID()}`;
const b64 = (text: string) => Buffer.from(text).toString("base64");

test.before(async () => {
  dir = await mkdtemp(join(tmpdir(), "troupe-audit-"));
  const policyFile = join(dir, "policy.yaml");
  // Everything at the most verbose level: Secrets must still be left out.
  await writeFile(policyFile, "apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: RequestResponse\n");
  cluster = await startApiTestCluster({ auditPolicyFile: policyFile });
  alice = await cluster.clientAs(alices);
  bob = await cluster.clientAs(bobs);
  // RBAC: both may edit the default namespace (edit includes Secrets).
  await cluster.client.create({
    apiVersion: "rbac.authorization.k8s.io/v1", kind: "RoleBinding", metadata: { name: "dev-ops-edit", namespace: "default" },
    roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "edit" },
    subjects: [{ kind: "Group", apiGroup: "rbac.authorization.k8s.io", name: "dev" }, { kind: "Group", apiGroup: "rbac.authorization.k8s.io", name: "ops" }],
  });
});

test.after.always(async () => {
  await cluster?.stop();
  await rm(dir, { recursive: true, force: true });
});

async function auditEvents(): Promise<AuditEventJson[]> {
  const events: AuditEventJson[] = [];
  for await (const event of readAuditEvents(cluster.nc)) events.push(event);
  return events;
}

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

test.serial("every mutating request is in the audit stream with the user who sent it, and no Secret value is", async (t) => {
  const cm = { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "settings", namespace: "default" }, data: { mode: "fast" } };
  const created = await alice.create(cm);
  await bob.update({ ...created, data: { mode: "slow" } });
  await alice.patch("configmaps", "settings", { namespace: "default", patchType: "merge", patch: { data: { extra: "1" } } });
  await bob.delete("configmaps", "settings", { namespace: "default" });
  const secret = { apiVersion: "v1", kind: "Secret", metadata: { name: "db", namespace: "default" }, data: { password: b64(secretValue) }, stringData: { token: stringDataValue } };
  await alice.create(secret);
  await bob.get("secrets", "db", { namespace: "default" });
  await bob.list("secrets", { namespace: "default" });
  await alice.patch("secrets", "db", { namespace: "default", patchType: "merge", patch: { data: { password: b64(`${secretValue}-2`) } } });
  await bob.delete("secrets", "db", { namespace: "default" });

  const mutations = (events: AuditEventJson[]) => events.filter((event) => ["create", "update", "patch", "delete"].includes(event.verb) && event.user.username !== "system:admin");
  const events = await eventually(auditEvents, (all) => mutations(all).length >= 7, "the audit events of seven mutations");
  const summary = mutations(events).map((event) => `${event.user.username} ${event.verb} ${event.objectRef?.resource}/${event.objectRef?.name} ${event.responseStatus?.code}`);
  t.deepEqual(summary, [
    "alice create configmaps/settings 201",
    "bob update configmaps/settings 200",
    "alice patch configmaps/settings 200",
    "bob delete configmaps/settings 200",
    "alice create secrets/db 201",
    "alice patch secrets/db 200",
    "bob delete secrets/db 200",
  ]);
  const first = events.find((event) => event.verb === "create" && event.objectRef?.resource === "configmaps");
  t.like(first, { level: "RequestResponse", stage: "ResponseComplete", requestURI: "/api/v1/namespaces/default/configmaps", objectRef: { namespace: "default", apiVersion: "v1" } });
  t.true(first?.user.groups?.includes("dev"));
  t.like(first?.requestObject, { data: { mode: "fast" } }, "the policy's level holds for other resources");
  t.like(first?.responseObject, { metadata: { name: "settings" } });
  const reads = events.filter((event) => event.objectRef?.resource === "secrets" && (event.verb === "get" || event.verb === "list"));
  t.is(reads.length, 2, "reads of secrets are audited too, without their payloads");

  // Nothing in the stream, byte for byte, holds a value: plain, base64, or the stringData one.
  const jsm = await jetstreamManager(cluster.nc);
  const { state } = await jsm.streams.info(AUDIT_STREAM);
  t.true(state.messages >= events.length);
  const forbidden = [secretValue, b64(secretValue), `${secretValue}-2`, b64(`${secretValue}-2`), stringDataValue, b64(stringDataValue)];
  for (let seq = state.first_seq; seq <= state.last_seq; seq++) {
    const message = await jsm.streams.getMessage(AUDIT_STREAM, { seq });
    const text = message?.string() ?? "";
    for (const value of forbidden) t.false(text.includes(value), `audit event ${seq} holds a Secret value`);
  }
  for (const event of events.filter((item) => item.objectRef?.resource === "secrets")) {
    t.is(event.requestObject, undefined);
    t.is(event.responseObject, undefined);
  }
});

test.serial("a refused request is audited with its status, and the audit metrics count events", async (t) => {
  await t.throwsAsync(bob.get("configmaps", "missing", { namespace: "default" }));
  const events = await eventually(auditEvents, (all) => all.some((event) => event.objectRef?.name === "missing"), "the audit event of the refused get");
  t.like(events.find((event) => event.objectRef?.name === "missing"), { verb: "get", user: { username: "bob" }, responseStatus: { code: 404, reason: "NotFound" } });
  const metrics = await cluster.registry.metrics();
  t.regex(metrics, /troupe_api_audit_events_total\{level="RequestResponse"[^}]*\} [1-9]/);
  t.regex(metrics, /troupe_api_audit_dropped_total(\{[^}]*\})? 0/);
});

test.serial("troupe audit prints the stream as a table, filtered by user, verb and resource, or as JSON lines", async (t) => {
  await eventually(auditEvents, (all) => all.some((event) => event.user.username === "alice" && event.verb === "create"), "alice's creates");
  const table = await troupe(["audit", "--user", "alice", "--verb", "create", "--server", cluster.server.url]);
  t.is(table.code, 0, table.stderr);
  const lines = table.stdout.trim().split("\n");
  t.regex(lines[0], /^TIME\s+USER\s+VERB\s+RESOURCE\s+NAMESPACE\s+NAME\s+CODE$/);
  t.deepEqual(lines.slice(1).map((line) => line.split(/\s+/).slice(1)), [
    ["alice", "create", "configmaps", "default", "settings", "201"],
    ["alice", "create", "secrets", "default", "db", "201"],
  ]);
  const json = await troupe(["audit", "--resource", "cm", "--verb", "delete", "-o", "json", "--server", cluster.server.url]);
  const events = json.stdout.trim().split("\n").map((line) => JSON.parse(line) as AuditEventJson);
  t.deepEqual(events.map((event) => `${event.user.username} ${event.verb} ${event.objectRef?.name}`), ["bob delete settings"]);
  const refused = await troupe(["audit", "--verb", "destroy", "--server", cluster.server.url]);
  t.is(refused.code, 1);
  t.regex(refused.stderr, /--verb must be one of get, list, watch, create, update, patch, delete/);
});

test.serial("troupe audit -f prints events as they come", async (t) => {
  const follower = startTroupe(["audit", "-f", "--user", "bob", "--verb", "create", "--server", cluster.server.url]);
  t.teardown(() => void follower.child.kill("SIGTERM"));
  await follower.waitFor("stdout", /^TIME\s+USER\s+VERB/m);
  await bob.create({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "followed", namespace: "default" } });
  const seen = await follower.waitFor("stdout", /bob\s+create\s+configmaps\s+default\s+followed\s+201/);
  t.notRegex(seen, /alice/);
  follower.child.kill("SIGINT");
  t.is(await follower.exited, 0);
});
