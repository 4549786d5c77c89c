// Which user and group a container's process runs as, from its securityContext over the pod's
// (Kubernetes' precedence), and the kubelet's refusals, worded as the kubelet words them:
// runAsNonRoot with a process that would run as root, and (Troupe's own) a user the kubelet
// cannot switch to because it does not run as root. Pure: the caller gives the kubelet's ids and
// the host's passwd lookup (process containers share the host's /etc/passwd as their image's).
import type { troupe } from "../../../proto/gen/troupe.js";
import { ContainerConfigError } from "../pod/container-spec.ts";

type Pod = troupe.v1.Pod.$Properties;
type Container = troupe.v1.Container.$Properties;

export interface ProcessUser {
  uid: number;
  gid: number;
}

export interface RunAsContext {
  /** The kubelet's own ids (process.getuid(), process.getgid()). */
  kubelet: ProcessUser;
  /** The primary group of a uid in the host's /etc/passwd, if it is listed there. */
  primaryGroupOf(uid: number): number | undefined;
}

function fieldPath(pod: Pod, container: Container): string {
  const init = (pod.spec?.initContainers ?? []).indexOf(container);
  if (init >= 0) return `spec.initContainers[${init}].securityContext`;
  const index = (pod.spec?.containers ?? []).indexOf(container);
  return `spec.containers[${Math.max(index, 0)}].securityContext`;
}

function podRef(pod: Pod): string {
  return `${pod.metadata?.name ?? ""}_${pod.metadata?.namespace ?? ""}(${pod.metadata?.uid ?? ""})`;
}

/** The ids to run the process with; undefined: as the kubelet itself. Throws ContainerConfigError. */
export function processUser(pod: Pod, container: Container, context: RunAsContext): ProcessUser | undefined {
  const own = container.securityContext;
  const shared = pod.spec?.securityContext;
  const uid = own?.runAsUser ?? shared?.runAsUser ?? undefined;
  const gid = own?.runAsGroup ?? shared?.runAsGroup ?? undefined;
  const nonRoot = own?.runAsNonRoot ?? shared?.runAsNonRoot ?? false;
  const where = `(pod: "${podRef(pod)}", container: ${container.name ?? ""})`;
  if (nonRoot && uid === 0) throw new ContainerConfigError(`container's runAsUser breaks non-root policy ${where}`);
  if (nonRoot && uid === undefined && context.kubelet.uid === 0) throw new ContainerConfigError(`container has runAsNonRoot and image will run as root ${where}`);
  if (uid === undefined && gid === undefined) return undefined;
  const { kubelet } = context;
  if (kubelet.uid !== 0) {
    const path = fieldPath(pod, container);
    if (uid !== undefined && uid !== kubelet.uid) {
      throw new ContainerConfigError(`${path}.runAsUser: cannot run the container as uid ${uid}: the kubelet runs as uid ${kubelet.uid}, not root, so it cannot change a process's user`);
    }
    if (gid !== undefined && gid !== kubelet.gid) {
      throw new ContainerConfigError(`${path}.runAsGroup: cannot run the container as gid ${gid}: the kubelet runs as uid ${kubelet.uid}, not root, so it cannot change a process's group`);
    }
    return undefined;
  }
  const runUid = uid ?? 0;
  // Without runAsGroup: the user's primary group, else 0, as container runtimes do for a numeric user.
  return { uid: runUid, gid: gid ?? context.primaryGroupOf(runUid) ?? 0 };
}

/** The primary group of each uid in a passwd file's text. */
export function passwdPrimaryGroups(passwd: string): Map<number, number> {
  const groups = new Map<number, number>();
  for (const line of passwd.split("\n")) {
    const fields = line.split(":");
    if (fields.length < 4 || line.startsWith("#")) continue;
    const uid = Number(fields[2]);
    const gid = Number(fields[3]);
    if (Number.isInteger(uid) && Number.isInteger(gid) && !groups.has(uid)) groups.set(uid, gid);
  }
  return groups;
}
