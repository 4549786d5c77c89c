// The files of configMap, secret, downwardAPI and projected volumes: pure functions from the
// referenced objects (read by the caller through the API) to an AtomicWriter payload.
import type { troupe } from "../../../proto/gen/troupe.js";
import { parseQuantity } from "../../../runtime/quantity.ts";
import { fieldValue, type Pod } from "../pod/container-spec.ts";
import type { Payload, PayloadFile } from "./atomic-writer.ts";
import { VolumeConfigError, VolumeMountError } from "./errors.ts";

type Volume = troupe.v1.Volume.$Properties;
type KeyToPath = troupe.v1.KeyToPath.$Properties;
type DownwardAPIVolumeFile = troupe.v1.DownwardAPIVolumeFile.$Properties;

export const DEFAULT_FILE_MODE = 0o644;

/** The pod's current token for one serviceAccountToken projection (the kubelet's token manager). */
export type TokenLookup = (projection: troupe.v1.ServiceAccountTokenProjection.$Properties) => Promise<string>;

/** The one user every container runs as, when they agree (Kubernetes' FsUser); undefined otherwise. */
export function uniformRunAsUser(pod: Pod): number | undefined {
  const podUser = pod.spec?.securityContext?.runAsUser;
  const users = new Set([...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])].map((container) => container.securityContext?.runAsUser ?? podUser));
  const [only] = users;
  return users.size === 1 && only !== undefined && only !== null ? Number(only) : undefined;
}

/**
 * The token file: 0600, owned by the containers' common user when they set one (Kubernetes'
 * FsUser); where containers run as different users, the volume's mode, as Kubernetes does.
 */
function tokenFile(pod: Pod, token: string, defaultMode: number): PayloadFile {
  const content = new TextEncoder().encode(token);
  const owner = uniformRunAsUser(pod);
  const anyRunAsUser = pod.spec?.securityContext?.runAsUser != null || [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])].some((container) => container.securityContext?.runAsUser != null);
  if (owner !== undefined) return { content, mode: 0o600, owner: { uid: owner, gid: Number(pod.spec?.securityContext?.fsGroup ?? pod.spec?.securityContext?.runAsGroup ?? owner) } };
  return { content, mode: anyRunAsUser ? defaultMode : 0o600 };
}

/** The data of a ConfigMap or Secret (binaryData merged), or undefined when it does not exist. */
export type DataLookup = (kind: "configmap" | "secret", name: string) => Promise<Record<string, Uint8Array> | undefined>;

function keyFiles(volume: string, kind: "configmap" | "secret", name: string, data: Record<string, Uint8Array> | undefined, items: KeyToPath[] | null | undefined, optional: boolean, mode: number, payload: Payload): void {
  const label = kind === "configmap" ? "configmap" : "secret";
  if (!data) {
    if (optional) return;
    throw new VolumeConfigError(volume, `${label} "${name}" not found`);
  }
  if (!items?.length) {
    for (const [key, content] of Object.entries(data)) payload.set(key, { content, mode });
    return;
  }
  for (const item of items) {
    const content = data[item.key ?? ""];
    if (!content) {
      if (optional) continue;
      throw new VolumeConfigError(volume, `${label} "${name}" has no key "${item.key}"`);
    }
    payload.set(item.path ?? "", { content, mode: item.mode ?? mode });
  }
}

function formatMap(map: Record<string, string> | null | undefined): string {
  return Object.keys(map ?? {}).sort().map((key) => `${key}=${JSON.stringify(map?.[key])}`).join("\n");
}

/** Kubernetes' resourceFieldRef: the container's limit or request divided by the divisor, rounded up. */
function resourceValue(pod: Pod, ref: troupe.v1.ResourceFieldSelector.$Properties): string {
  const container = (pod.spec?.containers ?? []).find((candidate) => candidate.name === ref.containerName) ?? pod.spec?.containers?.[0];
  const [section, resource] = (ref.resource ?? "").split(".", 2) as ["limits" | "requests", string];
  const value = container?.resources?.[section]?.[resource] ?? container?.resources?.limits?.[resource];
  if (!value) return "0";
  const divisor = ref.divisor ? parseQuantity(ref.divisor) : 1;
  return String(Math.ceil(parseQuantity(value) / divisor));
}

function downwardFiles(volume: string, pod: Pod, items: DownwardAPIVolumeFile[] | null | undefined, mode: number, payload: Payload): void {
  for (const item of items ?? []) {
    let text: string | undefined;
    const fieldPath = item.fieldRef?.fieldPath;
    if (fieldPath === "metadata.labels") text = formatMap(pod.metadata?.labels);
    else if (fieldPath === "metadata.annotations") text = formatMap(pod.metadata?.annotations);
    else if (fieldPath) text = fieldValue(pod, fieldPath);
    else if (item.resourceFieldRef) text = resourceValue(pod, item.resourceFieldRef);
    if (text === undefined) throw new VolumeMountError(volume, `MountVolume.SetUp failed for volume "${volume}" : downwardAPI fieldRef "${fieldPath}" is not supported`);
    payload.set(item.path ?? "", { content: new TextEncoder().encode(text), mode: item.mode ?? mode });
  }
}

/** The files of `volume` when it is one of the projected kinds; undefined for the others. */
export async function volumePayload(pod: Pod, volume: Volume, lookup: DataLookup, tokens?: TokenLookup): Promise<Payload | undefined> {
  const name = volume.name ?? "";
  const payload: Payload = new Map();
  const { configMap, secret, downwardAPI, projected } = volume;
  if (configMap) {
    const data = await lookup("configmap", configMap.name ?? "");
    keyFiles(name, "configmap", configMap.name ?? "", data, configMap.items, configMap.optional ?? false, configMap.defaultMode ?? DEFAULT_FILE_MODE, payload);
  } else if (secret) {
    const data = await lookup("secret", secret.secretName ?? "");
    keyFiles(name, "secret", secret.secretName ?? "", data, secret.items, secret.optional ?? false, secret.defaultMode ?? DEFAULT_FILE_MODE, payload);
  } else if (downwardAPI) {
    downwardFiles(name, pod, downwardAPI.items, downwardAPI.defaultMode ?? DEFAULT_FILE_MODE, payload);
  } else if (projected) {
    const mode = projected.defaultMode ?? DEFAULT_FILE_MODE;
    for (const source of projected.sources ?? []) {
      if (source.configMap) keyFiles(name, "configmap", source.configMap.name ?? "", await lookup("configmap", source.configMap.name ?? ""), source.configMap.items, source.configMap.optional ?? false, mode, payload);
      if (source.secret) keyFiles(name, "secret", source.secret.name ?? "", await lookup("secret", source.secret.name ?? ""), source.secret.items, source.secret.optional ?? false, mode, payload);
      if (source.downwardAPI) downwardFiles(name, pod, source.downwardAPI.items, mode, payload);
      if (source.serviceAccountToken) {
        if (!tokens) throw new VolumeMountError(name, `MountVolume.SetUp failed for volume "${name}" : this kubelet cannot request ServiceAccount tokens`);
        const token = await tokens(source.serviceAccountToken).catch((error: Error) => {
          throw new VolumeMountError(name, `MountVolume.SetUp failed for volume "${name}" : failed to fetch token: ${error.message}`, { cause: error });
        });
        payload.set(source.serviceAccountToken.path ?? "", tokenFile(pod, token, mode));
      }
    }
  } else {
    return undefined;
  }
  return payload;
}
