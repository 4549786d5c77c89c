// Where container logs live on a node, the layout of Kubernetes' /var/log/pods:
//   <logDir>/<namespace>_<pod>_<podUid>/<container>/<restartCount>.log
// "_" cannot occur in namespace or pod names (DNS labels/subdomains) nor in a UID, so the pod
// directory name splits back unambiguously. One file per run keeps the previous run readable.
import { join } from "node:path";

export interface ContainerLogRef {
  namespace: string;
  podName: string;
  podUid: string;
  containerName: string;
}

export function podLogDir(logDir: string, ref: Omit<ContainerLogRef, "containerName">): string {
  return join(logDir, `${ref.namespace}_${ref.podName}_${ref.podUid}`);
}

export function containerLogPath(logDir: string, ref: ContainerLogRef, restartCount: number): string {
  return join(podLogDir(logDir, ref), ref.containerName, `${restartCount}.log`);
}

/** The log of the run before `restartCount` (`troupe logs --previous`); undefined for the first run. */
export function previousContainerLogPath(logDir: string, ref: ContainerLogRef, restartCount: number): string | undefined {
  return restartCount > 0 ? containerLogPath(logDir, ref, restartCount - 1) : undefined;
}
