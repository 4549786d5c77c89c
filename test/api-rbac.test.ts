// RBAC end to end over the NATS API: users bound to the default roles, the 403 wording, access
// reviews agreeing with what the API does, impersonation, and the aggregation controller.
import test from "ava";
import type { JsonApiClient } from "../runtime/api-client.ts";
import type { KubeObject } from "../runtime/api-client/types.ts";
import { authenticatedUser } from "../runtime/auth/user-info.ts";
import { ruleAllows } from "../services/api/authorization/rbac/rule-matching.ts";
import { eventually, startFixture, startManager, stopFixture, type Fixture } from "./helpers/controller-cluster.ts";

const RBAC = "rbac.authorization.k8s.io";
let fixture: Fixture;
let admin: JsonApiClient;
let alice: JsonApiClient;
let bob: JsonApiClient;
let carol: JsonApiClient;

const roleBinding = (namespace: string, name: string, role: string, subjects: object[], kind = "ClusterRole"): KubeObject => ({
  apiVersion: `${RBAC}/v1`, kind: "RoleBinding", metadata: { name, namespace }, roleRef: { apiGroup: RBAC, kind, name: role }, subjects,
});
const userSubject = (name: string) => ({ kind: "User", apiGroup: RBAC, name });
const configMap = (namespace: string, name: string): KubeObject => ({ apiVersion: "v1", kind: "ConfigMap", metadata: { name, namespace }, data: { a: "b" } });
const deployment = (namespace: string, name: string): KubeObject => ({
  apiVersion: "apps/v1", kind: "Deployment", metadata: { name, namespace },
  spec: { replicas: 1, selector: { matchLabels: { app: name } }, template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: "c", image: "busybox" }] } } },
});

async function forbidden(t: import("ava").ExecutionContext, call: Promise<unknown>, message: string): Promise<void> {
  const error = await t.throwsAsync(call);
  t.like(error, { code: 403, reason: "Forbidden" }, message);
  t.is(error?.message, message);
}

test.before(async () => {
  fixture = await startFixture();
  admin = fixture.cluster.client;
  alice = await fixture.cluster.clientAs(authenticatedUser("alice"));
  bob = await fixture.cluster.clientAs(authenticatedUser("bob", ["developers"]));
  carol = await fixture.cluster.clientAs(authenticatedUser("carol"));
  for (const name of ["a", "b"]) await admin.create({ apiVersion: "v1", kind: "Namespace", metadata: { name } });
  await admin.create(roleBinding("a", "alice-view", "view", [userSubject("alice")]));
  await admin.create(roleBinding("a", "developers-edit", "edit", [{ kind: "Group", apiGroup: RBAC, name: "developers" }]));
  await admin.create({ apiVersion: "v1", kind: "Secret", metadata: { name: "db", namespace: "a" }, stringData: { password: "hunter2" } });
  await admin.create({ apiVersion: "v1", kind: "Secret", metadata: { name: "db", namespace: "b" }, stringData: { password: "hunter2" } });
});

test.after.always(async () => {
  if (fixture) await stopFixture(fixture);
});

test("a user bound to view in a reads pods there, cannot create, read Secrets anywhere, or list anything in b", async (t) => {
  t.true(Array.isArray((await alice.list("pods", { namespace: "a" })).items));
  t.true(Array.isArray((await alice.list("deployments", { namespace: "a" })).items));
  await forbidden(t, alice.create(configMap("a", "x")), 'configmaps is forbidden: User "alice" cannot create resource "configmaps" in API group "" in the namespace "a"');
  await forbidden(t, alice.get("secrets", "db", { namespace: "a" }), 'secrets "db" is forbidden: User "alice" cannot get resource "secrets" in API group "" in the namespace "a"');
  await forbidden(t, alice.list("secrets", { namespace: "a" }), 'secrets is forbidden: User "alice" cannot list resource "secrets" in API group "" in the namespace "a"');
  await forbidden(t, alice.get("secrets", "db", { namespace: "b" }), 'secrets "db" is forbidden: User "alice" cannot get resource "secrets" in API group "" in the namespace "b"');
  await forbidden(t, alice.list("pods", { namespace: "b" }), 'pods is forbidden: User "alice" cannot list resource "pods" in API group "" in the namespace "b"');
  await forbidden(t, alice.list("deployments", { namespace: "b" }), 'deployments.apps is forbidden: User "alice" cannot list resource "deployments" in API group "apps" in the namespace "b"');
  await forbidden(t, alice.list("pods"), 'pods is forbidden: User "alice" cannot list resource "pods" in API group "" at the cluster scope');
  await forbidden(t, alice.get("nodes", "n1"), 'nodes "n1" is forbidden: User "alice" cannot get resource "nodes" in API group "" at the cluster scope');
  await forbidden(t, alice.watch("pods", { namespace: "b" }), 'pods is forbidden: User "alice" cannot watch resource "pods" in API group "" in the namespace "b"');
});

