import test from "ava";
import type { JobObject, PodObject } from "../resources.ts";
import { formatIndexes, parseIndexes } from "./completed-indexes.ts";
import { decideJob, podBackoffMs } from "./job-decisions.ts";
import { podForJob } from "./job-pods.ts";
import { countUncounted, trackFinishedPods } from "./job-tracking.ts";
import { JOB_TRACKING_FINALIZER } from "./well-known.ts";

const NOW = new Date("2026-01-01T00:10:00Z");

function job(spec: Record<string, unknown>, status: Record<string, unknown> = {}): JobObject {
  return {
    apiVersion: "batch/v1", kind: "Job",
    metadata: { name: "work", namespace: "default", uid: "job-uid" },
    spec: { completions: 1, parallelism: 1, backoffLimit: 6, completionMode: "NonIndexed", template: { spec: { restartPolicy: "Never", containers: [{ name: "main", image: "x" }] } }, ...spec },
    status: { startTime: "2026-01-01T00:00:00Z", ...status },
  } as JobObject;
}

let serial = 0;
function pod(phase: string, options: { index?: number; exitCode?: number; finishedAt?: string; finalizer?: boolean } = {}): PodObject {
  serial++;
  const annotations = options.index === undefined ? {} : { "batch.kubernetes.io/job-completion-index": String(options.index) };
  return {
    metadata: { name: `work-${serial}`, namespace: "default", uid: `pod-${serial}`, annotations, finalizers: options.finalizer === false ? [] : [JOB_TRACKING_FINALIZER], creationTimestamp: "2026-01-01T00:00:00Z" },
    spec: { nodeName: "node-1" },
    status: {
      phase,
      containerStatuses: options.exitCode === undefined ? [] : [{ name: "main", state: { terminated: { exitCode: options.exitCode, finishedAt: options.finishedAt ?? "2026-01-01T00:09:55Z" } } }],
    },
  } as PodObject;
}

/** One reconcile's counting as the reconciler does it: record, remove every finalizer, count. */
function counted(object: JobObject, pods: PodObject[]) {
  const tracking = trackFinishedPods(object, pods);
  const finalized = new Set(tracking.finalize.map((p) => p.metadata?.uid ?? ""));
  return { status: countUncounted({ ...object, status: tracking.status }, tracking.status, pods, finalized), tracking };
}

test("job decisions create up to parallelism pods, never more than the completions left", (t) => {
  const object = job({ completions: 5, parallelism: 2 });
  t.is(decideJob(object, object.status!, [], NOW).create.length, 2);
  const running = [pod("Running")];
  t.is(decideJob(object, object.status!, running, NOW).create.length, 1);
  const almost = job({ completions: 5, parallelism: 2 }, { succeeded: 4 });
  const decision = decideJob(almost, almost.status!, [], NOW);
  t.is(decision.create.length, 1);
  t.is(decision.status.active, 1);
});

test("job tracking records a finished pod as uncounted before its finalizer goes, then counts it once", (t) => {
  const object = job({ completions: 2 });
  const done = pod("Succeeded", { exitCode: 0 });
  const tracking = trackFinishedPods(object, [done]);
  t.deepEqual(tracking.status.uncountedTerminatedPods, { succeeded: [done.metadata!.uid!], failed: [] });
  t.deepEqual(tracking.finalize, [done]);
  // Not yet finalized: still uncounted.
  t.is(countUncounted(object, tracking.status, [done], new Set()).succeeded ?? 0, 0);
  const status = countUncounted(object, tracking.status, [done], new Set([done.metadata!.uid!]));
  t.is(status.succeeded, 1);
  t.deepEqual(status.uncountedTerminatedPods, { succeeded: [], failed: [] });
  // A pod whose finalizer removal is pending is not recorded again.
  const again = trackFinishedPods({ ...object, status }, [done], new Set([done.metadata!.uid!]));
  t.deepEqual(again.status.uncountedTerminatedPods, { succeeded: [], failed: [] });
});

test("job decisions complete the job through SuccessCriteriaMet once the completions succeeded and nothing runs", (t) => {
  const object = job({ completions: 2 }, { succeeded: 1 });
  const { status } = counted(object, [pod("Succeeded", { exitCode: 0 })]);
  const decision = decideJob(object, status, [], NOW);
  t.deepEqual(decision.status.conditions?.map((c) => [c.type, c.status, c.reason]), [["SuccessCriteriaMet", "True", "CompletionsReached"], ["Complete", "True", "CompletionsReached"]]);
  t.is(decision.status.completionTime, "2026-01-01T00:10:00Z");
  t.deepEqual(decision.events.map((e) => e.reason), ["Completed"]);
  t.is(decision.create.length, 0);
});

test("job decisions fail the job with BackoffLimitExceeded after more failures than backoffLimit", (t) => {
  const object = job({ backoffLimit: 1 }, { failed: 1 });
  const { status } = counted(object, [pod("Failed", { exitCode: 1 })]);
  t.is(status.failed, 2);
  const decision = decideJob(object, status, [], NOW);
  const failed = decision.status.conditions?.find((c) => c.type === "Failed");
  t.like(failed, { status: "True", reason: "BackoffLimitExceeded", message: "Job has reached the specified backoff limit" });
  t.deepEqual(decision.events.map((e) => [e.type, e.reason]), [["Warning", "BackoffLimitExceeded"]]);
});

