// Which pods and containers `troupe logs -l` reads: the live pods the API lists and the records
// of pods already gone (within retention), matched by namespace and label selector, each pod
// once (by uid, the API's view winning), then its default container, the one named, or all. Pure.
import type { LabelSelector } from "../selectors/label-selector.ts";
import type { LogPodRecord } from "./log-pod-record.ts";

export interface LogSelection {
  /** Only pods of this namespace; every namespace when undefined (-A). */
  namespace: string | undefined;
  selector: LabelSelector;
}

export interface ContainerChoice {
  /** -c NAME: only this container (pods without it are left out). */
  container?: string;
  /** --all-containers: init containers, then app containers. */
  allContainers?: boolean;
}

/** One container's log of one pod: a subject of the logs stream and the uid its lines carry. */
export interface LogTarget {
  namespace: string;
  pod: string;
  uid: string;
  container: string;
  /** The pod left the API (its record says so, or the API no longer lists it). */
  deleted: boolean;
}

/**
 * The pods whose logs to read, in name order: the live pods that match (`live` is every pod the
 * API has in scope, so a pod whose labels changed is judged by its current ones) and the stored
 * records of matching pods the API no longer has, which count as deleted.
 */
export function selectLogPods(live: readonly LogPodRecord[], stored: readonly LogPodRecord[], selection: LogSelection): LogPodRecord[] {
  const matches = (record: LogPodRecord) => (selection.namespace === undefined || record.namespace === selection.namespace) && selection.selector.matches(record.labels);
  const liveUids = new Set(live.map((record) => record.uid));
  const selected = new Map<string, LogPodRecord>();
  for (const record of live) if (matches(record)) selected.set(record.uid, { ...record, deletedAt: undefined });
  for (const record of stored) {
    if (liveUids.has(record.uid) || selected.has(record.uid) || !matches(record)) continue;
    // Not in the API any more, even if its kubelet could not mark it deleted.
    selected.set(record.uid, { ...record, deletedAt: record.deletedAt ?? "" });
  }
  return [...selected.values()].sort((a, b) => a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name) || a.startedAt.localeCompare(b.startedAt));
}

/** The container kubectl reads when none is named: the default-container annotation, else the first. */
export function defaultContainer(record: LogPodRecord): string | undefined {
  if (record.defaultContainer && record.containers.includes(record.defaultContainer)) return record.defaultContainer;
  return record.containers[0];
}

export function logTargets(pods: readonly LogPodRecord[], choice: ContainerChoice = {}): LogTarget[] {
  return pods.flatMap((pod) => {
    const names = choice.allContainers ? [...pod.initContainers, ...pod.containers]
      : choice.container !== undefined ? [...pod.initContainers, ...pod.containers].filter((name) => name === choice.container)
        : [defaultContainer(pod)].filter((name): name is string => name !== undefined);
    return names.map((container) => ({ namespace: pod.namespace, pod: pod.name, uid: pod.uid, container, deleted: pod.deletedAt !== undefined }));
  });
}
