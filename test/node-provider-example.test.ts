// examples/node-provider/provider.ts, the runnable node provider an integration would copy,
// answers the cluster autoscaler: a pod too big for the cluster's node makes it start a hollow
// node the pod runs on; bad requests get the contract's error replies.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import test from "ava";
import { NatsNodeGroupProvider } from "../runtime/node-groups/nats-node-group-provider.ts";
import { NodeGroupProviderError } from "../runtime/node-groups/types.ts";
import { REPO_ROOT } from "./helpers/troupe-cli.ts";
import { eventually, startWorkloadCluster, type WorkloadCluster } from "./helpers/workload-cluster.ts";

let cluster: WorkloadCluster;
let provider: ChildProcess;
let dir: string;

test.before(async () => {
  dir = await mkdtemp(join(tmpdir(), "troupe-provider-example-"));
  const config = join(dir, "ca.json");
  await writeFile(config, JSON.stringify({ nodeGroups: [{ name: "hollow", minSize: 0, maxSize: 2, template: { cpu: "4", memory: "8Gi" } }], scaleDownUnneededTime: "2s", scaleDownDelayAfterAdd: "1s" }));
  cluster = await startWorkloadCluster({ nodes: 1, env: { TROUPE_CLUSTER_AUTOSCALER_CONFIG: config } });
  provider = spawn(process.execPath, [join(REPO_ROOT, "examples", "node-provider", "provider.ts")], {
    env: { ...process.env, TROUPE_NATS_URL: cluster.server.url, NODE_GROUP: "hollow", MAX_SIZE: "2", NODE_CPU: "4", NODE_MEMORY: "8Gi", TROUPE_KUBELET_DIR: dir },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    provider.stdout?.on("data", (chunk: Buffer) => chunk.toString().includes("node provider for group hollow") && resolve());
    provider.once("exit", (code) => reject(new Error(`the provider exited with ${code}`)));
  });
});

test.after.always(async () => {
  if (provider && provider.exitCode === null) {
    const exited = new Promise((resolve) => provider.once("exit", resolve));
    provider.kill("SIGTERM");
    await exited;
  }
  await cluster?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

test.serial("the example provider answers the contract, refusing bad requests with the error shape", async (t) => {
  const client = new NatsNodeGroupProvider(cluster.nc, { timeoutMs: 10_000 });
  t.deepEqual(await client.nodes("hollow"), []);
  const refused = await t.throwsAsync(client.delete("hollow", ["node-1"]), { instanceOf: NodeGroupProviderError });
  t.is(refused?.code, "NotFound");
  const tooMany = await t.throwsAsync(client.increase("hollow", 3), { instanceOf: NodeGroupProviderError });
  t.is(tooMany?.code, "MaxSizeReached");
});

test.serial("a pod that fits on no node makes the example provider start a hollow node it runs on, removed after it goes", async (t) => {
  await cluster.json.create({
    apiVersion: "v1", kind: "Pod", metadata: { name: "big", namespace: "default" },
    spec: { terminationGracePeriodSeconds: 0, containers: [{ name: "c", image: "host", command: ["sleep", "3600"], resources: { requests: { cpu: "3" } } }] },
  });
  const pod = await eventually(() => cluster.json.get("pods", "big", { namespace: "default" }), (found) => (found.status as { phase?: string }).phase === "Running", "big Running", 90_000);
  t.is((pod.spec as { nodeName?: string }).nodeName, "hollow-1");
  await cluster.json.delete("pods", "big", { namespace: "default" });
  const names = async () => (await cluster.json.list("nodes")).items.map((node) => node.metadata?.name).sort();
  t.deepEqual(await eventually(names, (found) => found.length === 1, "hollow-1 removed", 90_000), ["node-1"]);
});