test("job decisions wait out the exponential pod back-off before replacing a failed pod", (t) => {
  t.deepEqual([1, 2, 3, 6, 7, 30].map(podBackoffMs), [10_000, 20_000, 40_000, 320_000, 360_000, 360_000]);
  const object = job({}, { failed: 1 });
  const failedPod = pod("Failed", { exitCode: 1, finishedAt: "2026-01-01T00:09:55Z", finalizer: false });
  const waiting = decideJob(object, object.status!, [failedPod], NOW);
  t.is(waiting.create.length, 0);
  t.true(waiting.requeueAfterMs! > 4_000 && waiting.requeueAfterMs! <= 5_100);
  t.is(decideJob(object, object.status!, [failedPod], new Date("2026-01-01T00:10:06Z")).create.length, 1);
});

test("a podFailurePolicy FailJob rule fails the job at once; Ignore does not count the failure", (t) => {
  const rules = [{ action: "FailJob", onExitCodes: { containerName: "main", operator: "In", values: [42] } }, { action: "Ignore", onExitCodes: { operator: "In", values: [3] } }];
  const object = job({ podFailurePolicy: { rules } });
  const fatal = pod("Failed", { exitCode: 42 });
  const { status, tracking } = counted(object, [fatal]);
  t.is(tracking.failJob?.action, "FailJob");
  const decision = decideJob(object, status, [], NOW, tracking.failJob);
  t.like(decision.status.conditions?.find((c) => c.type === "Failed"), { reason: "PodFailurePolicy", message: `Container main for pod default/${fatal.metadata!.name} failed with exit code 42 matching FailJob rule at index 0` });
  const ignored = counted(object, [pod("Failed", { exitCode: 3 })]);
  t.is(ignored.status.failed ?? 0, 0);
  t.is(ignored.tracking.finalize.length, 1);
});

test("job decisions fail the job with DeadlineExceeded once activeDeadlineSeconds passed, deleting active pods", (t) => {
  const object = job({ activeDeadlineSeconds: 60 });
  const running = pod("Running");
  const decision = decideJob(object, object.status!, [running], NOW);
  t.like(decision.status.conditions?.find((c) => c.type === "FailureTarget"), { reason: "DeadlineExceeded", message: "Job was active longer than specified deadline" });
  t.deepEqual(decision.delete, [running]);
  t.falsy(decision.status.conditions?.find((c) => c.type === "Failed"));
  const soon = decideJob(job({ activeDeadlineSeconds: 700 }), object.status!, [running], NOW);
  t.true(soon.requeueAfterMs! > 99_000 && soon.requeueAfterMs! <= 100_100);
});

test("a suspended job deletes its active pods and says Suspended; resuming restarts the clock", (t) => {
  const running = pod("Running");
  const suspended = decideJob(job({ suspend: true }), job({}).status!, [running], NOW);
  t.deepEqual(suspended.delete, [running]);
  t.like(suspended.status.conditions?.[0], { type: "Suspended", status: "True", reason: "JobSuspended" });
  const resumed = decideJob(job({ suspend: false }, { ...suspended.status }), suspended.status, [], NOW);
  t.like(resumed.status.conditions?.[0], { type: "Suspended", status: "False", reason: "JobResumed" });
  t.is(resumed.status.startTime, "2026-01-01T00:10:00Z");
  t.is(resumed.create.length, 1);
});

test("an Indexed job creates the missing indexes once each and counts succeeded indexes", (t) => {
  const object = job({ completionMode: "Indexed", completions: 4, parallelism: 3 });
  t.deepEqual(decideJob(object, object.status!, [], NOW).create, [0, 1, 2]);
  const pods = [pod("Succeeded", { index: 0, exitCode: 0 }), pod("Succeeded", { index: 0, exitCode: 0 }), pod("Running", { index: 2 })];
  const { status } = counted(object, pods);
  t.is(status.completedIndexes, "0");
  t.is(status.succeeded, 1);
  t.deepEqual(decideJob(object, status, pods, NOW).create, [1, 3]);
  t.deepEqual([...parseIndexes("1,3-5,7")], [1, 3, 4, 5, 7]);
  t.is(formatIndexes([7, 1, 4, 3, 5]), "1,3-5,7");
});

test("a pod of an Indexed job carries its index as annotation, label, hostname and JOB_COMPLETION_INDEX", (t) => {
  const created = podForJob(job({ completionMode: "Indexed", completions: 3 }), 2);
  t.is(created.metadata?.annotations?.["batch.kubernetes.io/job-completion-index"], "2");
  t.is(created.metadata?.labels?.["batch.kubernetes.io/job-completion-index"], "2");
  t.is(created.metadata?.generateName, "work-2-");
  t.is(created.spec?.hostname, "work-2");
  t.deepEqual(created.metadata?.finalizers, [JOB_TRACKING_FINALIZER]);
  t.deepEqual(created.spec?.containers?.[0]?.env?.[0], { name: "JOB_COMPLETION_INDEX", valueFrom: { fieldRef: { fieldPath: "metadata.annotations['batch.kubernetes.io/job-completion-index']" } } });
  t.like(created.metadata?.ownerReferences?.[0], { apiVersion: "batch/v1", kind: "Job", name: "work", uid: "job-uid", controller: true });
});
