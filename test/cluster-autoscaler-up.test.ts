// The cluster autoscaler under a real `troupe up --nodes 1 --max-nodes 2`: the supervisor's node
// provider starts kubelet-node-2 (its own credentials) when pods fit on node-1 no more, and stops
// it once it is unneeded (the unneeded time shortened through the environment).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import test from "ava";
import { readContext, troupeHome } from "../cli/cluster/home.ts";
import { troupe } from "./helpers/troupe-cli.ts";
import { eventually } from "./helpers/workload-cluster.ts";

const deployment = (cpu: string) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: wide, namespace: default}
spec:
  replicas: 4
  selector: {matchLabels: {app: wide}}
  template:
    metadata: {labels: {app: wide}}
    spec:
      terminationGracePeriodSeconds: 2
      containers:
      - name: c
        image: host
        command: [sleep, "3600"]
        resources: {requests: {cpu: ${cpu}, memory: 32Mi}}
`;

test("troupe up --max-nodes starts a node for pods that fit nowhere and stops it when they go", async (t) => {
  const home = await mkdtemp(join(tmpdir(), "troupe-ca-up-"));
  const env = { TROUPE_HOME: home, TROUPE_SCALE_DOWN_UNNEEDED_TIME: "3s", TROUPE_SCALE_DOWN_DELAY_AFTER_ADD: "2s" };
  t.teardown(async () => {
    await troupe(["down", "--timeout", "20s"], { env });
    await rm(home, { recursive: true, force: true });
  });
  const up = await troupe(["up", "-d", "--nodes", "1", "--max-nodes", "2"], { env });
  t.is(up.code, 0, up.stderr);
  // Each pod asks for 40% of a node's cores: node-1 takes two, the other two need a new node.
  const node1 = JSON.parse((await troupe(["get", "node", "node-1", "-o", "json"], { env })).stdout) as { status: { allocatable: { cpu: string } } };
  const cpu = `${Math.floor(Number(node1.status.allocatable.cpu) * 400)}m`;
  const applied = await troupe(["apply", "-f", "-"], { env, stdin: deployment(cpu) });
  t.is(applied.code, 0, applied.stderr);
  interface PodJson { spec: { nodeName?: string }; status: { phase?: string; containerStatuses?: { ready?: boolean }[] } }
  const pods = async () => (JSON.parse((await troupe(["get", "pods", "-l", "app=wide", "-o", "json"], { env })).stdout) as { items: PodJson[] }).items;
  const running = await eventually(pods, (items) => items.length === 4 && items.every((pod) => pod.status.phase === "Running" && pod.status.containerStatuses?.[0]?.ready === true), "4 pods Running", 180_000);
  t.deepEqual([...new Set(running.map((pod) => pod.spec.nodeName))].sort(), ["node-1", "node-2"]);
  const context = await readContext(troupeHome(env));
  t.true(context?.services.some((service) => service.name === "kubelet-node-2"), "the supervisor runs kubelet-node-2");

  t.is((await troupe(["delete", "deployment", "wide"], { env })).code, 0);
  const nodes = async () => (await troupe(["get", "nodes", "-o", "name"], { env })).stdout.trim().split("\n");
  t.deepEqual(await eventually(nodes, (names) => names.length === 1, "node-2 removed", 120_000), ["node/node-1"]);
  const after = await readContext(troupeHome(env));
  t.false(after?.services.some((service) => service.name === "kubelet-node-2"), "kubelet-node-2 stopped");
  const status = JSON.parse((await troupe(["get", "configmap", "cluster-autoscaler-status", "-n", "kube-system", "-o", "json"], { env })).stdout) as { data: { status: string } };
  t.regex(status.data.status, /name: default\n\s+health:\n\s+status: Healthy/);
});
