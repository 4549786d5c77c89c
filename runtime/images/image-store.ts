// Images on JetStream: each archive once in the troupe-images object store, named by its digest
// and never rewritten, and the name:tag -> manifest records in the troupe-image-tags KV bucket.
// Re-tagging replaces a KV value atomically, so a kubelet pulling at that moment reads either
// the old manifest or the new one, never a half-replaced object.
import type { NatsConnection } from "@nats-io/transport-node";
import { Kvm, type KV } from "@nats-io/kv";
import { Objm, type ObjectStore } from "@nats-io/obj";
import { IMAGE_TAGS_BUCKET, IMAGES_STORE } from "../subjects.ts";
import type { ImageManifest } from "./image-manifest.ts";
import { formatImageRef, type ImageRef } from "./image-ref.ts";

export class ImageNotFoundError extends Error {
  override name = "ImageNotFoundError";
  readonly code = "IMAGE_NOT_FOUND";
  constructor(reference: string) {
    super(`image "${reference}" not found in the ${IMAGES_STORE} store (build it with \`troupe image build DIR -t ${reference}\`)`);
  }
}

/** KV keys cannot hold ':' (registry ports, the tag separator): the key is the encoded reference. */
function tagKey(name: string, tag: string): string {
  return Buffer.from(`${name}:${tag}`).toString("base64url");
}

export class ImageStore {
  private readonly archives: ObjectStore;
  private readonly tags: KV;

  private constructor(archives: ObjectStore, tags: KV) {
    this.archives = archives;
    this.tags = tags;
  }

  static async open(nc: NatsConnection, options: { replicas?: number } = {}): Promise<ImageStore> {
    const replicas = options.replicas ?? 1;
    const [archives, tags] = await Promise.all([
      new Objm(nc).create(IMAGES_STORE, { replicas }),
      new Kvm(nc).create(IMAGE_TAGS_BUCKET, { replicas, history: 1 }),
    ]);
    return new ImageStore(archives, tags);
  }

  async push(manifest: ImageManifest, archive: Uint8Array): Promise<void> {
    if (!(await this.archives.info(manifest.digest))) {
      await this.archives.putBlob({ name: manifest.digest, description: `archive of ${manifest.name}:${manifest.tag}` }, archive);
    }
    await this.tags.put(tagKey(manifest.name, manifest.tag), JSON.stringify(manifest));
  }

  async resolve(ref: ImageRef): Promise<ImageManifest> {
    if (ref.digest) {
      const found = (await this.list()).find((manifest) => manifest.digest === ref.digest && manifest.name === ref.name);
      if (!found) throw new ImageNotFoundError(formatImageRef(ref));
      return found;
    }
    const entry = await this.tags.get(tagKey(ref.name, ref.tag));
    if (!entry || entry.operation !== "PUT") throw new ImageNotFoundError(formatImageRef(ref));
    return entry.json<ImageManifest>();
  }

  async archive(digest: string): Promise<Uint8Array> {
    const bytes = await this.archives.getBlob(digest);
    if (!bytes) throw new ImageNotFoundError(digest);
    return bytes;
  }

  async list(): Promise<ImageManifest[]> {
    const keys: string[] = [];
    for await (const key of await this.tags.keys()) keys.push(key);
    const entries = await Promise.all(keys.map((key) => this.tags.get(key)));
    return entries
      .filter((entry) => entry?.operation === "PUT")
      .map((entry) => entry!.json<ImageManifest>())
      .sort((a, b) => `${a.name}:${a.tag}`.localeCompare(`${b.name}:${b.tag}`));
  }
}