test("the scale subresource is its own permission: view reads deployments/scale, edit also updates it", async (t) => {
  await admin.create(deployment("a", "scaled"));
  t.like(await alice.getScale("deployments", "scaled", { namespace: "a" }), { kind: "Scale", spec: { replicas: 1 } });
  await forbidden(t, alice.updateScale("deployments", "scaled", 3, { namespace: "a" }), 'deployments.apps "scaled" is forbidden: User "alice" cannot update resource "deployments/scale" in API group "apps" in the namespace "a"');
  t.like(await bob.updateScale("deployments", "scaled", 3, { namespace: "a" }), { spec: { replicas: 3 } });
  await forbidden(t, carol.getScale("deployments", "scaled", { namespace: "a" }), 'deployments.apps "scaled" is forbidden: User "carol" cannot get resource "deployments/scale" in API group "apps" in the namespace "a"');
});

test("edit creates Deployments and reads Secrets, but cannot create RoleBindings", async (t) => {
  await bob.create(deployment("a", "web"));
  t.is((await bob.get("deployments", "web", { namespace: "a" })).metadata?.name, "web");
  t.is((await bob.get("secrets", "db", { namespace: "a" })).metadata?.name, "db");
  await bob.patch("deployments", "web", { namespace: "a", patchType: "merge", patch: { spec: { replicas: 2 } }, subresource: "scale" });
  await forbidden(
    t,
    bob.create(roleBinding("a", "escalate", "admin", [userSubject("bob")])),
    'rolebindings.rbac.authorization.k8s.io is forbidden: User "bob" cannot create resource "rolebindings" in API group "rbac.authorization.k8s.io" in the namespace "a"',
  );
  await forbidden(t, bob.create(deployment("b", "web")), 'deployments.apps is forbidden: User "bob" cannot create resource "deployments" in API group "apps" in the namespace "b"');
});

interface Probe {
  verb: string;
  group: string;
  resource: string;
  namespace: string;
  call(client: JsonApiClient): Promise<unknown>;
}

const PROBES: Probe[] = ["a", "b"].flatMap((namespace) => [
  { verb: "list", group: "", resource: "pods", namespace, call: (client) => client.list("pods", { namespace }) },
  { verb: "list", group: "", resource: "secrets", namespace, call: (client) => client.list("secrets", { namespace }) },
  { verb: "get", group: "", resource: "secrets", namespace, call: (client) => client.get("secrets", "db", { namespace }) },
  { verb: "list", group: "apps", resource: "deployments", namespace, call: (client) => client.list("deployments", { namespace }) },
  { verb: "create", group: "", resource: "configmaps", namespace, call: (client) => client.create(configMap(namespace, `probe-${Math.random().toString(36).slice(2, 8)}`)) },
  { verb: "list", group: RBAC, resource: "rolebindings", namespace, call: (client) => client.list("rolebindings", { namespace }) },
  {
    verb: "create", group: RBAC, resource: "rolebindings", namespace,
    call: (client) => client.create(roleBinding(namespace, `probe-${Math.random().toString(36).slice(2, 8)}`, "view", [userSubject("nobody")])),
  },
]);

async function outcome(call: Promise<unknown>): Promise<boolean> {
  try {
    await call;
    return true;
  } catch (error) {
    if ((error as { code?: number }).code === 403) return false;
    throw error;
  }
}

