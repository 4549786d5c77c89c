// `troupe secrets rotate-key`: adds a fresh AES-256 key to the API's EncryptionConfiguration file
// and re-encrypts every Secret under it, in Kubernetes' order, so no replica ever meets data it
// cannot read: (1) the key is added as a read key and every API replica reloads the file;
// (2) it becomes the write key and every replica reloads again; (3) one replica writes every
// Secret again. Old keys stay in the file (readable) until removed by hand (docs/security.md).
import { randomBytes } from "node:crypto";
import type { NatsConnection } from "@nats-io/transport-node";
import { Svcm } from "@nats-io/services";
import { generateAesGcmKey, secretsEntry, withAesGcmKey, type EncryptionConfiguration } from "../runtime/encryption/encryption-config.ts";
import { request } from "../runtime/messaging.ts";
import { API_SERVICE_NAME, apiEncryptionControlSubject } from "../runtime/subjects.ts";
import type { EncryptionControlReply, EncryptionControlRequest } from "../services/api/encryption/encryption-control.ts";
import { newKeyName, readEncryptionConfig, writeEncryptionConfig } from "./cluster/encryption-config-file.ts";

export class KeyRotationError extends Error {
  override name = "KeyRotationError";
  readonly code = "KEY_ROTATION_FAILED";
}

export interface KeyRotationOptions {
  nc: NatsConnection;
  configPath: string;
  timeoutMs: number;
  /** One line per step. */
  log: (line: string) => void;
  now?: Date;
}

export interface KeyRotationResult {
  keyName: string;
  replicas: string[];
  rewritten: number;
  unchanged: number;
}

/** The instance ids of the API replicas answering $SRV.PING. */
export async function apiReplicas(nc: NatsConnection, waitMs = 1000): Promise<string[]> {
  const answers = await new Svcm(nc).client({ strategy: "timer", maxWait: waitMs }).ping(API_SERVICE_NAME);
  const ids: string[] = [];
  for await (const identity of answers) {
    const instance = identity.metadata?.instance;
    if (instance && !ids.includes(instance)) ids.push(instance);
  }
  return ids.sort();
}

async function control(nc: NatsConnection, instanceId: string, body: EncryptionControlRequest, timeoutMs: number): Promise<EncryptionControlReply> {
  let reply: EncryptionControlReply;
  try {
    const msg = await request(nc, apiEncryptionControlSubject(instanceId), new TextEncoder().encode(JSON.stringify(body)), { timeoutMs, subjectGroup: "api.encryptionctl" });
    reply = JSON.parse(new TextDecoder().decode(msg.data)) as EncryptionControlReply;
  } catch (error) {
    throw new KeyRotationError(`API replica ${instanceId} did not answer ${body.action}: ${(error as Error).message}`, { cause: error });
  }
  if (reply.error) throw new KeyRotationError(`API replica ${instanceId} failed to ${body.action}: ${reply.error}`);
  return reply;
}

async function reloadAll(options: KeyRotationOptions, replicas: string[], check: (reply: EncryptionControlReply) => boolean, expectation: string): Promise<void> {
  for (const instanceId of replicas) {
    const reply = await control(options.nc, instanceId, { action: "reload" }, options.timeoutMs);
    if (!check(reply)) {
      throw new KeyRotationError(`API replica ${instanceId} reloaded its configuration but ${expectation} (write key "${reply.writeKey}", keys ${reply.keys?.join(", ")}): does it read another file?`);
    }
  }
}

function uniqueName(config: EncryptionConfiguration, base: string): string {
  const taken = new Set((secretsEntry(config)?.providers ?? []).flatMap((provider) => ("aesgcm" in provider ? provider.aesgcm.keys.map((key) => key.name) : [])));
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
  return name;
}

export async function rotateKey(options: KeyRotationOptions): Promise<KeyRotationResult> {
  const replicas = await apiReplicas(options.nc);
  if (replicas.length === 0) throw new KeyRotationError("no API replica answered: is the cluster running?");
  const config = await readEncryptionConfig(options.configPath).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
    throw new KeyRotationError(`no encryption configuration at ${options.configPath}: \`troupe up\` makes one; for another cluster pass --encryption-config FILE`, { cause: error });
  });
  const key = generateAesGcmKey(uniqueName(config, newKeyName(options.now)), randomBytes);
  options.log(`adding key ${key.name} to ${options.configPath} (read only); ${replicas.length} API replica(s) reload it`);
  await writeEncryptionConfig(options.configPath, withAesGcmKey(config, key, "read"));
  await reloadAll(options, replicas, (reply) => reply.keys?.includes(key.name) === true, `it does not hold key ${key.name}`);
  options.log(`making ${key.name} the write key`);
  await writeEncryptionConfig(options.configPath, withAesGcmKey(config, key, "write"));
  await reloadAll(options, replicas, (reply) => reply.writeKey === key.name, `it does not write with key ${key.name}`);
  options.log("re-encrypting every Secret");
  const rewrite = await control(options.nc, replicas[0] as string, { action: "rewrite", resource: "secrets" }, Math.max(options.timeoutMs, 60_000));
  return { keyName: key.name, replicas, rewritten: rewrite.rewritten ?? 0, unchanged: rewrite.unchanged ?? 0 };
}
