// What an image says about itself. Built from the directory's Troupefile (JSON):
//   { "entrypoint": ["node", "server.mjs"], "env": { "MODE": "prod" }, "workingDir": ".",
//     "images": ["hello:plain-text"] }     <- the references `troupe image build DIR` tags

export interface ImageManifest {
  schemaVersion: 1;
  name: string;
  tag: string;
  /** sha256:<hex> of the archive. */
  digest: string;
  size: number;
  entrypoint: string[];
  env: Record<string, string>;
  /** Relative to the image root. */
  workingDir: string;
  created: string;
}

export const TROUPEFILE = "Troupefile";

export class InvalidTroupefileError extends Error {
  override name = "InvalidTroupefileError";
  readonly code = "INVALID_TROUPEFILE";
  constructor(path: string, why: string) {
    super(`${path}: ${why}`);
  }
}

export interface ImageConfig {
  entrypoint: string[];
  env: Record<string, string>;
  workingDir: string;
  /** Default references to tag the image with when no -t is given. */
  images: string[];
}

export function parseTroupefile(path: string, text: string): ImageConfig {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InvalidTroupefileError(path, `not valid JSON: ${(error as Error).message}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new InvalidTroupefileError(path, "expected a JSON object");
  const { entrypoint, env = {}, workingDir = ".", images = [], ...rest } = value as Record<string, unknown>;
  const unknown = Object.keys(rest);
  if (unknown.length > 0) throw new InvalidTroupefileError(path, `unknown field "${unknown[0]}" (allowed: entrypoint, env, workingDir, images)`);
  if (!Array.isArray(images) || !images.every((image) => typeof image === "string" && image !== "")) {
    throw new InvalidTroupefileError(path, "images: expected an array of image references, e.g. [\"hello:v1\"]");
  }
  if (!Array.isArray(entrypoint) || entrypoint.length === 0 || !entrypoint.every((part) => typeof part === "string" && part !== "")) {
    throw new InvalidTroupefileError(path, "entrypoint: expected a non-empty array of strings, e.g. [\"node\", \"server.mjs\"]");
  }
  if (typeof env !== "object" || env === null || Array.isArray(env) || !Object.values(env).every((v) => typeof v === "string")) {
    throw new InvalidTroupefileError(path, "env: expected an object of string values");
  }
  if (typeof workingDir !== "string" || workingDir.startsWith("/") || workingDir.split("/").includes("..")) {
    throw new InvalidTroupefileError(path, "workingDir: expected a path inside the image");
  }
  return { entrypoint: entrypoint as string[], env: env as Record<string, string>, workingDir, images: images as string[] };
}