test("auth can-i --list and can-i agree with what the API does, for view and edit", async (t) => {
  for (const [name, client] of [["alice", alice], ["bob", bob], ["carol", carol]] as const) {
    for (const probe of PROBES) {
      const rules = await client.review<KubeObject & { status: { resourceRules: { verbs: string[]; apiGroups: string[]; resources: string[] }[] } }>({
        apiVersion: "authorization.k8s.io/v1", kind: "SelfSubjectRulesReview", spec: { namespace: probe.namespace },
      });
      const attributes = { kind: "resource" as const, user: { username: name, groups: [] }, verb: probe.verb, apiGroup: probe.group, resource: probe.resource, subresource: "", namespace: probe.namespace, name: "" };
      const listed = rules.status.resourceRules.some((rule) => ruleAllows(attributes, rule));
      const review = await client.review<KubeObject & { status: { allowed: boolean } }>({
        apiVersion: "authorization.k8s.io/v1", kind: "SelfSubjectAccessReview",
        spec: { resourceAttributes: { verb: probe.verb, group: probe.group, resource: probe.resource, namespace: probe.namespace } },
      });
      const actual = await outcome(probe.call(client));
      const what = `${name} ${probe.verb} ${probe.resource} in ${probe.namespace}`;
      t.is(listed, actual, `rules review vs API: ${what}`);
      t.is(review.status.allowed, actual, `access review vs API: ${what}`);
    }
  }
});

test("an access review says why, and SubjectAccessReview asks about someone else", async (t) => {
  const review = await alice.review<KubeObject & { status: { allowed: boolean; reason?: string } }>({
    apiVersion: "authorization.k8s.io/v1", kind: "SelfSubjectAccessReview", spec: { resourceAttributes: { verb: "list", resource: "pods", namespace: "a" } },
  });
  t.deepEqual(review.status, { allowed: true, reason: 'RBAC: allowed by RoleBinding "alice-view/a" of ClusterRole "view" to User "alice"' });
  const other = await admin.review<KubeObject & { status: { allowed: boolean } }>({
    apiVersion: "authorization.k8s.io/v1", kind: "SubjectAccessReview", spec: { user: "bob", groups: ["developers"], resourceAttributes: { verb: "create", group: "apps", resource: "deployments", namespace: "a" } },
  });
  t.true(other.status.allowed);
  await forbidden(
    t,
    alice.review({ apiVersion: "authorization.k8s.io/v1", kind: "SubjectAccessReview", spec: { user: "bob", resourceAttributes: { verb: "get", resource: "pods" } } }),
    'subjectaccessreviews.authorization.k8s.io is forbidden: User "alice" cannot create resource "subjectaccessreviews" in API group "authorization.k8s.io" at the cluster scope',
  );
  const whoami = await bob.review<KubeObject & { status: { userInfo: object } }>({ apiVersion: "authentication.k8s.io/v1", kind: "SelfSubjectReview" });
  t.deepEqual(whoami.status.userInfo, { username: "bob", groups: ["developers", "system:authenticated"] });
});

test("discovery stays open to any authenticated user, who may do nothing else", async (t) => {
  t.true((await carol.discovery()).resources.length > 0);
  await forbidden(t, carol.list("namespaces"), 'namespaces is forbidden: User "carol" cannot list resource "namespaces" in API group "" at the cluster scope');
});

test("impersonation needs the impersonate verb, then the request runs as the impersonated user", async (t) => {
  const asAlice = admin.withCaller({ impersonate: { user: "alice" } });
  t.true(Array.isArray((await asAlice.list("pods", { namespace: "a" })).items));
  await forbidden(t, asAlice.list("pods", { namespace: "b" }), 'pods is forbidden: User "alice" cannot list resource "pods" in API group "" in the namespace "b"');
  await forbidden(t, carol.withCaller({ impersonate: { user: "alice" } }).list("pods", { namespace: "a" }), 'users "alice" is forbidden: User "carol" cannot impersonate resource "users" in API group "" at the cluster scope');
  await admin.create({ apiVersion: `${RBAC}/v1`, kind: "ClusterRole", metadata: { name: "impersonate-alice" }, rules: [{ verbs: ["impersonate"], apiGroups: [""], resources: ["users"], resourceNames: ["alice"] }] });
  await admin.create({ apiVersion: `${RBAC}/v1`, kind: "ClusterRoleBinding", metadata: { name: "carol-impersonates-alice" }, roleRef: { apiGroup: RBAC, kind: "ClusterRole", name: "impersonate-alice" }, subjects: [userSubject("carol")] });
  t.true(Array.isArray((await carol.withCaller({ impersonate: { user: "alice" } }).list("pods", { namespace: "a" })).items));
  await forbidden(
    t,
    carol.withCaller({ impersonate: { user: "alice", groups: ["system:masters"] } }).list("pods"),
    'groups "system:masters" is forbidden: User "carol" cannot impersonate resource "groups" in API group "" at the cluster scope',
  );
  await forbidden(t, carol.withCaller({ impersonate: { user: "bob" } }).list("pods", { namespace: "a" }), 'users "bob" is forbidden: User "carol" cannot impersonate resource "users" in API group "" at the cluster scope');
});

