// Pod columns, with kubectl's rules (printPod) for the STATUS cell: a waiting or failed container
// says more than the pod phase ("CrashLoopBackOff", "Init:0/1", "Terminating"), and sidecars
// (restartable init containers) count as containers once started.
import type { KubeObject } from "../api-client.ts";
import { humanDuration } from "./age.ts";
import { ageColumn, column, nameColumn, NONE, type Column } from "./column.ts";

interface ContainerStateJson {
  waiting?: { reason?: string };
  running?: { startedAt?: string };
  terminated?: { reason?: string; exitCode?: number; signal?: number; finishedAt?: string };
}

export interface ContainerStatusJson {
  name: string;
  ready?: boolean;
  started?: boolean;
  restartCount?: number;
  state?: ContainerStateJson;
  lastState?: ContainerStateJson;
}

export interface PodJson {
  metadata?: { deletionTimestamp?: string };
  spec?: {
    containers?: { name: string; image?: string }[];
    initContainers?: { name: string; restartPolicy?: string }[];
    nodeName?: string;
    readinessGates?: { conditionType: string }[];
  };
  status?: {
    phase?: string;
    reason?: string;
    podIP?: string;
    podIPs?: { ip: string }[];
    nominatedNodeName?: string;
    conditions?: { type: string; status: string; reason?: string }[];
    containerStatuses?: ContainerStatusJson[];
    initContainerStatuses?: ContainerStatusJson[];
  };
}

const pod = (object: KubeObject) => object as unknown as PodJson;

interface PodSummary {
  ready: string;
  status: string;
  restarts: string;
}

/** READY, STATUS and RESTARTS come out of one pass over the container statuses, as in printPod. */
export function summarizePod(object: KubeObject, now: number): PodSummary {
  const { metadata, spec, status } = pod(object);
  const phase = status?.phase ?? "";
  // kube-apiserver would print "" for a pod without a phase; the API defaults it to Pending.
  let reason = status?.reason || phase || "Pending";
  if ((status?.conditions ?? []).some((condition) => condition.type === "PodScheduled" && condition.reason === "SchedulingGated")) reason = "SchedulingGated";

  const sidecars = new Set((spec?.initContainers ?? []).filter((container) => container.restartPolicy === "Always").map((container) => container.name));
  const total = (spec?.containers?.length ?? 0) + sidecars.size;
  let ready = 0;
  let restarts = 0;
  let sidecarRestarts = 0;
  let lastRestart = 0;
  let lastSidecarRestart = 0;

  let initializing = false;
  for (const [index, container] of (status?.initContainerStatuses ?? []).entries()) {
    restarts += container.restartCount ?? 0;
    lastRestart = Math.max(lastRestart, finishedAt(container));
    const sidecar = sidecars.has(container.name);
    if (sidecar) {
      sidecarRestarts += container.restartCount ?? 0;
      lastSidecarRestart = Math.max(lastSidecarRestart, finishedAt(container));
    }
    const { terminated, waiting } = container.state ?? {};
    if (terminated && (terminated.exitCode ?? 0) === 0) continue;
    if (sidecar && container.started) {
      if (container.ready) ready++;
      continue;
    }
    initializing = true;
    if (terminated) reason = `Init:${terminated.reason || exitDescription(terminated)}`;
    else if (waiting?.reason && waiting.reason !== "PodInitializing") reason = `Init:${waiting.reason}`;
    else reason = `Init:${index}/${spec?.initContainers?.length ?? 0}`;
    break;
  }

  const initialized = (status?.conditions ?? []).some((condition) => condition.type === "Initialized" && condition.status === "True");
  if (!initializing || initialized) {
    restarts = sidecarRestarts;
    lastRestart = lastSidecarRestart;
    let running = false;
    for (const container of [...(status?.containerStatuses ?? [])].reverse()) {
      restarts += container.restartCount ?? 0;
      lastRestart = Math.max(lastRestart, finishedAt(container));
      const { waiting, terminated, running: isRunning } = container.state ?? {};
      if (waiting?.reason) reason = waiting.reason;
      else if (terminated) reason = terminated.reason || exitDescription(terminated);
      else if (container.ready && isRunning) {
        running = true;
        ready++;
      }
    }
    // A finished sidecar must not hide that the pod as a whole is still serving.
    if (reason === "Completed" && running) {
      const podReady = status?.conditions?.some((condition) => condition.type === "Ready" && condition.status === "True");
      reason = podReady ? "Running" : "NotReady";
    }
  }

  if (metadata?.deletionTimestamp && status?.reason === "NodeLost") reason = "Unknown";
  else if (metadata?.deletionTimestamp && phase !== "Succeeded" && phase !== "Failed") reason = "Terminating";

  const restartText = restarts !== 0 && lastRestart > 0 ? `${restarts} (${humanDuration(now - lastRestart)} ago)` : String(restarts);
  return { ready: `${ready}/${total}`, status: reason, restarts: restartText };
}

function finishedAt(container: ContainerStatusJson): number {
  const finished = Date.parse(container.lastState?.terminated?.finishedAt ?? "");
  return Number.isNaN(finished) ? 0 : finished;
}

function exitDescription(terminated: NonNullable<ContainerStateJson["terminated"]>): string {
  return terminated.signal ? `Signal:${terminated.signal}` : `ExitCode:${terminated.exitCode ?? 0}`;
}

export function podStatus(object: KubeObject, now: number = Date.now()): string {
  return summarizePod(object, now).status;
}

/** Row conditions kube-apiserver marks finished pods with (kubectl can hide completed rows). */
export function podRowConditions(object: KubeObject): { type: string; status: string; reason: string; message: string }[] | undefined {
  const phase = pod(object).status?.phase;
  if (phase === "Succeeded") return [{ type: "Completed", status: "True", reason: "Succeeded", message: "The pod has completed successfully." }];
  if (phase === "Failed") return [{ type: "Completed", status: "True", reason: "Failed", message: "The pod failed." }];
  return undefined;
}

function readinessGates(object: KubeObject): string {
  const gates = pod(object).spec?.readinessGates ?? [];
  if (gates.length === 0) return NONE;
  const conditions = pod(object).status?.conditions ?? [];
  const met = gates.filter((gate) => conditions.find((condition) => condition.type === gate.conditionType)?.status === "True");
  return `${met.length}/${gates.length}`;
}

export const podColumns: Column[] = [
  nameColumn,
  column("Ready", "The aggregate readiness state of this pod for accepting traffic.", (object, { now }) => summarizePod(object, now).ready),
  column("Status", "The aggregate status of the containers in this pod.", (object, { now }) => summarizePod(object, now).status),
  column(
    "Restarts",
    "The number of times the containers in this pod have been restarted and when the last container in this pod has restarted.",
    (object, { now }) => summarizePod(object, now).restarts,
  ),
  ageColumn,
  column("IP", "podIP address allocated to the pod.", (object) => pod(object).status?.podIPs?.[0]?.ip || pod(object).status?.podIP || NONE, 1),
  column("Node", "NodeName indicates in which node this pod is scheduled.", (object) => pod(object).spec?.nodeName || NONE, 1),
  column("Nominated Node", "nominatedNodeName is set only when this pod preempts other pods on the node.", (object) => pod(object).status?.nominatedNodeName || NONE, 1),
  column("Readiness Gates", "If specified, all readiness gates will be evaluated for pod readiness.", readinessGates, 1),
];
