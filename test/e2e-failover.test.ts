// Leader fail-over: with two schedulers and two controller managers, killing the leaders hands
// over to the standbys, and no pod is created twice.
import test from "ava";
import type { KubeObject } from "../runtime/api-client.ts";
import { eventually, startWorkloadCluster, type WorkloadCluster } from "./helpers/workload-cluster.ts";

interface PodJson extends KubeObject {
  status?: { phase?: string };
}

let cluster: WorkloadCluster;
test.before(async () => {
  cluster = await startWorkloadCluster({ nodes: 2, ha: true });
});
test.after.always(async () => {
  await cluster?.stop();
});

function deployment(name: string, replicas: number): KubeObject {
  return {
    apiVersion: "apps/v1", kind: "Deployment", metadata: { name, namespace: "default" },
    spec: { replicas, selector: { matchLabels: { app: name } }, template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: "c", image: "hello:plain-text" }] } } },
  };
}

async function leaseHolder(name: string): Promise<string> {
  const { openLeaseStore } = await import("../runtime/leader-election/lease-lock.ts");
  const { decodeMessage } = await import("../runtime/codec/protobuf.ts");
  const store = await openLeaseStore(cluster.nc);
  const entry = await store.get(`leader.${name}`);
  return entry ? (decodeMessage<{ spec?: { holderIdentity?: string } }>("Lease", entry.value).spec?.holderIdentity ?? "") : "";
}

test("killing the leading scheduler and controller manager hands over to the standbys without duplicate pods", async (t) => {
  const list = async (app: string) => (await cluster.json.list("pods", { namespace: "default", labelSelector: `app=${app}` })).items as PodJson[];
  await cluster.json.apply(deployment("before", 4));
  await eventually(() => list("before"), (items) => items.filter((pod) => pod.status?.phase === "Running").length === 4, "4 pods before the fail-over", 30_000);

  const schedulerLeader = await leaseHolder("troupe-scheduler");
  const controllersLeader = await leaseHolder("troupe-controller-manager");
  t.truthy(schedulerLeader);
  t.truthy(controllersLeader);
  const roleOf = (identity: string, base: string) => (identity.endsWith("-2") ? `${base}-2` : base);
  const killedAt = Date.now();
  await cluster.kill(roleOf(schedulerLeader, "scheduler"));
  await cluster.kill(roleOf(controllersLeader, "controllers"));

  await cluster.json.apply(deployment("after", 4));
  let most = 0;
  await eventually(async () => {
    const items = await list("after");
    most = Math.max(most, items.length);
    return items;
  }, (items) => items.filter((pod) => pod.status?.phase === "Running").length === 4, "4 pods after the fail-over", 30_000);
  t.log(`leaders killed to new pods Running: ${((Date.now() - killedAt) / 1000).toFixed(1)} s`);
  t.is(most, 4, "no pod created twice");
  t.is((await list("before")).length, 4, "the first deployment was not disturbed");
  t.not(await leaseHolder("troupe-scheduler"), schedulerLeader);
});
