// The Job, TTL-after-finished and CronJob controllers against a real nats-server and API, with no
// kubelet: the test plays the kubelet's part, finishing pods with the exit codes it chooses. The
// CronJob controller runs on a test clock 60 times as fast as real time (a minute a second).
import test from "ava";
import { scaledClock } from "../runtime/clock.ts";
import type { CronJobObject, JobObject, PodObject } from "../services/controllers/resources.ts";
import { CONTROLLER_TEST_OPTIONS, eventually, live, namespace, podsIn, sleep, startFixture, startManager, stopFixture, type Fixture } from "./helpers/controller-cluster.ts";

let main: Fixture;

test.before(async () => {
  main = await startFixture();
  const { manager } = await startManager(main, { ...CONTROLLER_TEST_OPTIONS, cronJobClock: scaledClock({ rate: 60 }) });
  await eventually(() => manager.leading || undefined, "the controller manager to lead");
});

test.after.always(async () => {
  if (main) await stopFixture(main);
});

const podTemplate = { spec: { restartPolicy: "Never", containers: [{ name: "main", image: "app:1" }] } };
const finished = (pod: PodObject) => pod.status?.phase === "Succeeded" || pod.status?.phase === "Failed";
const time = () => new Date().toISOString().replace(/\.\d+Z$/, "Z");

/** The kubelet's part: every new pod of `ns` ends with the exit code `exitCode(pod)` says (undefined: keeps running). */
function finishPods(ns: string, exitCode: (pod: PodObject) => number | undefined): { stop(): void; seen: PodObject[] } {
  let running = true;
  const handled = new Set<string>();
  const seen: PodObject[] = [];
  void (async () => {
    while (running) {
      for (const pod of podsIn(main, ns, (candidate) => live(candidate) && !finished(candidate) && !handled.has(candidate.metadata?.uid ?? ""))) {
        handled.add(pod.metadata?.uid ?? "");
        seen.push(pod);
        const code = exitCode(pod);
        if (code === undefined) continue;
        await main.client.updateStatus<PodObject>({
          ...pod,
          status: { phase: code === 0 ? "Succeeded" : "Failed", containerStatuses: [{ name: "main", state: { terminated: { exitCode: code, finishedAt: time() } } }] },
        }).catch(() => handled.delete(pod.metadata?.uid ?? ""));
      }
      await sleep(20);
    }
  })();
  return { stop: () => (running = false), seen };
}

const job = (ns: string, name: string, spec: Record<string, unknown>): JobObject => ({ apiVersion: "batch/v1", kind: "Job", metadata: { name, namespace: ns }, spec: { template: podTemplate, ...spec } }) as JobObject;
const condition = (object: JobObject | undefined, type: string) => (object?.status?.conditions ?? []).find((c) => c.type === type && c.status === "True");
const getJob = (ns: string, name: string) => main.client.get<JobObject>("jobs", ns, name).catch(() => undefined);

test("a job with completions 5, parallelism 2 and a failing first attempt completes with the right counts", async (t) => {
  const ns = await namespace(main.client, "job-counts");
  let first = true;
  let peak = 0;
  const watcher = setInterval(() => (peak = Math.max(peak, podsIn(main, ns, (pod) => live(pod) && !finished(pod)).length)), 5);
  const kubelet = finishPods(ns, () => (first ? ((first = false), 1) : 0));
  t.teardown(() => (kubelet.stop(), clearInterval(watcher)));
  await main.client.create(job(ns, "five", { completions: 5, parallelism: 2 }));
  const done = await eventually(async () => {
    const current = await getJob(ns, "five");
    return condition(current, "Complete") ? current : undefined;
  }, "the job to complete", 45_000);
  t.like(done.status, { succeeded: 5, failed: 1, active: 0 });
  t.truthy(condition(done, "SuccessCriteriaMet"));
  t.truthy(done.status?.completionTime);
  t.true(peak <= 2, `at most 2 active pods, saw ${peak}`);
  t.is(kubelet.seen.length, 6);
  // Every pod's tracking finalizer is gone once counted.
  t.true(podsIn(main, ns).every((pod) => !(pod.metadata?.finalizers ?? []).includes("batch.kubernetes.io/job-tracking")));
});