test("a namespace admin grants only what they hold: no escalation through roles or bindings", async (t) => {
  const erin = await fixture.cluster.clientAs(authenticatedUser("erin"));
  await admin.create(roleBinding("a", "erin-admin", "admin", [userSubject("erin")]));
  await erin.create(roleBinding("a", "frank-view", "view", [userSubject("frank")]));
  await erin.create({ apiVersion: `${RBAC}/v1`, kind: "Role", metadata: { name: "secret-reader", namespace: "a" }, rules: [{ verbs: ["get"], apiGroups: [""], resources: ["secrets"] }] });
  await forbidden(
    t,
    erin.create(roleBinding("a", "erin-root", "cluster-admin", [userSubject("erin")])),
    'rolebindings.rbac.authorization.k8s.io "erin-root" is forbidden: user "erin" (groups=["system:authenticated"]) is attempting to grant RBAC permissions not currently held:\n' +
      '{APIGroups:["*"], Resources:["*"], Verbs:["*"]}\n{NonResourceURLs:["*"], Verbs:["*"]}',
  );
  await forbidden(
    t,
    erin.create({ apiVersion: `${RBAC}/v1`, kind: "Role", metadata: { name: "nodes", namespace: "a" }, rules: [{ verbs: ["get", "list"], apiGroups: [""], resources: ["nodes"] }] }),
    'roles.rbac.authorization.k8s.io "nodes" is forbidden: user "erin" (groups=["system:authenticated"]) is attempting to grant RBAC permissions not currently held:\n' +
      '{APIGroups:[""], Resources:["nodes"], Verbs:["get" "list"]}',
  );
  await forbidden(t, erin.patch("roles", "secret-reader", { namespace: "a", patchType: "merge", patch: { rules: [{ verbs: ["*"], apiGroups: ["*"], resources: ["*"] }] } }),
    'roles.rbac.authorization.k8s.io "secret-reader" is forbidden: user "erin" (groups=["system:authenticated"]) cannot escalate resource "roles": patching a role needs the escalate verb');
});

test("the aggregation controller adds a labelled role's rules to the roles that select it", async (t) => {
  await startManager(fixture);
  await admin.create({
    apiVersion: `${RBAC}/v1`, kind: "ClusterRole", metadata: { name: "monitoring" },
    aggregationRule: { clusterRoleSelectors: [{ matchLabels: { "rbac.example.com/aggregate-to-monitoring": "true" } }] },
  });
  await admin.create({
    apiVersion: `${RBAC}/v1`, kind: "ClusterRole", metadata: { name: "widgets-view", labels: { "rbac.example.com/aggregate-to-monitoring": "true", "rbac.authorization.k8s.io/aggregate-to-view": "true" } },
    rules: [{ verbs: ["get", "list"], apiGroups: [""], resources: ["leases-of-widgets"] }],
  });
  const hasWidgets = (name: string) => async () => {
    const role = (await admin.get("clusterroles", name)) as KubeObject & { rules?: { resources?: string[] }[] };
    return role.rules?.some((rule) => rule.resources?.includes("leases-of-widgets")) ? role : undefined;
  };
  const monitoring = await eventually(hasWidgets("monitoring"), "monitoring to aggregate widgets-view");
  t.is((monitoring as { rules?: unknown[] }).rules?.length, 1);
  // view aggregates it, and edit and admin aggregate view.
  for (const name of ["view", "edit", "admin"]) await eventually(hasWidgets(name), `${name} to aggregate widgets-view`);
  const review = await alice.review<KubeObject & { status: { allowed: boolean } }>({
    apiVersion: "authorization.k8s.io/v1", kind: "SelfSubjectAccessReview", spec: { resourceAttributes: { verb: "list", resource: "leases-of-widgets", namespace: "a" } },
  });
  t.true(review.status.allowed);
});
