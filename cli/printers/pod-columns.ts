// Pod columns, with kubectl's rules for the STATUS cell: a waiting or failed container says
// more than the pod phase ("CrashLoopBackOff", "Init:0/1", "Terminating").
import type { KubeObject } from "../../runtime/api-client.ts";
import { humanDuration } from "../age.ts";
import { ageColumn, nameColumn, NONE, orNone, type Column } from "./column.ts";

interface ContainerStateJson {
  waiting?: { reason?: string };
  running?: { startedAt?: string };
  terminated?: { reason?: string; exitCode?: number; signal?: number; finishedAt?: string };
}

export interface ContainerStatusJson {
  name: string;
  ready?: boolean;
  restartCount?: number;
  state?: ContainerStateJson;
  lastState?: ContainerStateJson;
}

export interface PodJson {
  metadata?: { deletionTimestamp?: string };
  spec?: {
    containers?: { name: string; image?: string }[];
    initContainers?: { name: string }[];
    nodeName?: string;
    readinessGates?: { conditionType: string }[];
  };
  status?: {
    phase?: string;
    reason?: string;
    podIP?: string;
    nominatedNodeName?: string;
    conditions?: { type: string; status: string }[];
    containerStatuses?: ContainerStatusJson[];
    initContainerStatuses?: ContainerStatusJson[];
  };
}

const pod = (object: KubeObject) => object as unknown as PodJson;

export function podReady(object: KubeObject): string {
  const { spec, status } = pod(object);
  const ready = (status?.containerStatuses ?? []).filter((container) => container.ready).length;
  return `${ready}/${spec?.containers?.length ?? 0}`;
}

export function podStatus(object: KubeObject): string {
  const { metadata, spec, status } = pod(object);
  let reason = status?.reason || status?.phase || "Pending";
  const initStatuses = status?.initContainerStatuses ?? [];
  const initTotal = spec?.initContainers?.length ?? initStatuses.length;
  let initializing = false;
  for (const [index, container] of initStatuses.entries()) {
    const { terminated, waiting } = container.state ?? {};
    if (terminated && terminated.exitCode === 0) continue;
    initializing = true;
    if (terminated) reason = `Init:${terminated.reason || exitDescription(terminated)}`;
    else if (waiting?.reason && waiting.reason !== "PodInitializing") reason = `Init:${waiting.reason}`;
    else reason = `Init:${index}/${initTotal}`;
    break;
  }
  if (!initializing) {
    let running = false;
    for (const container of [...(status?.containerStatuses ?? [])].reverse()) {
      const { waiting, terminated, running: isRunning } = container.state ?? {};
      if (waiting?.reason) reason = waiting.reason;
      else if (terminated) reason = terminated.reason || exitDescription(terminated);
      else if (isRunning && container.ready) running = true;
    }
    // A finished sidecar must not hide that the pod as a whole is still serving.
    if (reason === "Completed" && running) {
      const ready = status?.conditions?.some((condition) => condition.type === "Ready" && condition.status === "True");
      reason = ready ? "Running" : "NotReady";
    }
  }
  if (metadata?.deletionTimestamp) reason = status?.reason === "NodeLost" ? "Unknown" : "Terminating";
  return reason;
}

function exitDescription(terminated: NonNullable<ContainerStateJson["terminated"]>): string {
  return terminated.signal ? `Signal:${terminated.signal}` : `ExitCode:${terminated.exitCode ?? 0}`;
}

/** Total restarts, with how long ago the last one ended: "3 (2m ago)". */
export function podRestarts(object: KubeObject, now: number): string {
  let restarts = 0;
  let lastFinished = 0;
  for (const container of pod(object).status?.containerStatuses ?? []) {
    restarts += container.restartCount ?? 0;
    const finished = Date.parse(container.lastState?.terminated?.finishedAt ?? "");
    if (!Number.isNaN(finished)) lastFinished = Math.max(lastFinished, finished);
  }
  return lastFinished > 0 && restarts > 0 ? `${restarts} (${humanDuration(now - lastFinished)} ago)` : String(restarts);
}

export const podColumns: Column[] = [
  nameColumn,
  { header: "READY", cell: podReady },
  { header: "STATUS", cell: podStatus },
  { header: "RESTARTS", cell: podRestarts },
  ageColumn,
  { header: "IP", wide: true, cell: (object) => orNone(pod(object).status?.podIP) },
  { header: "NODE", wide: true, cell: (object) => orNone(pod(object).spec?.nodeName) },
  { header: "NOMINATED NODE", wide: true, cell: (object) => orNone(pod(object).status?.nominatedNodeName) },
  {
    header: "READINESS GATES",
    wide: true,
    cell(object) {
      const gates = pod(object).spec?.readinessGates ?? [];
      if (gates.length === 0) return NONE;
      const conditions = pod(object).status?.conditions ?? [];
      const met = gates.filter((gate) => conditions.some((c) => c.type === gate.conditionType && c.status === "True"));
      return `${met.length}/${gates.length}`;
    },
  },
];
