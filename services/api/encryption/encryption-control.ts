// Encryption at rest in one API replica: loads the configuration file, and answers its control
// subject (apiEncryptionControlSubject) so `troupe secrets rotate-key` can make every replica
// re-read the file and one of them re-encrypt the Secrets. Only the file holds keys: requests
// and replies carry key names, never key material.
import { readFile } from "node:fs/promises";
import type { NatsConnection, Subscription } from "@nats-io/transport-node";
import { parseEncryptionConfig, secretsEntry } from "../../../runtime/encryption/encryption-config.ts";
import type { Logger } from "../../../runtime/log.ts";
import { handleWithTrace } from "../../../runtime/messaging.ts";
import { apiEncryptionControlSubject } from "../../../runtime/subjects.ts";
import type { EncryptingStore } from "./encrypting-store.ts";
import { storageTransformers, type StorageTransformer } from "./storage-transformer.ts";

export interface EncryptionState {
  transformers: Map<string, StorageTransformer>;
  /** Names of the keys that can read Secrets, the write key first. */
  secretKeys: string[];
}

export type EncryptionControlRequest = { action: "reload" } | { action: "rewrite"; resource?: string };

export interface EncryptionControlReply {
  instanceId: string;
  /** The key Secrets are written with now ("identity": unencrypted). */
  writeKey?: string;
  keys?: string[];
  rewritten?: number;
  unchanged?: number;
  error?: string;
}

/** The configuration in `path`; none (values stored as they are) when path is empty. */
export async function loadEncryption(path: string): Promise<EncryptionState> {
  if (!path) return { transformers: new Map(), secretKeys: [] };
  const config = parseEncryptionConfig(await readFile(path, "utf8"), path);
  const providers = secretsEntry(config)?.providers ?? [];
  const secretKeys = providers.flatMap((provider) => ("aesgcm" in provider ? provider.aesgcm.keys.map((key) => key.name) : ["identity"]));
  return { transformers: storageTransformers(config), secretKeys };
}

export function logEncryption(logger: Logger, path: string, store: EncryptingStore, state: EncryptionState): void {
  const writeKey = store.writeKeyName("secrets");
  if (!path) logger.warn("no encryption configuration (TROUPE_ENCRYPTION_CONFIG): Secrets are stored unencrypted");
  else if (writeKey === "identity") logger.warn("encryption configuration writes Secrets unencrypted (identity first)", { config: path });
  else logger.info("Secrets encrypted at rest", { config: path, writeKey, keys: state.secretKeys });
}

export class EncryptionControl {
  private readonly nc: NatsConnection;
  private readonly store: EncryptingStore;
  private readonly path: string;
  private readonly instanceId: string;
  private readonly logger: Logger;
  private subscription: Subscription | undefined;
  private keys: string[];

  constructor(options: { nc: NatsConnection; store: EncryptingStore; path: string; instanceId: string; logger: Logger; state: EncryptionState }) {
    this.nc = options.nc;
    this.store = options.store;
    this.path = options.path;
    this.instanceId = options.instanceId;
    this.logger = options.logger;
    this.keys = options.state.secretKeys;
  }

  start(): void {
    this.subscription = this.nc.subscribe(apiEncryptionControlSubject(this.instanceId), {
      callback: (error, msg) => {
        if (error) return;
        void handleWithTrace(msg, "troupe.api encryptionctl", async () => {
          const reply = await this.handle(msg.data);
          msg.respond(new TextEncoder().encode(JSON.stringify(reply)));
        });
      },
    });
  }

  stop(): void {
    this.subscription?.unsubscribe();
  }

  private async handle(data: Uint8Array): Promise<EncryptionControlReply> {
    const base = { instanceId: this.instanceId };
    try {
      const request = JSON.parse(new TextDecoder().decode(data)) as EncryptionControlRequest;
      if (request.action === "reload") {
        if (!this.path) throw new Error("this API replica runs without an encryption configuration (TROUPE_ENCRYPTION_CONFIG)");
        const state = await loadEncryption(this.path);
        this.store.setTransformers(state.transformers);
        this.keys = state.secretKeys;
        logEncryption(this.logger, this.path, this.store, state);
        return { ...base, writeKey: this.store.writeKeyName("secrets"), keys: this.keys };
      }
      if (request.action === "rewrite") {
        const resource = request.resource || "secrets";
        const result = await this.store.rewrite(resource);
        this.logger.info("re-encrypted stored values", { resource, writeKey: this.store.writeKeyName(resource), ...result });
        return { ...base, writeKey: this.store.writeKeyName(resource), keys: this.keys, ...result };
      }
      throw new Error(`unknown action ${JSON.stringify((request as { action?: unknown }).action)}: expected reload or rewrite`);
    } catch (error) {
      this.logger.warn("encryption control request failed", { error });
      return { ...base, error: (error as Error).message };
    }
  }
}
