// The key file of a local cluster: $TROUPE_HOME/encryption-config.yaml, an EncryptionConfiguration
// only the API service reads (TROUPE_ENCRYPTION_CONFIG). `troupe up` creates it on first start,
// `troupe secrets rotate-key` rewrites it; both write it with mode 0600, atomically.
import { randomBytes } from "node:crypto";
import { chmod, mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  generateAesGcmKey, initialEncryptionConfig, parseEncryptionConfig, serializeEncryptionConfig, type EncryptionConfiguration,
} from "../../runtime/encryption/encryption-config.ts";
import type { TroupeHome } from "./home.ts";

const OWNER_ONLY = 0o600;

export function encryptionConfigPath(home: TroupeHome): string {
  return join(home.dir, "encryption-config.yaml");
}

export async function readEncryptionConfig(path: string): Promise<EncryptionConfiguration> {
  return parseEncryptionConfig(await readFile(path, "utf8"), path);
}

export async function writeEncryptionConfig(path: string, config: EncryptionConfiguration): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, serializeEncryptionConfig(config), { mode: OWNER_ONLY });
  await rename(temporary, path);
}

/** The file's path; made with a fresh key when missing, its mode tightened to 0600 when looser. */
export async function ensureEncryptionConfig(home: TroupeHome): Promise<string> {
  const path = encryptionConfigPath(home);
  await mkdir(home.dir, { recursive: true });
  try {
    const info = await stat(path);
    if ((info.mode & 0o077) !== 0) await chmod(path, OWNER_ONLY);
    await readEncryptionConfig(path);
    return path;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  await writeEncryptionConfig(path, initialEncryptionConfig(generateAesGcmKey(newKeyName(), randomBytes)));
  return path;
}

/** Key names that sort by creation time and say when the key was made: key-20261202t091500z. */
export function newKeyName(now: Date = new Date()): string {
  return `key-${now.toISOString().replace(/[-:]/g, "").replace(/\.\d+/, "").toLowerCase()}`;
}
