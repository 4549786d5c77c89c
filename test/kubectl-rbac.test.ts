// The real kubectl's RBAC commands against Troupe's Kubernetes front end: create rolebinding,
// get clusterroles, auth can-i (with --as, --list) and auth whoami. The front end speaks to the
// API as the cluster admin here, and --as makes the API impersonate the user (RBAC allows it).
import test from "ava";
import { startApiTestCluster, type ApiTestCluster } from "./helpers/api-cluster.ts";
import { kubectlMissing, startKubeApiFixture, type KubeApiFixture } from "./helpers/kube-api-fixture.ts";

const missing = kubectlMissing();
if (missing) console.log(`kubectl-rbac: skipping every test: ${missing}`);
const kubectlTest = missing ? test.skip : test.serial;

let cluster: ApiTestCluster;
let kube: KubeApiFixture;

test.before(async () => {
  if (missing) return;
  cluster = await startApiTestCluster();
  kube = await startKubeApiFixture(cluster.nc);
  await cluster.client.create({ apiVersion: "v1", kind: "Namespace", metadata: { name: "team-a" } });
});

test.after.always(async () => {
  await kube?.stop();
  await cluster?.stop();
});

kubectlTest("kubectl create rolebinding and get clusterroles and rolebindings print as against Kubernetes", async (t) => {
  t.like(await kube.kubectl(["create", "rolebinding", "alice-view", "--clusterrole=view", "--user=alice", "-n", "team-a"]), { code: 0, stdout: "rolebinding.rbac.authorization.k8s.io/alice-view created\n" });
  const roles = await kube.kubectl(["get", "clusterroles"]);
  t.is(roles.code, 0, roles.stderr);
  t.regex(roles.stdout, /^NAME\s+CREATED AT\n/);
  t.regex(roles.stdout, /\nview\s+\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\n/);
  t.regex(roles.stdout, /\ncluster-admin\s+/);
  const bindings = await kube.kubectl(["get", "rolebindings", "-n", "team-a", "-o", "wide"]);
  t.regex(bindings.stdout, /^NAME\s+ROLE\s+AGE\s+USERS\s+GROUPS\s+SERVICEACCOUNTS\n/);
  t.regex(bindings.stdout, /\nalice-view\s+ClusterRole\/view\s+\S+\s+alice\s*\n/);
});

kubectlTest("kubectl create role and clusterrole send rules Troupe stores as written", async (t) => {
  t.like(await kube.kubectl(["create", "role", "pod-reader", "--verb=get,list", "--resource=pods,deployments.apps", "-n", "team-a"]), { code: 0, stdout: "role.rbac.authorization.k8s.io/pod-reader created\n" });
  t.like(await kube.kubectl(["create", "clusterrole", "monitoring", "--aggregation-rule=rbac.example.com/aggregate-to-monitoring=true"]), { code: 0, stdout: "clusterrole.rbac.authorization.k8s.io/monitoring created\n" });
  t.like(await kube.kubectl(["create", "clusterrolebinding", "ops-view", "--clusterrole=view", "--group=ops", "--serviceaccount=team-a:robot"]), { code: 0, stdout: "clusterrolebinding.rbac.authorization.k8s.io/ops-view created\n" });
  const role = JSON.parse((await kube.kubectl(["get", "role", "pod-reader", "-n", "team-a", "-o", "json"])).stdout) as { rules: unknown };
  t.deepEqual(role.rules, [{ verbs: ["get", "list"], apiGroups: [""], resources: ["pods"] }, { verbs: ["get", "list"], apiGroups: ["apps"], resources: ["deployments"] }]);
  const binding = await kube.kubectl(["get", "clusterrolebinding", "ops-view", "-o", "wide"]);
  t.regex(binding.stdout, /\nops-view\s+ClusterRole\/view\s+\S+\s+ops\s+team-a\/robot\n/);
});

kubectlTest("kubectl auth can-i answers yes or no with kubectl's exit codes, as the impersonated user", async (t) => {
  t.like(await kube.kubectl(["auth", "can-i", "list", "pods", "-n", "team-a", "--as=alice"]), { code: 0, stdout: "yes\n" });
  t.like(await kube.kubectl(["auth", "can-i", "create", "pods", "-n", "team-a", "--as=alice"]), { code: 1, stdout: "no\n" });
  t.like(await kube.kubectl(["auth", "can-i", "get", "secrets", "-n", "team-a", "--as=alice"]), { code: 1, stdout: "no\n" });
  t.like(await kube.kubectl(["auth", "can-i", "list", "pods", "-n", "default", "--as=alice"]), { code: 1, stdout: "no\n" });
  t.like(await kube.kubectl(["auth", "can-i", "delete", "nodes"]), { code: 0, stdout: "yes\n" });
  const denied = await kube.kubectl(["get", "pods", "-n", "default", "--as=alice"]);
  t.is(denied.code, 1);
  t.is(denied.stderr, 'Error from server (Forbidden): pods is forbidden: User "alice" cannot list resource "pods" in API group "" in the namespace "default"\n');
});

kubectlTest("kubectl auth can-i --list and auth whoami show the user's rules and identity", async (t) => {
  const list = await kube.kubectl(["auth", "can-i", "--list", "-n", "team-a", "--as=alice"]);
  t.is(list.code, 0, list.stderr);
  t.regex(list.stdout, /^Resources\s+Non-Resource URLs\s+Resource Names\s+Verbs\n/);
  t.regex(list.stdout, /\npods\s+\[\]\s+\[\]\s+\[get list watch\]\n/);
  t.regex(list.stdout, /\n\s+\[\/api\/\*\]\s+\[\]\s+\[get\]\n/);
  t.notRegex(list.stdout, /\nsecrets\s/);
  const whoami = await kube.kubectl(["auth", "whoami", "--as=alice", "--as-group=team"]);
  t.is(whoami.code, 0, whoami.stderr);
  t.regex(whoami.stdout, /Username\s+alice\n/);
  t.regex(whoami.stdout, /Groups\s+\[team system:authenticated\]\n/);
});
