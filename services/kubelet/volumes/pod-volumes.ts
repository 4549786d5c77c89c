// The volumes stage of a pod: each volume becomes a directory (or, for hostPath and bound
// claims, a host path) before any container starts, laid out as Kubernetes' kubelet does under
// the pod's directory (<podDir>/volumes/kubernetes.io~<plugin>/<name>); each container's
// volumeMounts become bind mounts the driver makes in the container's mount namespace. With no
// pod directory (the fake driver) nothing is written: the mounts are only recorded.
import { execFile } from "node:child_process";
import { lstat, mkdir, readdir } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import type { troupe } from "../../../proto/gen/troupe.js";
import type { TypedApiClient } from "../../../runtime/api-client/typed-api-client.ts";
import { ApiError } from "../../../runtime/api-errors.ts";
import type { Logger } from "../../../runtime/log.ts";
import { parseQuantity } from "../../../runtime/quantity.ts";
import type { ApiObject } from "../../../runtime/store/object-repository.ts";
import type { MountSpec } from "../drivers/types.ts";
import type { Container, Pod } from "../pod/container-spec.ts";
import { writeAtomically } from "./atomic-writer.ts";
import { VolumeMountError } from "./errors.ts";
import { checkHostPath } from "./host-path-check.ts";
import { projectsServiceAccountToken } from "../../../runtime/volumes/service-account.ts";
import type { ServiceAccountTokens } from "./service-account-tokens.ts";
import { volumePayload, type DataLookup, type TokenLookup } from "./volume-payload.ts";

type Volume = troupe.v1.Volume.$Properties;

const run = promisify(execFile);

export interface PodVolumesContext {
  client: TypedApiClient;
  /** The pod's directory on the node; undefined: nothing is written (fake driver). */
  podDir: string | undefined;
  logger: Logger;
  /** Requests and rotates the pods' ServiceAccount tokens; absent: token projections fail to mount. */
  tokens?: ServiceAccountTokens;
}

interface DataObject extends ApiObject {
  data?: Record<string, string | Uint8Array>;
  binaryData?: Record<string, Uint8Array>;
  stringData?: Record<string, string>;
}

interface PersistentVolumeClaim extends ApiObject {
  spec?: { volumeName?: string };
  status?: { phase?: string };
}

interface PersistentVolume extends ApiObject {
  spec?: { hostPath?: { path?: string }; local?: { path?: string } };
}

const PLUGINS: Record<string, string> = { emptyDir: "empty-dir", configMap: "configmap", secret: "secret", downwardAPI: "downward-api", projected: "projected" };

function pluginOf(volume: Volume): string | undefined {
  return Object.keys(PLUGINS).find((key) => volume[key as keyof Volume]);
}

async function usageBytes(path: string): Promise<number> {
  const info = await lstat(path).catch(() => undefined);
  if (!info) return 0;
  if (!info.isDirectory()) return info.size;
  let total = 0;
  for (const entry of await readdir(path).catch(() => [])) total += await usageBytes(join(path, entry));
  return total;
}

export class PodVolumes {
  readonly #ctx: PodVolumesContext;
  /** Volume name → where it is on the host, once set up. */
  readonly #paths = new Map<string, string>();
  readonly #tmpfs: string[] = [];

  constructor(ctx: PodVolumesContext) {
    this.#ctx = ctx;
  }

  /** Sets up what is missing and re-writes the projected kinds; throws VolumeConfigError / VolumeMountError. */
  async setUp(pod: Pod): Promise<void> {
    for (const volume of pod.spec?.volumes ?? []) await this.#setUpVolume(pod, volume);
  }

