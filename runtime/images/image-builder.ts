// `troupe image build DIR -t NAME:TAG`: packs a directory with a Troupefile into an image.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { packDirectory, sha256Digest } from "./image-archive.ts";
import { InvalidTroupefileError, parseTroupefile, TROUPEFILE, type ImageConfig, type ImageManifest } from "./image-manifest.ts";
import { parseImageRef } from "./image-ref.ts";

export interface BuiltImage {
  manifest: ImageManifest;
  archive: Uint8Array;
}

/** Builds DIR once and tags it with `references`, or with the Troupefile's `images` when none are given. */
export async function buildImages(directory: string, references: string[] = [], now = new Date()): Promise<BuiltImage[]> {
  const first = await buildImage(directory, references[0], now);
  const tags = references.length > 0 ? references : first.config.images;
  return tags.map((reference) => {
    const ref = parseImageRef(reference);
    if (ref.digest) throw new InvalidTroupefileError(reference, "tag an image by name:tag, not by digest");
    return { archive: first.archive, manifest: { ...first.manifest, name: ref.name, tag: ref.tag } };
  });
}

export async function buildImage(directory: string, reference: string | undefined, now = new Date()): Promise<BuiltImage & { config: ImageConfig }> {
  const troupefile = join(directory, TROUPEFILE);
  let text: string;
  try {
    text = await readFile(troupefile, "utf8");
  } catch (error) {
    throw new InvalidTroupefileError(troupefile, `cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); an image directory needs a ${TROUPEFILE} with its entrypoint`);
  }
  const config = parseTroupefile(troupefile, text);
  const chosen = reference ?? config.images[0];
  if (!chosen) throw new InvalidTroupefileError(troupefile, "no image name: give -t NAME:TAG or list \"images\" in the Troupefile");
  const ref = parseImageRef(chosen);
  if (ref.digest) throw new InvalidTroupefileError(chosen, "tag an image by name:tag, not by digest");
  const archive = await packDirectory(directory);
  const { images: _images, ...runtime } = config;
  return {
    archive,
    config,
    manifest: { schemaVersion: 1, name: ref.name, tag: ref.tag, digest: sha256Digest(archive), size: archive.length, ...runtime, created: now.toISOString() },
  };
}