test("an Indexed job runs each index once, the pods carrying JOB_COMPLETION_INDEX", async (t) => {
  const ns = await namespace(main.client, "job-indexed");
  const kubelet = finishPods(ns, () => 0);
  t.teardown(() => kubelet.stop());
  await main.client.create(job(ns, "indexed", { completions: 4, parallelism: 2, completionMode: "Indexed" }));
  const done = await eventually(async () => {
    const current = await getJob(ns, "indexed");
    return condition(current, "Complete") ? current : undefined;
  }, "the indexed job to complete", 30_000);
  t.is(done.status?.completedIndexes, "0-3");
  t.is(done.status?.succeeded, 4);
  const indexes = kubelet.seen.map((pod) => pod.metadata?.annotations?.["batch.kubernetes.io/job-completion-index"]).sort();
  t.deepEqual(indexes, ["0", "1", "2", "3"]);
  for (const pod of kubelet.seen) {
    t.deepEqual(pod.spec?.containers?.[0]?.env?.find((variable) => variable.name === "JOB_COMPLETION_INDEX")?.valueFrom?.fieldRef?.fieldPath, "metadata.annotations['batch.kubernetes.io/job-completion-index']");
  }
});

test("a job fails with BackoffLimitExceeded, with a podFailurePolicy FailJob rule, and with DeadlineExceeded", async (t) => {
  const ns = await namespace(main.client, "job-failures");
  const kubelet = finishPods(ns, (pod) => (pod.metadata?.name?.startsWith("forever") ? undefined : pod.metadata?.name?.startsWith("fatal") ? 42 : 1));
  t.teardown(() => kubelet.stop());
  await main.client.create(job(ns, "backoff", { backoffLimit: 0 }));
  await main.client.create(job(ns, "fatal", { backoffLimit: 6, podFailurePolicy: { rules: [{ action: "FailJob", onExitCodes: { operator: "In", values: [42] } }] } }));
  await main.client.create(job(ns, "forever", { activeDeadlineSeconds: 2 }));
  const failed = (name: string) => eventually(async () => condition(await getJob(ns, name), "Failed"), `${name} to fail`, 30_000);
  t.like(await failed("backoff"), { reason: "BackoffLimitExceeded", message: "Job has reached the specified backoff limit" });
  t.like(await failed("fatal"), { reason: "PodFailurePolicy" });
  t.regex((await failed("fatal")).message ?? "", /failed with exit code 42 matching FailJob rule at index 0/);
  t.like(await failed("forever"), { reason: "DeadlineExceeded", message: "Job was active longer than specified deadline" });
  const fatal = await getJob(ns, "fatal");
  t.is(fatal?.status?.failed, 1);
});

test("a suspended job has no active pods and says Suspended; ttlSecondsAfterFinished deletes a finished job", async (t) => {
  const ns = await namespace(main.client, "job-suspend");
  const kubelet = finishPods(ns, (pod) => (pod.metadata?.name?.startsWith("short") ? 0 : undefined));
  t.teardown(() => kubelet.stop());
  await main.client.create(job(ns, "paused", { parallelism: 2, completions: 2 }));
  await eventually(() => (podsIn(main, ns, (pod) => live(pod) && pod.metadata?.name?.startsWith("paused") === true).length === 2 || undefined), "2 running pods");
  await eventually(async () => {
    const current = await main.client.get<JobObject>("jobs", ns, "paused");
    // The controller writes the status meanwhile: a conflict is tried again.
    return main.client.update<JobObject>({ ...current, spec: { ...current.spec, suspend: true } }).catch(() => undefined);
  }, "the job suspended");
  const suspended = await eventually(async () => {
    const read = await getJob(ns, "paused");
    return condition(read, "Suspended") && read?.status?.active === 0 ? read : undefined;
  }, "the job suspended with no active pods");
  t.like(condition(suspended, "Suspended"), { reason: "JobSuspended", message: "Job suspended" });
  t.is(podsIn(main, ns, (pod) => live(pod) && pod.metadata?.name?.startsWith("paused") === true).length, 0);

  await main.client.create(job(ns, "short", { ttlSecondsAfterFinished: 1 }));
  await eventually(async () => condition(await getJob(ns, "short"), "Complete"), "the short job to complete");
  await eventually(async () => ((await getJob(ns, "short")) === undefined ? true : undefined), "the finished job deleted by its TTL", 15_000);
  t.pass();
});

