// The four manifests of the Kubernetes material Troupe follows are accepted unchanged and
// read back with every field they set.
import test from "ava";
import { containsFields, loadExample, startApiTestCluster, type ApiTestCluster } from "./helpers/api-cluster.ts";
import type { KubeObject } from "../runtime/api-client.ts";

let cluster: ApiTestCluster;
test.before(async () => {
  cluster = await startApiTestCluster();
});
test.after.always(async () => {
  await cluster?.stop();
});

const MANIFESTS = ["web/deployment.yaml", "web/service.yaml", "redis/statefulset.yaml", "redis/service.yaml"];

for (const file of MANIFESTS) {
  test.serial(`the ${file} manifest is applied unchanged and read back with every field intact`, async (t) => {
    const [manifest] = await loadExample(file);
    const applied = await cluster.client.apply(structuredClone(manifest) as KubeObject);
    const name = (manifest.metadata as { name: string }).name;
    const read = await cluster.client.get(String(manifest.kind), name);
    t.deepEqual(containsFields(read, manifest), []);
    t.deepEqual(containsFields(applied, manifest), []);
    t.is(read.metadata?.namespace, "default");
    t.truthy(read.metadata?.uid);
    t.truthy(read.metadata?.creationTimestamp);
    t.is(read.metadata?.generation, 1);
    t.is(read.metadata?.resourceVersion, applied.metadata?.resourceVersion);
  });
}

test.serial("re-applying an unchanged manifest changes nothing", async (t) => {
  const [manifest] = await loadExample("web/deployment.yaml");
  const first = await cluster.client.applyWithOutcome(structuredClone(manifest) as KubeObject);
  const second = await cluster.client.applyWithOutcome(structuredClone(manifest) as KubeObject);
  t.is(second.outcome, "unchanged");
  t.is(second.object.metadata?.resourceVersion, first.object.metadata?.resourceVersion);
});

test.serial("defaults are filled in the way Kubernetes fills them", async (t) => {
  const deployment = await cluster.client.get("deploy", "simple-web-app");
  const spec = deployment.spec as { strategy: { type: string; rollingUpdate: { maxSurge: string } }; revisionHistoryLimit: number; template: { spec: { restartPolicy: string; containers: { imagePullPolicy: string; ports: { protocol: string }[] }[] } } };
  t.is(spec.strategy.type, "RollingUpdate");
  t.is(spec.strategy.rollingUpdate.maxSurge, "25%");
  t.is(spec.revisionHistoryLimit, 10);
  t.is(spec.template.spec.restartPolicy, "Always");
  t.is(spec.template.spec.containers[0].imagePullPolicy, "IfNotPresent");
  t.is(spec.template.spec.containers[0].ports[0].protocol, "TCP");
  const headless = await cluster.client.get("svc", "redis-service");
  t.is((headless.spec as { clusterIP: string }).clusterIP, "None");
  t.is((headless.spec as { type: string }).type, "ClusterIP");
});

test.serial("a changed spec bumps the generation; a changed label does not", async (t) => {
  const [manifest] = await loadExample("web/deployment.yaml");
  const before = await cluster.client.get("deployments", "simple-web-app");
  const scaled = structuredClone(manifest) as KubeObject & { spec: { replicas: number } };
  scaled.spec.replicas = 5;
  const after = await cluster.client.apply(scaled);
  t.is(after.metadata?.generation, (before.metadata?.generation ?? 0) + 1);
  const labelled = structuredClone(scaled);
  labelled.metadata = { ...labelled.metadata, labels: { tier: "web" } };
  const relabelled = await cluster.client.apply(labelled);
  t.is(relabelled.metadata?.generation, after.metadata?.generation);
  t.deepEqual(relabelled.metadata?.labels, { tier: "web" });
});
