// describe for Jobs and CronJobs, as kubectl describe prints them: counts, completion mode,
// pod statuses, schedule and policies, and the pod template.
import type { KubeObject } from "../../runtime/api-client.ts";
import { humanDuration } from "../../runtime/printers/age.ts";
import { formatSelector, type LabelSelectorJson } from "../../runtime/printers/column.ts";
import type { DescribeWriter } from "./describe-writer.ts";
import { describeConditions, type ConditionJson } from "./sections.ts";
import { describePodTemplate, type PodTemplateJson } from "./workload-details.ts";

interface JobSpecJson {
  parallelism?: number;
  completions?: number;
  completionMode?: string;
  suspend?: boolean;
  backoffLimit?: number;
  activeDeadlineSeconds?: number;
  ttlSecondsAfterFinished?: number;
  selector?: LabelSelectorJson;
  template?: PodTemplateJson;
}

interface JobJson {
  spec?: JobSpecJson;
  status?: { startTime?: string; completionTime?: string; active?: number; ready?: number; succeeded?: number; failed?: number; completedIndexes?: string; conditions?: ConditionJson[] };
}

interface CronJobJson {
  spec?: {
    schedule?: string; timeZone?: string; concurrencyPolicy?: string; suspend?: boolean; startingDeadlineSeconds?: number;
    successfulJobsHistoryLimit?: number; failedJobsHistoryLimit?: number; jobTemplate?: { spec?: JobSpecJson };
  };
  status?: { lastScheduleTime?: string; lastSuccessfulTime?: string; active?: { name?: string }[] };
}

const unset = (value: unknown) => (value === undefined || value === null ? "<unset>" : String(value));
const httpDate = (time: string) => new Date(time).toUTCString().replace("GMT", "+0000");

export function describeJob(out: DescribeWriter, object: KubeObject): void {
  const { spec, status } = object as unknown as JobJson;
  out.field(0, "Selector", formatSelector(spec?.selector));
  out.field(0, "Parallelism", unset(spec?.parallelism));
  out.field(0, "Completions", unset(spec?.completions));
  out.field(0, "Completion Mode", spec?.completionMode ?? "NonIndexed");
  out.field(0, "Suspend", String(spec?.suspend ?? false));
  out.field(0, "Backoff Limit", unset(spec?.backoffLimit));
  if (spec?.ttlSecondsAfterFinished != null) out.field(0, "TTL Seconds After Finished", spec.ttlSecondsAfterFinished);
  if (status?.startTime) out.field(0, "Start Time", httpDate(status.startTime));
  if (status?.completionTime) out.field(0, "Completed At", httpDate(status.completionTime));
  if (status?.startTime) out.field(0, "Duration", humanDuration((status.completionTime ? Date.parse(status.completionTime) : Date.now()) - Date.parse(status.startTime)));
  if (spec?.activeDeadlineSeconds != null) out.field(0, "Active Deadline Seconds", `${spec.activeDeadlineSeconds}s`);
  out.field(0, "Pods Statuses", `${status?.active ?? 0} Active (${status?.ready ?? 0} Ready) / ${status?.succeeded ?? 0} Succeeded / ${status?.failed ?? 0} Failed`);
  if (spec?.completionMode === "Indexed") out.field(0, "Completed Indexes", status?.completedIndexes || "<none>");
  describePodTemplate(out, spec?.template);
  describeConditions(out, status?.conditions);
}

export function describeCronJob(out: DescribeWriter, object: KubeObject): void {
  const { spec, status } = object as unknown as CronJobJson;
  const job = spec?.jobTemplate?.spec;
  out.field(0, "Schedule", spec?.schedule ?? "");
  if (spec?.timeZone) out.field(0, "TimeZone", spec.timeZone);
  out.field(0, "Concurrency Policy", spec?.concurrencyPolicy ?? "Allow");
  out.field(0, "Suspend", spec?.suspend ? "True" : "False");
  out.field(0, "Successful Job History Limit", unset(spec?.successfulJobsHistoryLimit));
  out.field(0, "Failed Job History Limit", unset(spec?.failedJobsHistoryLimit));
  out.field(0, "Starting Deadline Seconds", spec?.startingDeadlineSeconds == null ? "<unset>" : `${spec.startingDeadlineSeconds}s`);
  out.field(0, "Selector", job?.selector ? formatSelector(job.selector) : "<unset>");
  out.field(0, "Parallelism", unset(job?.parallelism));
  out.field(0, "Completions", unset(job?.completions));
  describePodTemplate(out, job?.template);
  out.field(0, "Last Schedule Time", status?.lastScheduleTime ? httpDate(status.lastScheduleTime) : "<unset>");
  out.field(0, "Active Jobs", (status?.active ?? []).map((reference) => reference.name).join(", ") || "<none>");
}