  /** Re-writes configMap/secret/downwardAPI/projected volumes from the objects as they are now. */
  async refresh(pod: Pod): Promise<boolean> {
    if (!this.#ctx.podDir) return false;
    let changed = false;
    for (const volume of pod.spec?.volumes ?? []) {
      const path = this.#paths.get(volume.name ?? "");
      const payload = path ? await volumePayload(pod, volume, this.#lookup(pod), this.#tokenLookup(pod)) : undefined;
      if (path && payload) changed = (await writeAtomically(path, payload)) || changed;
    }
    return changed;
  }

  /**
   * Where the token of the first ServiceAccount token volume the container mounts is on the node
   * (setUp first): the container's TROUPE_SERVICE_ACCOUNT_TOKEN_FILE.
   */
  tokenFileFor(pod: Pod, container: Container): string | undefined {
    for (const mount of container.volumeMounts ?? []) {
      const volume = (pod.spec?.volumes ?? []).find((candidate) => candidate.name === mount.name);
      const projection = volume?.projected?.sources?.find((source) => source.serviceAccountToken)?.serviceAccountToken;
      const base = this.#paths.get(mount.name ?? "");
      if (projection && base && !mount.subPath) return join(base, projection.path ?? "token");
    }
    return undefined;
  }

  /** The bind mounts of a container's volumeMounts (setUp first); subPaths are created when missing. */
  async mountsFor(container: Container, pod?: Pod): Promise<MountSpec[]> {
    const mounts: MountSpec[] = [];
    const tokenVolumes = new Set((pod?.spec?.volumes ?? []).filter(projectsServiceAccountToken).map((volume) => volume.name));
    for (const mount of container.volumeMounts ?? []) {
      const base = this.#paths.get(mount.name ?? "");
      if (!base) throw new VolumeMountError(mount.name ?? "", `volume "${mount.name}" is not set up`);
      let source = base;
      if (mount.subPath) {
        source = join(base, mount.subPath);
        if (this.#ctx.podDir && !(await lstat(source).catch(() => undefined))) await mkdir(source, { recursive: true, mode: 0o755 });
      }
      // A token mount is best effort: where the driver cannot bind-mount, the container still has
      // the token through TROUPE_SERVICE_ACCOUNT_TOKEN_FILE.
      mounts.push({ source, target: mount.mountPath ?? "", readOnly: mount.readOnly ?? false, ...(tokenVolumes.has(mount.name) ? { optional: true } : {}) });
    }
    return mounts;
  }

  /** An emptyDir over its sizeLimit: the eviction message, as Kubernetes' eviction manager words it. */
  async sizeLimitExceeded(pod: Pod): Promise<string | undefined> {
    if (!this.#ctx.podDir) return undefined;
    for (const volume of pod.spec?.volumes ?? []) {
      const limit = volume.emptyDir?.sizeLimit;
      const path = this.#paths.get(volume.name ?? "");
      if (!limit || !path) continue;
      const used = await usageBytes(path);
      if (used > parseQuantity(limit)) return `Usage of EmptyDir volume "${volume.name}" exceeds the limit "${limit}".`;
    }
    return undefined;
  }

  /** Unmounts the memory-backed emptyDirs; the driver removes the pod's directory afterwards. */
  async tearDown(pod?: Pod): Promise<void> {
    if (pod?.metadata?.uid) this.#ctx.tokens?.forgetPod(pod.metadata.uid);
    for (const path of this.#tmpfs.splice(0)) {
      await run("umount", [path]).catch((error) => this.#ctx.logger.warn("unmounting an emptyDir failed", { path, error }));
    }
  }

  async #setUpVolume(pod: Pod, volume: Volume): Promise<void> {
    const name = volume.name ?? "";
    if (volume.hostPath) {
      const path = volume.hostPath.path ?? "";
      if (this.#ctx.podDir) {
        await checkHostPath(path, volume.hostPath.type ?? "").catch((error: Error) => {
          throw new VolumeMountError(name, `MountVolume.SetUp failed for volume "${name}" : ${error.message}`, { cause: error });
        });
      }
      this.#paths.set(name, path);
      return;
    }
    if (volume.persistentVolumeClaim) {
      if (!this.#paths.has(name)) this.#paths.set(name, await this.#claimPath(pod, name, volume.persistentVolumeClaim.claimName ?? ""));
      return;
    }
    const plugin = pluginOf(volume);
    if (!plugin) throw new VolumeMountError(name, `volume "${name}" has no source the kubelet supports`);
    const path = join(this.#ctx.podDir ?? join("/fake/pods", pod.metadata?.uid ?? ""), "volumes", `kubernetes.io~${PLUGINS[plugin]}`, name);
    if (!this.#ctx.podDir) {
      this.#paths.set(name, path);
      return;
    }
    if (!this.#paths.has(name)) {
      await mkdir(path, { recursive: true, mode: 0o777 });
      if (volume.emptyDir?.medium === "Memory") await this.#mountTmpfs(path, volume.emptyDir.sizeLimit);
    }
    const payload = await volumePayload(pod, volume, this.#lookup(pod), this.#tokenLookup(pod));
    if (payload) await writeAtomically(path, payload);
    this.#paths.set(name, path);
  }

  async #mountTmpfs(path: string, sizeLimit: string | null | undefined): Promise<void> {
    if (process.getuid?.() !== 0) {
      this.#ctx.logger.warn("emptyDir medium Memory needs root for tmpfs; using a directory on disk", { path });
      return;
    }
    const options = sizeLimit ? ["-o", `size=${Math.ceil(parseQuantity(sizeLimit))}`] : [];
    await run("mount", ["-t", "tmpfs", ...options, "tmpfs", path]);
    this.#tmpfs.push(path);
  }

  async #claimPath(pod: Pod, volume: string, claimName: string): Promise<string> {
    const namespace = pod.metadata?.namespace ?? "default";
    const claim = await this.#get<PersistentVolumeClaim>("persistentvolumeclaims", namespace, claimName);
    if (!claim) throw new VolumeMountError(volume, `persistentvolumeclaim "${claimName}" not found`);
    if (claim.status?.phase !== "Bound" || !claim.spec?.volumeName) throw new VolumeMountError(volume, `persistentvolumeclaim "${claimName}" is not bound`);
    const pv = await this.#get<PersistentVolume>("persistentvolumes", "", claim.spec.volumeName);
    const path = pv?.spec?.hostPath?.path || pv?.spec?.local?.path;
    if (!path) throw new VolumeMountError(volume, `persistentvolume "${claim.spec.volumeName}" of claim "${claimName}" has no hostPath or local path`);
    return path;
  }

  #tokenLookup(pod: Pod): TokenLookup | undefined {
    const tokens = this.#ctx.tokens;
    return tokens ? (projection) => tokens.tokenFor(pod, projection) : undefined;
  }

  #lookup(pod: Pod): DataLookup {
    const namespace = pod.metadata?.namespace ?? "default";
    return async (kind, name) => {
      const object = await this.#get<DataObject>(kind === "configmap" ? "configmaps" : "secrets", namespace, name);
      if (!object) return undefined;
      const data: Record<string, Uint8Array> = {};
      const encode = (value: string | Uint8Array) => (typeof value === "string" ? new TextEncoder().encode(value) : value);
      for (const [key, value] of Object.entries({ ...object.binaryData, ...object.data, ...object.stringData })) data[key] = encode(value);
      return data;
    };
  }

  async #get<T extends ApiObject>(resource: string, namespace: string, name: string): Promise<T | undefined> {
    try {
      return await this.#ctx.client.get<T>(resource, namespace, name);
    } catch (error) {
      if (error instanceof ApiError && error.reason === "NotFound") return undefined;
      throw new VolumeMountError(name, `reading ${resource} "${name}" failed: ${(error as Error).message}`, { cause: error });
    }
  }
}
