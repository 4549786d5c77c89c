// The encryption-at-rest configuration in the shape of Kubernetes' EncryptionConfiguration
// (apiserver.config.k8s.io/v1): per list of resources, providers in order; the first provider
// (its first key) encrypts every write, all of them decrypt. Supported providers: aesgcm (keys of
// 32 bytes: AES-256-GCM, used as an envelope: docs/security.md) and identity. secretbox, aescbc
// and kms are refused with a message saying so: Node's crypto has no XSalsa20-Poly1305.
import { parse, stringify } from "yaml";
import { childPath, describeFieldErrors, fieldError, FieldErrorTypes, indexPath, type FieldError } from "../codec/field-error.ts";

export const ENCRYPTION_CONFIG_API_VERSION = "apiserver.config.k8s.io/v1";
export const ENCRYPTION_CONFIG_KIND = "EncryptionConfiguration";
/** AES-256: the only key size accepted. */
export const AES_GCM_KEY_BYTES = 32;

export interface AesGcmKeyConfig {
  name: string;
  /** The key, base64. */
  secret: string;
}

export type ProviderConfig = { aesgcm: { keys: AesGcmKeyConfig[] } } | { identity: Record<string, never> };

export interface ResourceEncryption {
  resources: string[];
  providers: ProviderConfig[];
}

export interface EncryptionConfiguration {
  apiVersion: typeof ENCRYPTION_CONFIG_API_VERSION;
  kind: typeof ENCRYPTION_CONFIG_KIND;
  resources: ResourceEncryption[];
}

export class EncryptionConfigError extends Error {
  override name = "EncryptionConfigError";
  readonly code = "ENCRYPTION_CONFIG_INVALID";
  readonly errors: FieldError[];
  constructor(source: string, errors: FieldError[], options?: ErrorOptions) {
    super(`invalid encryption configuration ${source}: ${describeFieldErrors(errors)}`, options);
    this.errors = errors;
  }
}

