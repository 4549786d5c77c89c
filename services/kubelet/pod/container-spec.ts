// What the driver runs for one container of a pod: the image's entrypoint unless the pod gives
// a command, the pod's args, the environment Kubernetes builds (image env, then the container's
// env with fieldRef/configMap/secret references resolved), ports, limits and the log file.
import type { troupe } from "../../../proto/gen/troupe.js";
import type { ImageManifest } from "../../../runtime/images/image-manifest.ts";
import type { ContainerSpec } from "../drivers/types.ts";

export type Pod = troupe.v1.Pod.$Properties;
export type Container = troupe.v1.Container.$Properties;

/** A container with this image runs `command` from the host instead of from an image. */
export const HOST_IMAGE = "host";

export interface ContainerSpecInput {
  pod: Pod;
  container: Container;
  restartCount: number;
  /** The pulled image; undefined for HOST_IMAGE. */
  image?: { manifest: ImageManifest; rootDir: string };
  logPath: string;
  /** Replaces a leading "node" in a command, so images run on the kubelet's own Node. */
  nodeBinary?: string;
  /** Resolved configMapKeyRef/secretKeyRef values, by "configmap/<name>/<key>" or "secret/<name>/<key>". */
  references?: Record<string, string | undefined>;
  /** Extra variables every container gets (TROUPE_NATS_URL, service variables). */
  extraEnv?: Record<string, string>;
  /** The pod's addresses, known before its status says them (the first start). */
  addresses?: PodAddressFields;
  /** The pod's resolv.conf (see network/resolv-conf.ts); undefined keeps the host's. */
  resolvConf?: string;
}

export interface PodAddressFields {
  podIP: string;
  hostIP: string;
}

export class ContainerConfigError extends Error {
  override name = "ContainerConfigError";
  readonly code = "CreateContainerConfigError";
  constructor(message: string) {
    super(message);
  }
}

/** fieldRef paths the kubelet can answer (Kubernetes' downward API). */
export function fieldValue(pod: Pod, fieldPath: string, addresses?: PodAddressFields): string | undefined {
  const label = /^metadata\.(labels|annotations)\['(.+)'\]$/.exec(fieldPath);
  if (label) return (label[1] === "labels" ? pod.metadata?.labels : pod.metadata?.annotations)?.[label[2]];
  switch (fieldPath) {
    case "metadata.name": return pod.metadata?.name ?? "";
    case "metadata.namespace": return pod.metadata?.namespace ?? "";
    case "metadata.uid": return pod.metadata?.uid ?? "";
    case "spec.nodeName": return pod.spec?.nodeName ?? "";
    case "spec.serviceAccountName": return pod.spec?.serviceAccountName ?? "";
    case "status.hostIP": return addresses?.hostIP ?? pod.status?.hostIP ?? "";
    case "status.podIP": return addresses?.podIP ?? pod.status?.podIP ?? "";
    case "status.podIPs": return addresses?.podIP ?? pod.status?.podIP ?? "";
    default: return undefined;
  }
}

function environment(input: ContainerSpecInput): Record<string, string> {
  const { pod, container, references = {} } = input;
  const env: Record<string, string> = { ...input.image?.manifest.env, ...input.extraEnv };
  for (const source of container.envFrom ?? []) {
    const ref = source.configMapRef ? `configmap/${source.configMapRef.name}` : source.secretRef ? `secret/${source.secretRef.name}` : undefined;
    if (!ref) continue;
    for (const [key, value] of Object.entries(references)) {
      if (key.startsWith(`${ref}/`) && value !== undefined) env[`${source.prefix ?? ""}${key.slice(ref.length + 1)}`] = value;
    }
  }
  for (const variable of container.env ?? []) {
    const name = variable.name ?? "";
    const from = variable.valueFrom;
    if (!from) {
      env[name] = variable.value ?? "";
      continue;
    }
    if (from.fieldRef) {
      const value = fieldValue(pod, from.fieldRef.fieldPath ?? "", input.addresses);
      if (value === undefined) throw new ContainerConfigError(`env ${name}: unsupported fieldRef "${from.fieldRef.fieldPath}"`);
      env[name] = value;
      continue;
    }
    const keyRef = from.configMapKeyRef ?? from.secretKeyRef;
    if (keyRef) {
      const kind = from.configMapKeyRef ? "configmap" : "secret";
      const value = references[`${kind}/${keyRef.name}/${keyRef.key}`];
      if (value === undefined && !keyRef.optional) throw new ContainerConfigError(`env ${name}: ${kind} "${keyRef.name}" has no key "${keyRef.key}"`);
      if (value !== undefined) env[name] = value;
    }
  }
  return env;
}

export function containerSpec(input: ContainerSpecInput): ContainerSpec {
  const { pod, container, image } = input;
  const command = container.command?.length ? [...container.command] : [...(image?.manifest.entrypoint ?? [])];
  if (command.length === 0) throw new ContainerConfigError(`container "${container.name}" has no command and its image no entrypoint`);
  if (command[0] === "node" && input.nodeBinary) command[0] = input.nodeBinary;
  const workingDir = container.workingDir || (image && image.manifest.workingDir !== "." ? image.manifest.workingDir : undefined);
  return {
    namespace: pod.metadata?.namespace ?? "default",
    podName: pod.metadata?.name ?? "",
    podUid: pod.metadata?.uid ?? "",
    containerName: container.name ?? "",
    restartCount: input.restartCount,
    command,
    args: [...(container.args ?? [])],
    env: environment(input),
    workingDir,
    ports: (container.ports ?? []).map((port) => ({ name: port.name || undefined, containerPort: port.containerPort ?? 0, protocol: (port.protocol || "TCP") as "TCP" | "UDP" | "SCTP" })),
    resources: { limits: { ...container.resources?.limits }, requests: { ...container.resources?.requests } },
    rootDir: image?.rootDir,
    logPath: input.logPath,
    resolvConf: input.resolvConf,
    stdin: container.stdin ?? false,
    stdinOnce: container.stdinOnce ?? false,
    tty: container.tty ?? false,
  };
}
