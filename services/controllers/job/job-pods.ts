// How the Job controller sees its pods: active, terminating, finished, ready; and the pod it
// creates (template, tracking finalizer, completion index for Indexed Jobs).
import { kubernetesTime } from "../../../runtime/kubernetes-time.ts";
import { controllerReference } from "../replicaset/pod-from-template.ts";
import type { JobObject, PodObject } from "../resources.ts";
import { JOB_COMPLETION_INDEX, JOB_COMPLETION_INDEX_ENV, JOB_TRACKING_FINALIZER } from "./well-known.ts";

export const isFinished = (pod: PodObject) => pod.status?.phase === "Succeeded" || pod.status?.phase === "Failed";
export const isActive = (pod: PodObject) => !isFinished(pod) && !pod.metadata?.deletionTimestamp;
export const isTerminating = (pod: PodObject) => !isFinished(pod) && Boolean(pod.metadata?.deletionTimestamp);
export const hasTrackingFinalizer = (pod: PodObject) => (pod.metadata?.finalizers ?? []).includes(JOB_TRACKING_FINALIZER);
export const isReady = (pod: PodObject) => (pod.status?.conditions ?? []).some((condition) => condition.type === "Ready" && condition.status === "True");

export function completionIndexOf(pod: PodObject): number | undefined {
  const text = pod.metadata?.annotations?.[JOB_COMPLETION_INDEX] ?? pod.metadata?.labels?.[JOB_COMPLETION_INDEX];
  if (text === undefined || !/^\d+$/.test(text)) return undefined;
  return Number(text);
}

/** When the pod finished: its last container's finishedAt, else now (it is finished when we see it). */
export function finishedAt(pod: PodObject): number | undefined {
  const times = [...(pod.status?.containerStatuses ?? [])]
    .map((status) => Date.parse(status.state?.terminated?.finishedAt ?? ""))
    .filter((time) => Number.isFinite(time));
  return times.length > 0 ? Math.max(...times) : undefined;
}

export function podForJob(job: JobObject, index: number | undefined): PodObject {
  const template = job.spec?.template ?? {};
  const spec = structuredClone(template.spec ?? {});
  const labels: Record<string, string> = { ...template.metadata?.labels };
  const annotations: Record<string, string> = { ...template.metadata?.annotations };
  const name = job.metadata?.name ?? "";
  let generateName = `${name}-`;
  if (index !== undefined) {
    labels[JOB_COMPLETION_INDEX] = String(index);
    annotations[JOB_COMPLETION_INDEX] = String(index);
    generateName = `${name}-${index}-`;
    spec.hostname ||= `${name}-${index}`;
    // Kubernetes injects the index through the downward API into every container.
    for (const container of [...(spec.initContainers ?? []), ...(spec.containers ?? [])]) {
      const env = (container.env ?? []).filter((variable) => variable.name !== JOB_COMPLETION_INDEX_ENV);
      env.unshift({ name: JOB_COMPLETION_INDEX_ENV, valueFrom: { fieldRef: { fieldPath: `metadata.annotations['${JOB_COMPLETION_INDEX}']` } } });
      container.env = env;
    }
  }
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      generateName,
      namespace: job.metadata?.namespace ?? "default",
      labels,
      annotations,
      finalizers: [JOB_TRACKING_FINALIZER],
      ownerReferences: [controllerReference({ apiVersion: "batch/v1", kind: "Job", metadata: job.metadata })],
    },
    spec,
  } as PodObject;
}

export const nowString = (now: Date) => kubernetesTime(now);
