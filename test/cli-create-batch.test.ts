// `troupe create job|cronjob` against the API service as its own process: a Job from a CronJob's
// template (as kubectl create job --from), a Job and a CronJob from an image and a command, the
// kubectl table columns of `get jobs,cronjobs`, and bad input refused with the field named.
import test from "ava";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { JsonApiClient } from "../runtime/api-client.ts";
import { startNatsServer, type NatsServerHandle } from "../runtime/nats-server.ts";
import { startApiProcess, type ApiProcess } from "./helpers/api-process.ts";
import { troupe } from "./helpers/troupe-cli.ts";

let nats: NatsServerHandle;
let api: ApiProcess;
let nc: NatsConnection;
let client: JsonApiClient;

test.before(async () => {
  nats = await startNatsServer();
  api = await startApiProcess(nats.url);
  nc = await connect({ servers: nats.url });
  client = new JsonApiClient(nc, { timeoutMs: 10_000 });
});

test.after.always(async () => {
  await nc?.close().catch(() => undefined);
  await api?.stop();
  await nats?.destroy();
});

// --server first: whatever follows `--` is the command of the container.
const cli = (args: string[]) => troupe(["--server", nats.url, ...args]);

test.serial("create cronjob and create job --from=cronjob/NAME make what kubectl makes", async (t) => {
  const created = await cli(["create", "cronjob", "nightly", "--image=busybox", "--schedule=0 3 * * *", "--", "date", "-u"]);
  t.is(created.stderr, "");
  t.is(created.stdout, "cronjob.batch/nightly created\n");
  const cronJob = await client.get("cronjobs", "nightly", { namespace: "default" }) as any;
  t.like(cronJob.spec, { schedule: "0 3 * * *", concurrencyPolicy: "Allow", successfulJobsHistoryLimit: 3, failedJobsHistoryLimit: 1 });
  t.deepEqual(cronJob.spec.jobTemplate.spec.template.spec.containers[0].command, ["date", "-u"]);
  t.is(cronJob.spec.jobTemplate.spec.template.spec.restartPolicy, "OnFailure");

  const manual = await cli(["create", "job", "nightly-now", "--from=cronjob/nightly"]);
  t.is(manual.stdout, "job.batch/nightly-now created\n", manual.stderr);
  const job = await client.get("jobs", "nightly-now", { namespace: "default" }) as any;
  t.is(job.metadata.annotations["cronjob.kubernetes.io/instantiate"], "manual");
  t.like(job.metadata.ownerReferences[0], { apiVersion: "batch/v1", kind: "CronJob", name: "nightly", uid: cronJob.metadata.uid, controller: true });
  t.like(job.spec, { completions: 1, parallelism: 1, backoffLimit: 6 });
  t.deepEqual(job.spec.selector, { matchLabels: { "batch.kubernetes.io/controller-uid": job.metadata.uid } });

  const listed = await cli(["get", "jobs"]);
  t.regex(listed.stdout, /^NAME\s+STATUS\s+COMPLETIONS\s+DURATION\s+AGE\n/);
  t.regex(listed.stdout, /nightly-now\s+Running\s+0\/1\s+/);
  const cronJobs = await cli(["get", "cj"]);
  t.regex(cronJobs.stdout, /^NAME\s+SCHEDULE\s+TIMEZONE\s+SUSPEND\s+ACTIVE\s+LAST SCHEDULE\s+AGE\n/);
  t.regex(cronJobs.stdout, /nightly\s+0 3 \* \* \*\s+<none>\s+False\s+0\s+<none>\s+/);
});

test.serial("create job --image -- CMD makes a Job whose pods never restart", async (t) => {
  const created = await cli(["create", "job", "pi", "--image=perl", "--", "perl", "-e", "print 1"]);
  t.is(created.stdout, "job.batch/pi created\n", created.stderr);
  const job = await client.get("jobs", "pi", { namespace: "default" }) as any;
  t.like(job.spec.template.spec, { restartPolicy: "Never" });
  t.deepEqual(job.spec.template.spec.containers[0], { ...job.spec.template.spec.containers[0], name: "pi", image: "perl", command: ["perl", "-e", "print 1"] });
});

test("bad jobs and cronjobs are refused with the field named", async (t) => {
  const badCron = await cli(["create", "cronjob", "bad", "--image=busybox", "--schedule=every day"]);
  t.not(badCron.code, 0);
  t.regex(badCron.stderr, /spec\.schedule: Invalid value: "every day": expected exactly 5 fields, found 2: \[every day\]/);
  const badRestart = await cli(["create", "cronjob", "always", "--image=busybox", "--schedule=@daily", "--restart=Always"]);
  t.regex(badRestart.stderr, /spec\.jobTemplate\.spec\.template\.spec\.restartPolicy: Unsupported value: "Always": supported values: "Never", "OnFailure"/);
  const negative = await client.create({ apiVersion: "batch/v1", kind: "Job", metadata: { name: "neg", namespace: "default" }, spec: { completions: -1, template: { spec: { restartPolicy: "Never", containers: [{ name: "c", image: "busybox" }] } } } }).catch((error: Error) => error);
  t.regex(String((negative as Error).message), /spec\.completions: Invalid value: -1: must be greater than or equal to 0/);
  const zone = await client.create({ apiVersion: "batch/v1", kind: "CronJob", metadata: { name: "zone", namespace: "default" }, spec: { schedule: "@hourly", timeZone: "Mars/Olympus", jobTemplate: { spec: { template: { spec: { restartPolicy: "Never", containers: [{ name: "c", image: "busybox" }] } } } } } }).catch((error: Error) => error);
  t.regex(String((zone as Error).message), /spec\.timeZone: Invalid value: "Mars\/Olympus": unknown time zone Mars\/Olympus/);
  const missing = await cli(["create", "job", "x", "--from=cronjob/nothing"]);
  t.regex(missing.stderr, /not found/);
  const both = await cli(["create", "job", "x"]);
  t.regex(both.stderr, /either --image or --from must be specified/);
});
