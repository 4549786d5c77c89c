// Jobs on a whole cluster (every role its own process, the process driver): an Indexed Job whose
// pods print the JOB_COMPLETION_INDEX the kubelet resolves from the downward API, and a Job whose
// pods exit 3 failing with BackoffLimitExceeded after the pod back-off, and a CronJob on the
// controller manager's test clock (TROUPE_TEST_CLOCK_RATE=60: a minute passes each second).
import test from "ava";
import type { CronJobObject, JobObject, PodObject } from "../services/controllers/resources.ts";
import { troupe } from "./helpers/troupe-cli.ts";
import { eventually, startWorkloadCluster, type WorkloadCluster } from "./helpers/workload-cluster.ts";

let cluster: WorkloadCluster;

test.before(async () => {
  cluster = await startWorkloadCluster({ nodes: 1, env: { TROUPE_TEST_CLOCK_RATE: "60" } });
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

test.serial("a cronjob on the test clock starts a job every five clock minutes and keeps one finished job", async (t) => {
  await cluster.typed.create({
    apiVersion: "batch/v1", kind: "CronJob", metadata: { name: "every5", namespace: "default" },
    spec: { schedule: "*/5 * * * *", successfulJobsHistoryLimit: 1, jobTemplate: { spec: job("unused", {}, "true").spec } },
  });
  const seen = new Set<string>();
  const ownedJobs = async () => (await cluster.typed.list<JobObject>("jobs", { namespace: "default" })).items.filter((item) => item.metadata?.ownerReferences?.[0]?.name === "every5");
  await eventually(async () => {
    for (const item of await ownedJobs()) seen.add(item.metadata?.name ?? "");
    return seen.size;
  }, (count) => count >= 3, "three scheduled jobs", 60_000);
  const minutes = [...seen].map((name) => Number(name.slice("every5-".length))).sort((a, b) => a - b);
  t.true(minutes.every((minute) => minute % 5 === 0), `scheduled on minutes divisible by 5: ${minutes.join(", ")}`);
  const kept = await eventually(ownedJobs, (items) => items.filter((item) => (item.status?.conditions ?? []).some((c) => c.type === "Complete" && c.status === "True")).length <= 1, "one finished job kept");
  t.true(kept.length <= 2);
  const cronJob = await cluster.typed.get<CronJobObject>("cronjobs", "default", "every5");
  t.truthy(cronJob.status?.lastScheduleTime);
});
