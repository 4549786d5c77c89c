// `troupe create role|rolebinding|clusterrole|clusterrolebinding` and `troupe auth can-i|whoami`,
// the CLI run as a user runs it, against a real API. The CLI speaks as the cluster admin (no NATS
// authentication here); --as makes the API impersonate the user.
import test from "ava";
import { startApiTestCluster, type ApiTestCluster } from "./helpers/api-cluster.ts";
import { troupe } from "./helpers/troupe-cli.ts";

let cluster: ApiTestCluster;

test.before(async () => {
  cluster = await startApiTestCluster();
  await cluster.client.create({ apiVersion: "v1", kind: "Namespace", metadata: { name: "shop" } });
});

test.after.always(async () => {
  await cluster?.stop();
});

const cli = (args: string[]) => troupe([...args, "--server", cluster.server.url]);

test.serial("create role and rolebinding print kubectl's lines, and can-i answers for the bound user", async (t) => {
  t.like(await cli(["create", "role", "pod-reader", "--verb=get,list", "--resource=pods,pods/log", "-n", "shop"]), { code: 0, stdout: "role.rbac.authorization.k8s.io/pod-reader created\n" });
  t.like(await cli(["create", "rolebinding", "dana-reads", "--role=pod-reader", "--user=dana", "-n", "shop"]), { code: 0, stdout: "rolebinding.rbac.authorization.k8s.io/dana-reads created\n" });
  const role = await cluster.client.get("roles", "pod-reader", { namespace: "shop" });
  t.deepEqual((role as { rules?: unknown }).rules, [{ verbs: ["get", "list"], apiGroups: [""], resources: ["pods", "pods/log"] }]);
  t.like(await cli(["auth", "can-i", "list", "pods", "-n", "shop", "--as", "dana"]), { code: 0, stdout: "yes\n" });
  t.like(await cli(["auth", "can-i", "get", "pods/web", "-n", "shop", "--as", "dana", "--subresource", "log"]), { code: 0, stdout: "yes\n" });
  t.like(await cli(["auth", "can-i", "delete", "pods", "-n", "shop", "--as", "dana"]), { code: 1, stdout: "no\n" });
  t.like(await cli(["auth", "can-i", "list", "pods", "-n", "default", "--as", "dana"]), { code: 1, stdout: "no\n" });
  t.like(await cli(["auth", "can-i", "list", "pods", "-A", "--as", "dana"]), { code: 1, stdout: "no\n" });
  t.like(await cli(["auth", "can-i", "get", "/version", "--as", "dana"]), { code: 0, stdout: "yes\n" });
  t.like(await cli(["auth", "can-i", "create", "deployments"]), { code: 0, stdout: "yes\n" });
  const denied = await cli(["get", "pods", "-n", "default", "--as", "dana"]);
  t.is(denied.code, 1);
  t.regex(denied.stderr, /pods is forbidden: User "dana" cannot list resource "pods" in API group "" in the namespace "default"/);
});

test.serial("can-i --list prints the user's rules, and whoami the user", async (t) => {
  const list = await cli(["auth", "can-i", "--list", "-n", "shop", "--as", "dana"]);
  t.is(list.code, 0, list.stderr);
  t.regex(list.stdout, /^Resources\s+Non-Resource URLs\s+Resource Names\s+Verbs\n/);
  t.regex(list.stdout, /\npods\s+\[\]\s+\[\]\s+\[get list\]\n/);
  t.regex(list.stdout, /\npods\/log\s+\[\]\s+\[\]\s+\[get list\]\n/);
  t.regex(list.stdout, /\nselfsubjectaccessreviews\.authorization\.k8s\.io\s+\[\]\s+\[\]\s+\[create\]\n/);
  const whoami = await cli(["auth", "whoami", "--as", "dana", "--as-group", "shoppers"]);
  t.is(whoami.stdout, "ATTRIBUTE   VALUE\nUsername    dana\nGroups      [shoppers system:authenticated]\n");
});

test.serial("create clusterrole and clusterrolebinding; --as and --as-group set whom the API checks", async (t) => {
  t.like(await cli(["create", "clusterrole", "health", "--verb=get", "--non-resource-url=/healthz"]), { code: 0, stdout: "clusterrole.rbac.authorization.k8s.io/health created\n" });
  t.like(await cli(["create", "clusterrole", "monitoring", "--aggregation-rule=rbac.example.com/aggregate-to-monitoring=true"]), { code: 0, stdout: "clusterrole.rbac.authorization.k8s.io/monitoring created\n" });
  t.like(await cli(["create", "clusterrolebinding", "robots-view", "--clusterrole=view", "--serviceaccount=shop:robot", "--group=robots"]), { code: 0, stdout: "clusterrolebinding.rbac.authorization.k8s.io/robots-view created\n" });
  t.like(await cli(["auth", "can-i", "list", "deployments.apps", "-n", "default", "--as", "system:serviceaccount:shop:robot"]), { code: 0, stdout: "yes\n" });
  const refused = await cli(["get", "pods", "--as", "eve", "-n", "shop"]);
  t.is(refused.code, 1);
  t.regex(refused.stderr, /User "eve" cannot list resource "pods"/);
  const again = await cli(["auth", "can-i", "get", "pods", "--as", "dana", "--as-group", "system:masters", "-n", "shop"]);
  t.like(again, { code: 0, stdout: "yes\n" });
  const bad = await cli(["create", "rolebinding", "x", "--user=dana", "-n", "shop"]);
  t.is(bad.code, 1);
  t.regex(bad.stderr, /exactly one of clusterrole or role must be specified/);
});
