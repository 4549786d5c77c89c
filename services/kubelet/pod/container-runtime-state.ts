// What the kubelet tracks about one container of a pod between syncs, and how that reads as a
// Kubernetes ContainerStatus.
import type { ContainerExit, ContainerHandle } from "../drivers/types.ts";
import type { ContainerProber } from "../probe/container-prober.ts";
import type { RestartHistory } from "./crash-loop-backoff.ts";
import type { ContainerPort, ContainerStatus } from "./pod-status.ts";

export interface ContainerRuntimeState {
  name: string;
  image: string;
  imageID: string;
  handle?: ContainerHandle;
  restartCount: number;
  history: RestartHistory;
  waiting?: { reason: string; message: string };
  lastExit?: ContainerExit;
  /** Ended for good (the restart policy does not restart it). */
  finished?: ContainerExit;
  retryTimer?: NodeJS.Timeout;
  /** The probes of the current run; none when the container has no probes (or on the fake driver). */
  prober?: ContainerProber;
  pullFailures: number;
}

function terminated(exit: ContainerExit, id: string) {
  return {
    exitCode: exit.exitCode,
    signal: exit.signal ? Number(exit.signal.replace(/\D/g, "")) || 0 : 0,
    reason: exit.reason,
    startedAt: exit.startedAt.toISOString(),
    finishedAt: exit.finishedAt.toISOString(),
    containerID: `troupe://${id}`,
  };
}

/** Where the declared ports of a running container are reachable (a Troupe addition to the status). */
export function portMappings(handle: ContainerHandle, podIP: string): ContainerPort[] {
  return (handle.spec.ports ?? []).map((port) => ({
    name: port.name ?? "",
    containerPort: port.containerPort,
    protocol: port.protocol ?? "TCP",
    hostPort: handle.hostPorts[port.containerPort],
    hostIP: podIP,
  }));
}

export function containerStatus(state: ContainerRuntimeState, podIP: string): ContainerStatus {
  const running = state.handle;
  const status: ContainerStatus = {
    name: state.name,
    image: state.image,
    imageID: state.imageID,
    containerID: running ? `troupe://${running.id}` : state.lastExit ? `troupe://${state.lastExit.id}` : "",
    restartCount: state.restartCount,
    // Without probes a running container is started and ready; with them, the probes decide.
    ready: Boolean(running) && (state.prober?.ready ?? true),
    started: Boolean(running) && (state.prober?.started ?? true),
    state: running
      ? { running: { startedAt: running.startedAt.toISOString() } }
      : state.finished
        ? { terminated: terminated(state.finished, state.finished.id) }
        : { waiting: state.waiting ?? { reason: "ContainerCreating", message: "" } },
  };
  if (running?.spec.ports?.length) status.ports = portMappings(running, podIP);
  if (state.lastExit && state.lastExit !== state.finished) status.lastState = { terminated: terminated(state.lastExit, state.lastExit.id) };
  return status;
}