const KEY_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;
const UNSUPPORTED_PROVIDERS: Record<string, string> = {
  secretbox: "secretbox is not supported (no XSalsa20-Poly1305 in Node's crypto); use aesgcm",
  aescbc: "aescbc is not supported (Kubernetes advises against it); use aesgcm",
  kms: "kms is not supported; use aesgcm",
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function validateKeys(keys: unknown, path: string, errors: FieldError[]): void {
  if (!Array.isArray(keys) || keys.length === 0) {
    errors.push(fieldError(FieldErrorTypes.required, path, "at least one key is required"));
    return;
  }
  const names = new Set<string>();
  keys.forEach((key: unknown, index) => {
    const keyPath = indexPath(path, index);
    if (!isObject(key)) return void errors.push(fieldError(FieldErrorTypes.typeInvalid, keyPath, "must be an object with name and secret"));
    const name = key.name;
    if (typeof name !== "string" || !KEY_NAME.test(name)) {
      errors.push(fieldError(FieldErrorTypes.invalid, childPath(keyPath, "name"), "must be 1-63 letters, digits, '.', '_' or '-', starting with a letter or digit"));
    } else if (names.has(name)) {
      errors.push(fieldError(FieldErrorTypes.duplicate, childPath(keyPath, "name"), `duplicate key name "${name}"`));
    } else {
      names.add(name);
    }
    const secret = key.secret;
    // Never echo the secret itself in a message.
    if (typeof secret !== "string" || !/^[A-Za-z0-9+/]+={0,2}$/.test(secret) || Buffer.from(secret, "base64").length !== AES_GCM_KEY_BYTES) {
      errors.push(fieldError(FieldErrorTypes.invalid, childPath(keyPath, "secret"), `must be ${AES_GCM_KEY_BYTES} bytes, base64-encoded (AES-256)`));
    }
  });
}

function validateProvider(provider: unknown, path: string, errors: FieldError[]): void {
  if (!isObject(provider) || Object.keys(provider).length !== 1) {
    errors.push(fieldError(FieldErrorTypes.invalid, path, "must name exactly one provider: aesgcm or identity"));
    return;
  }
  const [kind] = Object.keys(provider) as [string];
  if (kind === "identity") return;
  if (kind === "aesgcm") {
    const body = provider.aesgcm;
    validateKeys(isObject(body) ? body.keys : undefined, childPath(childPath(path, "aesgcm"), "keys"), errors);
    return;
  }
  errors.push(fieldError(FieldErrorTypes.notSupported, childPath(path, kind), UNSUPPORTED_PROVIDERS[kind] ?? `unknown provider "${kind}": supported values: "aesgcm", "identity"`));
}

/** Checks a parsed document; throws EncryptionConfigError naming every bad field. */
export function validateEncryptionConfig(document: unknown, source: string): EncryptionConfiguration {
  const errors: FieldError[] = [];
  if (!isObject(document)) throw new EncryptionConfigError(source, [fieldError(FieldErrorTypes.typeInvalid, "<root>", "must be an object")]);
  if (document.apiVersion !== ENCRYPTION_CONFIG_API_VERSION) {
    errors.push(fieldError(FieldErrorTypes.notSupported, "apiVersion", `supported values: "${ENCRYPTION_CONFIG_API_VERSION}"`));
  }
  if (document.kind !== ENCRYPTION_CONFIG_KIND) errors.push(fieldError(FieldErrorTypes.notSupported, "kind", `supported values: "${ENCRYPTION_CONFIG_KIND}"`));
  const resources = document.resources;
  if (!Array.isArray(resources) || resources.length === 0) errors.push(fieldError(FieldErrorTypes.required, "resources", "at least one entry is required"));
  const seen = new Set<string>();
  (Array.isArray(resources) ? resources : []).forEach((entry: unknown, index) => {
    const path = indexPath("resources", index);
    if (!isObject(entry)) return void errors.push(fieldError(FieldErrorTypes.typeInvalid, path, "must be an object with resources and providers"));
    const names = entry.resources;
    if (!Array.isArray(names) || names.length === 0) errors.push(fieldError(FieldErrorTypes.required, childPath(path, "resources"), "at least one resource is required"));
    (Array.isArray(names) ? names : []).forEach((name: unknown, nameIndex) => {
      const namePath = indexPath(childPath(path, "resources"), nameIndex);
      if (typeof name !== "string" || !/^[a-z0-9]+(\.[a-z0-9.-]+)?$/.test(name)) {
        errors.push(fieldError(FieldErrorTypes.invalid, namePath, "must be a resource name such as secrets (wildcards are not supported)"));
      } else if (seen.has(name)) {
        errors.push(fieldError(FieldErrorTypes.duplicate, namePath, `"${name}" is configured twice`));
      } else {
        seen.add(name);
      }
    });
    const providers = entry.providers;
    if (!Array.isArray(providers) || providers.length === 0) errors.push(fieldError(FieldErrorTypes.required, childPath(path, "providers"), "at least one provider is required"));
    (Array.isArray(providers) ? providers : []).forEach((provider: unknown, providerIndex) => validateProvider(provider, indexPath(childPath(path, "providers"), providerIndex), errors));
  });
  if (errors.length > 0) throw new EncryptionConfigError(source, errors);
  return document as unknown as EncryptionConfiguration;
}

export function parseEncryptionConfig(text: string, source: string): EncryptionConfiguration {
  let document: unknown;
  try {
    document = parse(text);
  } catch (error) {
    throw new EncryptionConfigError(source, [fieldError(FieldErrorTypes.invalid, "<root>", `not YAML: ${(error as Error).message}`)], { cause: error });
  }
  return validateEncryptionConfig(document, source);
}

export function serializeEncryptionConfig(config: EncryptionConfiguration): string {
  return stringify(config);
}

/** A fresh AES-256 key, base64 (for `troupe up` and `troupe secrets rotate-key`). */
export function generateAesGcmKey(name: string, random: (bytes: number) => Buffer): AesGcmKeyConfig {
  return { name, secret: random(AES_GCM_KEY_BYTES).toString("base64") };
}

/** What `troupe up` writes on first start: Secrets under one aesgcm key, identity to read data written before. */
export function initialEncryptionConfig(key: AesGcmKeyConfig): EncryptionConfiguration {
  return {
    apiVersion: ENCRYPTION_CONFIG_API_VERSION,
    kind: ENCRYPTION_CONFIG_KIND,
    resources: [{ resources: ["secrets"], providers: [{ aesgcm: { keys: [key] } }, { identity: {} }] }],
  };
}

/** The resource entry that covers Secrets, or undefined. */
export function secretsEntry(config: EncryptionConfiguration): ResourceEncryption | undefined {
  return config.resources.find((entry) => entry.resources.includes("secrets"));
}

/**
 * Adds `key` to the first aesgcm provider of the Secrets entry: as a read-only key (last), or as
 * the write key (first). A key already there is moved. Returns a new configuration.
 */
export function withAesGcmKey(config: EncryptionConfiguration, key: AesGcmKeyConfig, role: "read" | "write"): EncryptionConfiguration {
  const next = structuredClone(config);
  let entry = secretsEntry(next);
  if (!entry) {
    entry = { resources: ["secrets"], providers: [{ identity: {} }] };
    next.resources.push(entry);
  }
  let provider = entry.providers.find((candidate) => "aesgcm" in candidate);
  if (!provider) {
    provider = { aesgcm: { keys: [] } };
    entry.providers.unshift(provider);
  }
  const keys = (provider as { aesgcm: { keys: AesGcmKeyConfig[] } }).aesgcm.keys.filter((existing) => existing.name !== key.name);
  (provider as { aesgcm: { keys: AesGcmKeyConfig[] } }).aesgcm.keys = role === "write" ? [key, ...keys] : [...keys, key];
  if (role === "write") entry.providers = [provider, ...entry.providers.filter((candidate) => candidate !== provider)];
  return next;
}
