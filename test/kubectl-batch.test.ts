// The real kubectl against Troupe's Kubernetes front end for Jobs and CronJobs (API only, no
// controllers): kubectl create cronjob / create job --from=cronjob/NAME, get jobs,cronjobs with
// kubectl's columns, and an invalid schedule refused as Kubernetes refuses it.
import test from "ava";
import { startApiTestCluster, type ApiTestCluster } from "./helpers/api-cluster.ts";
import { kubectlMissing, startKubeApiFixture, type KubeApiFixture } from "./helpers/kube-api-fixture.ts";

const missing = kubectlMissing();
if (missing) console.log(`kubectl-batch: skipping every test: ${missing}`);
const kubectlTest = missing ? test.skip : test.serial;

let cluster: ApiTestCluster;
let kube: KubeApiFixture;

test.before(async () => {
  if (missing) return;
  cluster = await startApiTestCluster();
  kube = await startKubeApiFixture(cluster.nc);
});

test.after.always(async () => {
  await kube?.stop();
  await cluster?.stop();
});

kubectlTest("kubectl create cronjob and create job --from=cronjob/NAME work, get jobs,cronjobs prints kubectl's columns", async (t) => {
  const cronJob = await kube.kubectl(["create", "cronjob", "nightly", "--image=busybox", "--schedule=*/5 * * * *", "--", "date"]);
  t.like(cronJob, { code: 0, stdout: "cronjob.batch/nightly created\n" });
  const job = await kube.kubectl(["create", "job", "nightly-now", "--from=cronjob/nightly"]);
  t.is(job.code, 0, job.stderr);
  t.is(job.stdout, "job.batch/nightly-now created\n");
  const read = JSON.parse((await kube.kubectl(["get", "job", "nightly-now", "-o", "json"])).stdout) as { metadata: { annotations: Record<string, string>; ownerReferences: { kind: string; name: string }[] }; spec: { backoffLimit: number } };
  t.is(read.metadata.annotations["cronjob.kubernetes.io/instantiate"], "manual");
  t.like(read.metadata.ownerReferences[0], { kind: "CronJob", name: "nightly" });
  t.is(read.spec.backoffLimit, 6);
  const listed = await kube.kubectl(["get", "jobs,cronjobs"]);
  t.is(listed.code, 0, listed.stderr);
  t.regex(listed.stdout, /^NAME +STATUS +COMPLETIONS +DURATION +AGE\njob\.batch\/nightly-now +Running +0\/1 +\d+s\n/);
  t.regex(listed.stdout, /\nNAME +SCHEDULE +TIMEZONE +SUSPEND +ACTIVE +LAST SCHEDULE +AGE\ncronjob\.batch\/nightly +\*\/5 \* \* \* \* +<none> +False +0 +<none> +\d+s\n$/);
  const shortName = await kube.kubectl(["get", "cj", "-o", "name"]);
  t.is(shortName.stdout, "cronjob.batch/nightly\n");
});

kubectlTest("kubectl create cronjob with an invalid schedule is refused naming spec.schedule", async (t) => {
  const refused = await kube.kubectl(["create", "cronjob", "bad", "--image=busybox", "--schedule=61 * * * *"]);
  t.is(refused.code, 1);
  t.regex(refused.stderr, /spec\.schedule: Invalid value: "61 \* \* \* \*": end of range \(61\) above maximum \(59\): 61/);
});
