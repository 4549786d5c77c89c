// Jobs on a whole cluster (every role its own process, the process driver): an Indexed Job whose
// pods print the JOB_COMPLETION_INDEX the kubelet resolves from the downward API, and a Job whose
// pods exit 3 failing with BackoffLimitExceeded after the pod back-off.
import test from "ava";
import type { JobObject, PodObject } from "../services/controllers/resources.ts";
import { troupe } from "./helpers/troupe-cli.ts";
import { eventually, startWorkloadCluster, type WorkloadCluster } from "./helpers/workload-cluster.ts";

let cluster: WorkloadCluster;

test.before(async () => {
  cluster = await startWorkloadCluster({ nodes: 1 });
});

test.after.always(async () => {
  await cluster?.stop();
});

const job = (name: string, spec: Record<string, unknown>, script: string) => ({
  apiVersion: "batch/v1", kind: "Job", metadata: { name, namespace: "default" },
  spec: { ...spec, template: { spec: { restartPolicy: "Never", containers: [{ name: "main", image: "hello:plain-text", command: ["sh", "-c", script] }] } } },
});
const conditionOf = (object: JobObject, type: string) => (object.status?.conditions ?? []).find((c) => c.type === type && c.status === "True");

test.serial("an Indexed job on the process driver runs each index once, each pod seeing its JOB_COMPLETION_INDEX", async (t) => {
  await cluster.typed.create(job("indexed", { completions: 3, parallelism: 2, completionMode: "Indexed" }, 'echo "index=$JOB_COMPLETION_INDEX"'));
  const done = await eventually(() => cluster.typed.get<JobObject>("jobs", "default", "indexed"), (object) => Boolean(conditionOf(object, "Complete")), "the indexed job complete", 60_000);
  t.like(done.status, { succeeded: 3, completedIndexes: "0-2", active: 0 });
  const pods = (await cluster.typed.list<PodObject>("pods", { namespace: "default" })).items.filter((pod) => pod.metadata?.name?.startsWith("indexed-"));
  t.is(pods.length, 3);
  for (const pod of pods) {
    const index = pod.metadata?.annotations?.["batch.kubernetes.io/job-completion-index"];
    const logs = await troupe(["logs", pod.metadata?.name ?? "", "--server", cluster.server.url]);
    t.is(logs.stdout.trim(), `index=${index}`, logs.stderr);
  }
});

test.serial("a job whose pods exit 3 fails with BackoffLimitExceeded after backoffLimit retries", async (t) => {
  await cluster.typed.create(job("failing", { backoffLimit: 1 }, "exit 3"));
  const failed = await eventually(() => cluster.typed.get<JobObject>("jobs", "default", "failing"), (object) => Boolean(conditionOf(object, "Failed")), "the failing job failed", 60_000);
  t.like(conditionOf(failed, "Failed"), { reason: "BackoffLimitExceeded", message: "Job has reached the specified backoff limit" });
  t.is(failed.status?.failed, 2);
  const pods = (await cluster.typed.list<PodObject>("pods", { namespace: "default" })).items.filter((pod) => pod.metadata?.name?.startsWith("failing-"));
  t.is(pods.length, 2);
  t.true(pods.every((pod) => pod.status?.containerStatuses?.[0]?.state?.terminated?.exitCode === 3));
  t.true(pods.every((pod) => !(pod.metadata?.finalizers ?? []).includes("batch.kubernetes.io/job-tracking")));
});
