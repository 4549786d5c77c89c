// The kubelet's image cache: resolves a reference, fetches the archive once per digest,
// verifies the digest, and unpacks it under the cache directory. Concurrent pulls of one
// image share one download.
import { access, mkdir } from "node:fs/promises";
import { join } from "node:path";
import { sha256Digest, unpackArchive } from "./image-archive.ts";
import type { ImageManifest } from "./image-manifest.ts";
import { parseImageRef } from "./image-ref.ts";
import type { ImageStore } from "./image-store.ts";

export type PullPolicy = "Always" | "IfNotPresent" | "Never";

export interface PulledImage {
  manifest: ImageManifest;
  /** The unpacked image files. */
  rootDir: string;
  /** True when the image was already here: nothing was fetched or unpacked. */
  cached: boolean;
}

export class DigestMismatchError extends Error {
  override name = "DigestMismatchError";
  readonly code = "DIGEST_MISMATCH";
  constructor(expected: string, actual: string) {
    super(`image archive digest is ${actual}, expected ${expected}: refusing to run it`);
  }
}

export class ImageNotPresentError extends Error {
  override name = "ImageNotPresentError";
  readonly code = "IMAGE_NOT_PRESENT";
  constructor(reference: string) {
    super(`image "${reference}" is not present on this node and imagePullPolicy is Never`);
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(() => true, () => false);
}

export class ImagePuller {
  private readonly store: ImageStore;
  private readonly cacheDir: string;
  private readonly known = new Map<string, ImageManifest>();
  private readonly inflight = new Map<string, Promise<void>>();

  constructor(store: ImageStore, cacheDir: string) {
    this.store = store;
    this.cacheDir = cacheDir;
  }

  async pull(reference: string, policy: PullPolicy): Promise<PulledImage> {
    const cached = this.known.get(reference);
    if (cached && policy !== "Always" && (await exists(this.rootOf(cached)))) return { manifest: cached, rootDir: this.rootOf(cached), cached: true };
    if (policy === "Never") throw new ImageNotPresentError(reference);
    const manifest = await this.store.resolve(parseImageRef(reference));
    await this.ensureUnpacked(manifest);
    this.known.set(reference, manifest);
    return { manifest, rootDir: this.rootOf(manifest), cached: false };
  }

  private rootOf(manifest: ImageManifest): string {
    return join(this.cacheDir, manifest.digest.replace(":", "-"));
  }

  private async ensureUnpacked(manifest: ImageManifest): Promise<void> {
    const root = this.rootOf(manifest);
    if (await exists(root)) return;
    let pending = this.inflight.get(manifest.digest);
    if (!pending) {
      pending = (async () => {
        const archive = await this.store.archive(manifest.digest);
        const actual = sha256Digest(archive);
        if (actual !== manifest.digest) throw new DigestMismatchError(manifest.digest, actual);
        await mkdir(this.cacheDir, { recursive: true });
        if (!(await exists(root))) await unpackArchive(archive, root);
      })().finally(() => this.inflight.delete(manifest.digest));
      this.inflight.set(manifest.digest, pending);
    }
    await pending;
  }
}
