// kubectl drain with the real kubectl on a whole cluster: it cordons the node, then evicts each of
// its pods through pods/eviction and retries on 429 while the PodDisruptionBudget forbids more, so
// the hello Deployment never drops below the budget's two Ready pods while its pods move.
import { join } from "node:path";
import test from "ava";
import type { KubeObject } from "../runtime/api-client.ts";
import { kubectlMissing, startKubeApiFixture, type KubeApiFixture } from "./helpers/kube-api-fixture.ts";
import { REPO_ROOT } from "./helpers/troupe-cli.ts";
import { eventually, startWorkloadCluster, type WorkloadCluster } from "./helpers/workload-cluster.ts";

const missing = kubectlMissing();
if (missing) console.log(`kubectl-drain: skipping every test: ${missing}`);
const kubectlTest = missing ? test.skip : test.serial;

let cluster: WorkloadCluster;
let kube: KubeApiFixture;

test.before(async () => {
  if (missing) return;
  cluster = await startWorkloadCluster({ nodes: 2 });
  kube = await startKubeApiFixture(cluster.nc);
});

test.after.always(async () => {
  await kube?.stop();
  await cluster?.stop();
});

interface PodJson extends KubeObject {
  spec?: { nodeName?: string };
  status?: { conditions?: { type: string; status: string }[] };
}

const isReady = (pod: PodJson) => !pod.metadata?.deletionTimestamp && (pod.status?.conditions ?? []).some((condition) => condition.type === "Ready" && condition.status === "True");

async function helloPods(): Promise<PodJson[]> {
  return (await cluster.json.list("pods", { namespace: "default", labelSelector: "app=hello" })).items as PodJson[];
}

const BUDGET = `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: hello
spec:
  minAvailable: 2
  selector:
    matchLabels:
      app: hello
`;

kubectlTest("kubectl drain evicts a node's pods with retries and never takes the Deployment below its budget", async (t) => {
  const applied = await kube.kubectl(["apply", "-f", join(REPO_ROOT, "examples", "hello", "deployment.yaml")]);
  t.is(applied.code, 0, applied.stderr);
  const rollout = await kube.kubectl(["rollout", "status", "deployment/hello", "--timeout=90s"], { timeoutMs: 100_000 });
  t.is(rollout.code, 0, rollout.stderr);
  const pdb = await kube.kubectl(["apply", "-f", "-"], { input: BUDGET });
  t.is(pdb.code, 0, pdb.stderr);
  await eventually(
    () => cluster.json.get("pdb", "hello", { namespace: "default" }),
    (budget) => (budget.status as { disruptionsAllowed?: number } | undefined)?.disruptionsAllowed === 1,
    "the disruption controller allows one disruption",
  );
  const table = await kube.kubectl(["get", "pdb", "hello"]);
  t.regex(table.stdout, /^NAME +MIN AVAILABLE +MAX UNAVAILABLE +ALLOWED DISRUPTIONS +AGE\nhello +2 +N\/A +1 +\d+s\n$/, table.stdout);

  // Watch the Ready pods for the whole drain: evictions that ignored the budget would take two of
  // node-1's pods at once. (kubectl drain retries a refused eviction quietly here: it admits the
  // second one only once a replacement is Ready.)
  let fewestReady = Number.POSITIVE_INFINITY;
  let watching = true;
  const watcher = (async () => {
    while (watching) {
      fewestReady = Math.min(fewestReady, (await helloPods()).filter(isReady).length);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  const onNode1 = (await helloPods()).filter((pod) => pod.spec?.nodeName === "node-1").length;
  t.log(`${onNode1} of the hello pods on node-1`);
  t.true(onNode1 >= 1, "the drain has pods to evict");
  const drained = await kube.kubectl(["drain", "node-1", "--ignore-daemonsets", "--timeout=120s"], { timeoutMs: 150_000 });
  watching = false;
  await watcher;
  t.is(drained.code, 0, `${drained.stdout}\n${drained.stderr}`);
  t.regex(drained.stdout, /node\/node-1 cordoned/);
  t.regex(drained.stdout, /node\/node-1 drained/);
  t.true(fewestReady >= 2, `fewest Ready pods during the drain: ${fewestReady}`);
  const after = await eventually(helloPods, (pods) => pods.filter(isReady).length === 3, "three Ready pods again", 90_000);
  t.true(after.filter(isReady).every((pod) => pod.spec?.nodeName !== "node-1"), "no pod left on the drained node");
  const node = await cluster.json.get("nodes", "node-1");
  t.true((node.spec as { unschedulable?: boolean }).unschedulable);
});
