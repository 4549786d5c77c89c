// troupe create job NAME --from=cronjob/CJ | job NAME --image=IMG [-- CMD...] | cronjob NAME
// --image=IMG --schedule=CRON [--restart=...] [-- CMD...]: the objects kubectl create job and
// kubectl create cronjob build. The API validates them (schedule, restartPolicy, ...).
import type { KubeObject } from "../../runtime/api-client.ts";
import { UsageError } from "../errors.ts";
import type { Invocation } from "../invocation.ts";

export const BATCH_USAGE = "       troupe create job NAME --from=cronjob/CRONJOB\n" +
  "       troupe create job NAME --image=IMAGE [-- COMMAND [ARGS...]]\n" +
  "       troupe create cronjob NAME --image=IMAGE --schedule=CRON [--restart=OnFailure|Never] [-- COMMAND [ARGS...]]";

/** Set on a Job made from a CronJob by hand, as kubectl does. */
const INSTANTIATE_ANNOTATION = "cronjob.kubernetes.io/instantiate";

interface CronJobJson {
  metadata?: { name?: string; uid?: string };
  spec?: { jobTemplate?: { metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> }; spec?: Record<string, unknown> } };
}

function podTemplate(name: string, image: string, command: string[], restartPolicy: string): Record<string, unknown> {
  return { spec: { containers: [{ name, image, ...(command.length > 0 ? { command } : {}) }], restartPolicy } };
}

async function jobFromCronJob(invocation: Invocation, name: string, namespace: string, from: string): Promise<KubeObject> {
  const [kind, cronJobName, ...extra] = from.split("/");
  if (!["cronjob", "cronjobs", "cj", "cronjob.batch", "cronjobs.batch"].includes(kind ?? "") || !cronJobName || extra.length > 0) {
    throw new UsageError(`--from=${from}: from must be an existing cronjob: cronjob/NAME`);
  }
  const cronJob = (await (await invocation.api()).get("cronjobs", cronJobName, { namespace })) as unknown as CronJobJson;
  const template = cronJob.spec?.jobTemplate ?? {};
  return {
    apiVersion: "batch/v1",
    kind: "Job",
    metadata: {
      name,
      namespace,
      labels: { ...template.metadata?.labels },
      annotations: { ...template.metadata?.annotations, [INSTANTIATE_ANNOTATION]: "manual" },
      ownerReferences: [{ apiVersion: "batch/v1", kind: "CronJob", name: cronJob.metadata?.name ?? cronJobName, uid: cronJob.metadata?.uid ?? "", controller: true }],
    },
    spec: structuredClone(template.spec ?? {}),
  } as KubeObject;
}

export async function buildBatchObject(invocation: Invocation, what: "job" | "cronjob", args: string[]): Promise<KubeObject> {
  const { flags } = invocation;
  const namespace = flags.string("namespace") ?? "default";
  const [name, ...command] = args;
  if (!name) throw new UsageError(`create ${what} takes a NAME`, BATCH_USAGE);
  const image = flags.string("image");
  const from = flags.string("from");
  if (what === "job") {
    if (flags.string("schedule") !== undefined) throw new UsageError('unknown flag --schedule for "troupe create job"', BATCH_USAGE);
    if (from !== undefined) {
      if (image !== undefined || command.length > 0) throw new UsageError("either --image or --from must be specified, not both", BATCH_USAGE);
      return jobFromCronJob(invocation, name, namespace, from);
    }
    if (!image) throw new UsageError("either --image or --from must be specified", BATCH_USAGE);
    return { apiVersion: "batch/v1", kind: "Job", metadata: { name, namespace }, spec: { template: podTemplate(name, image, command, "Never") } } as KubeObject;
  }
  if (from !== undefined) throw new UsageError('unknown flag --from for "troupe create cronjob"', BATCH_USAGE);
  if (!image) throw new UsageError("--image is required", BATCH_USAGE);
  const schedule = flags.string("schedule");
  if (!schedule) throw new UsageError("--schedule is required", BATCH_USAGE);
  const restartPolicy = flags.string("restart") ?? "OnFailure";
  return {
    apiVersion: "batch/v1",
    kind: "CronJob",
    metadata: { name, namespace },
    spec: { schedule, jobTemplate: { metadata: { name }, spec: { template: podTemplate(name, image, command, restartPolicy) } } },
  } as KubeObject;
}
