// Wiring of the Job controller: a Job is reconciled when it changes and when a pod it controls
// changes; pod events settle its creation expectations and pending finalizer removals.
import { ControllerBuilder } from "../../../runtime/controller/builder.ts";
import type { Controller, ControllerOptions } from "../../../runtime/controller/controller.ts";
import type { SharedInformerFactory } from "../../../runtime/controller/shared-informers.ts";
import type { Informer } from "../../../runtime/store/informer.ts";
import { controllerKeyOf } from "../expectations-observer.ts";
import { controllerRefOf } from "../ownership.ts";
import { Expectations } from "../replicaset/expectations.ts";
import { JOBS, PODS, type JobObject, type PodObject } from "../resources.ts";
import { JobReconciler, type JobReconcilerDeps } from "./job-reconciler.ts";
import { hasTrackingFinalizer } from "./job-pods.ts";
import { PendingFinalizers } from "./pending-finalizers.ts";

export const JOB_CONTROLLER = "job";

export type JobControllerDeps = Omit<JobReconcilerDeps, "jobs" | "pods" | "expectations" | "pendingFinalizers">;

const ownerKey = (pod: PodObject) => controllerKeyOf(pod, JOBS.kind);

function observePods(pods: Informer<PodObject>, expectations: Expectations, pending: PendingFinalizers): void {
  const seen = (pod: PodObject) => {
    const key = ownerKey(pod);
    if (key && !hasTrackingFinalizer(pod)) pending.observed(key, pod.metadata?.uid ?? "");
  };
  pods.addHandlers({
    onAdd: (pod) => {
      const key = ownerKey(pod);
      if (key) expectations.creationObserved(key);
    },
    onUpdate: (_previous, pod) => seen(pod),
    onDelete: (pod) => {
      const key = ownerKey(pod);
      if (key) pending.observed(key, pod.metadata?.uid ?? "");
    },
  });
}

export function buildJobController(factory: SharedInformerFactory, deps: JobControllerDeps, options: ControllerOptions): Controller {
  const jobs = factory.informer<JobObject>(JOBS);
  const pods = factory.informer<PodObject>(PODS);
  const expectations = new Expectations();
  const pendingFinalizers = new PendingFinalizers();
  observePods(pods, expectations, pendingFinalizers);
  return new ControllerBuilder(JOB_CONTROLLER)
    .for(JOBS)
    .watches(PODS, (pod) => {
      const reference = controllerRefOf(pod as PodObject);
      return reference?.kind === JOBS.kind && reference.name ? [{ namespace: pod.metadata?.namespace ?? "", name: reference.name }] : [];
    })
    .withReconciler(new JobReconciler({ ...deps, jobs, pods, expectations, pendingFinalizers }))
    .withOptions(options)
    .build(factory);
}