test("a cronjob on a test clock starts jobs on schedule and keeps only the history limits", async (t) => {
  const ns = await namespace(main.client, "cron-history");
  const kubelet = finishPods(ns, () => 0);
  t.teardown(() => kubelet.stop());
  const cronJob = {
    apiVersion: "batch/v1", kind: "CronJob", metadata: { name: "tick", namespace: ns },
    spec: { schedule: "* * * * *", successfulJobsHistoryLimit: 2, jobTemplate: { spec: { template: podTemplate } } },
  };
  await main.client.create(cronJob);
  const names = new Set<string>();
  let mostKept = 0;
  await eventually(async () => {
    const { items } = await main.client.list<JobObject>("jobs", { namespace: ns });
    for (const item of items) names.add(item.metadata?.name ?? "");
    mostKept = Math.max(mostKept, items.filter((item) => condition(item, "Complete")).length);
    return names.size >= 5 ? true : undefined;
  }, "five scheduled jobs", 40_000);
  for (const name of names) t.regex(name, /^tick-\d{8}$/);
  const { items } = await main.client.list<JobObject>("jobs", { namespace: ns });
  const kept = await eventually(async () => {
    const { items: now } = await main.client.list<JobObject>("jobs", { namespace: ns });
    return now.filter((item) => condition(item, "Complete")).length <= 2 ? now : undefined;
  }, "only two completed jobs kept");
  t.true(kept.filter((item) => condition(item, "Complete")).length <= 2);
  t.true(mostKept <= 3, `completed jobs kept at once: ${mostKept}`);
  t.truthy(items[0]?.metadata?.annotations?.["batch.kubernetes.io/cronjob-scheduled-timestamp"]);
  const stored = await main.client.get<CronJobObject>("cronjobs", ns, "tick");
  t.truthy(stored.status?.lastScheduleTime);
  t.truthy(stored.status?.lastSuccessfulTime);
});

test("a Forbid cronjob skips runs while one is active; Replace replaces the active one", async (t) => {
  const ns = await namespace(main.client, "cron-concurrency");
  const kubelet = finishPods(ns, () => undefined);
  t.teardown(() => kubelet.stop());
  const cronJob = (name: string, concurrencyPolicy: string) => ({
    apiVersion: "batch/v1", kind: "CronJob", metadata: { name, namespace: ns },
    spec: { schedule: "* * * * *", concurrencyPolicy, jobTemplate: { spec: { template: podTemplate } } },
  });
  await main.client.create(cronJob("forbid", "Forbid"));
  await main.client.create(cronJob("replace", "Replace"));
  const jobsOf = async (owner: string) => (await main.client.list<JobObject>("jobs", { namespace: ns })).items.filter((item) => item.metadata?.ownerReferences?.[0]?.name === owner);
  // Replace: a later Job replaces the first.
  const firstReplaced = await eventually(async () => (await jobsOf("replace"))[0], "the replace cronjob's first job");
  await eventually(async () => ((await jobsOf("replace")).some((item) => item.metadata?.uid !== firstReplaced.metadata?.uid && !item.metadata?.deletionTimestamp) ? true : undefined), "a replacement job", 20_000);
  await eventually(async () => ((await jobsOf("replace")).every((item) => item.metadata?.uid !== firstReplaced.metadata?.uid) ? true : undefined), "the first job deleted", 20_000);
  // Forbid: several scheduled minutes pass (seconds here), still one Job.
  const forbidden = await jobsOf("forbid");
  t.is(forbidden.length, 1);
  await sleep(3000);
  t.is((await jobsOf("forbid")).length, 1);
  const events = await main.client.list<{ kind?: string; reason?: string; involvedObject?: { name?: string } }>("events", { namespace: ns });
  t.true(events.items.some((event) => event.reason === "JobAlreadyActive" && event.involvedObject?.name === "forbid"));
});
