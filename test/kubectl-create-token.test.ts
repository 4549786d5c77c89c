// The real kubectl asks for ServiceAccount tokens (`kubectl create token`) through the Kubernetes
// front end; the token it prints connects to nats-server in operator mode as the ServiceAccount.
import test from "ava";
import { JsonApiClient } from "../runtime/api-client.ts";
import { kubectlMissing, startKubeApiFixture, type KubeApiFixture } from "./helpers/kube-api-fixture.ts";
import { startSecuredCluster, type SecuredCluster } from "./helpers/secured-cluster.ts";

const missing = kubectlMissing();
if (missing) console.log(`kubectl-create-token: skipping every test: ${missing}`);
const kubectlTest = missing ? test.skip : test.serial;

let cluster: SecuredCluster;
let kube: KubeApiFixture;

test.before(async () => {
  if (missing) return;
  cluster = await startSecuredCluster();
  kube = await startKubeApiFixture(await cluster.connectAdmin());
});

test.after.always(async () => {
  await kube?.stop();
  await cluster?.stop();
});

kubectlTest("kubectl create serviceaccount, get sa and create token; the token works on NATS", async (t) => {
  t.like(await kube.kubectl(["create", "serviceaccount", "robot"]), { code: 0, stdout: "serviceaccount/robot created\n" });
  const listed = await kube.kubectl(["get", "sa", "robot"]);
  t.is(listed.code, 0, listed.stderr);
  t.regex(listed.stdout, /^NAME\s+SECRETS\s+AGE\nrobot\s+0\s+\d+s\n$/);
  const issued = await kube.kubectl(["create", "token", "robot", "--duration=20m"]);
  t.is(issued.code, 0, issued.stderr);
  const token = issued.stdout.trim();
  t.regex(token, /^[\w-]+\.[\w-]+\.[\w-]+$/);
  // RBAC: the ServiceAccount may read what view grants in its namespace.
  await cluster.client.create({
    apiVersion: "rbac.authorization.k8s.io/v1", kind: "RoleBinding", metadata: { name: "robot-view", namespace: "default" },
    roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "view" }, subjects: [{ kind: "ServiceAccount", name: "robot" }],
  });
  const nc = await cluster.connectWithToken(token);
  t.is((await new JsonApiClient(nc).get("serviceaccounts", "robot", { namespace: "default" })).metadata?.name, "robot");
});

kubectlTest("kubectl create token refuses a short duration and a missing pod as Kubernetes does", async (t) => {
  const short = await kube.kubectl(["create", "token", "robot", "--duration=5m"]);
  t.is(short.code, 1);
  t.regex(short.stderr, /spec\.expirationSeconds: Invalid value: 300: may not specify a duration less than 10 minutes/);
  const unbound = await kube.kubectl(["create", "token", "robot", "--bound-object-kind=Pod", "--bound-object-name=nope"]);
  t.is(unbound.code, 1);
  t.regex(unbound.stderr, /pods "nope" not found/);
  const ghost = await kube.kubectl(["create", "token", "ghost"]);
  t.regex(ghost.stderr, /serviceaccounts "ghost" not found/);
});
