// Columns of Job and CronJob (printJob, printCronJob).
import type { KubeObject } from "../api-client.ts";
import { formatAge, humanDuration } from "./age.ts";
import { ageColumn, column, formatSelector, nameColumn, NONE, templateColumns, type Column, type ContainerJson, type LabelSelectorJson } from "./column.ts";

interface JobSpecJson {
  completions?: number;
  parallelism?: number;
  selector?: LabelSelectorJson;
  template?: { spec?: { containers?: ContainerJson[] } };
}

interface JobJson {
  metadata?: { deletionTimestamp?: string };
  spec?: JobSpecJson;
  status?: { succeeded?: number; startTime?: string; completionTime?: string; conditions?: { type?: string; status?: string }[] };
}

interface CronJobJson {
  spec?: { schedule?: string; timeZone?: string; suspend?: boolean; jobTemplate?: { spec?: JobSpecJson } };
  status?: { active?: unknown[]; lastScheduleTime?: string };
}

const job = (object: KubeObject) => object as unknown as JobJson;
const cronJob = (object: KubeObject) => object as unknown as CronJobJson;

function hasCondition(object: KubeObject, type: string): boolean {
  return (job(object).status?.conditions ?? []).some((condition) => condition.type === type && condition.status === "True");
}

/** Kubernetes 1.32's STATUS: the terminal conditions first, then deletion, suspension, the interim conditions. */
export function jobStatus(object: KubeObject): string {
  if (hasCondition(object, "Complete")) return "Complete";
  if (hasCondition(object, "Failed")) return "Failed";
  if (job(object).metadata?.deletionTimestamp) return "Terminating";
  if (hasCondition(object, "Suspended")) return "Suspended";
  if (hasCondition(object, "FailureTarget")) return "FailureTarget";
  if (hasCondition(object, "SuccessCriteriaMet")) return "SuccessCriteriaMet";
  return "Running";
}

function completions(object: KubeObject): string {
  const { spec, status } = job(object);
  const succeeded = status?.succeeded ?? 0;
  if (spec?.completions != null) return `${succeeded}/${spec.completions}`;
  const parallelism = spec?.parallelism ?? 0;
  return parallelism > 1 ? `${succeeded}/1 of ${parallelism}` : `${succeeded}/1`;
}

function duration(object: KubeObject, now: number): string {
  const { startTime, completionTime } = job(object).status ?? {};
  if (!startTime) return "";
  const end = completionTime ? Date.parse(completionTime) : now;
  return humanDuration(end - Date.parse(startTime));
}

export const jobColumns: Column[] = [
  nameColumn,
  column("Status", "Status of the job.", (object) => jobStatus(object)),
  column("Completions", "The completion status of the job.", (object) => completions(object)),
  column("Duration", "Time required to complete the job.", (object, { now }) => duration(object, now)),
  ageColumn,
  ...templateColumns((object) => job(object).spec?.template?.spec?.containers),
  column("Selector", "Label selector for the job's pods.", (object) => formatSelector(job(object).spec?.selector), 1),
];

export const cronJobColumns: Column[] = [
  nameColumn,
  column("Schedule", "The schedule for running the job.", (object) => cronJob(object).spec?.schedule ?? ""),
  column("Timezone", "The time zone for running the job.", (object) => cronJob(object).spec?.timeZone || NONE),
  column("Suspend", "If true, suspend the next job.", (object) => {
    const suspend = cronJob(object).spec?.suspend;
    return suspend == null ? "<unset>" : suspend ? "True" : "False";
  }),
  { name: "Active", type: "integer", description: "The number of running jobs.", priority: 0, cell: (object) => (cronJob(object).status?.active ?? []).length },
  column("Last Schedule", "The last time the job was scheduled.", (object, { now }) => {
    const last = cronJob(object).status?.lastScheduleTime;
    return last ? formatAge(last, now) : NONE;
  }),
  ageColumn,
  ...templateColumns((object) => cronJob(object).spec?.jobTemplate?.spec?.template?.spec?.containers),
  column("Selector", "The selector for the job's pods.", (object) => formatSelector(cronJob(object).spec?.jobTemplate?.spec?.selector), 1),
];
