// ConfigMaps and Secrets: keys that work as file names, 1 MiB of data at most, and contents
// frozen once `immutable` is set.
import type { troupe } from "../../../../proto/gen/troupe.js";
import { indexPath, type FieldError } from "../../../../runtime/codec/field-error.ts";
import { isConfigMapKey } from "../../../../runtime/validation/names.ts";
import { forbidden, invalid, invalidEach, required, tooLong } from "./field-errors.ts";
import { sameMessage } from "./same-message.ts";

type ConfigMap = troupe.v1.ConfigMap.$Properties;
type Secret = troupe.v1.Secret.$Properties;

/** Kubernetes' MaxSecretSize, which also bounds config maps. */
export const MAX_DATA_SIZE = 1024 * 1024;
const IMMUTABLE_MESSAGE = "field is immutable when `immutable` is set";

const encoder = new TextEncoder();

function byteLength(value: string | Uint8Array): number {
  return typeof value === "string" ? encoder.encode(value).length : value.length;
}

function validateKeys(data: Record<string, string | Uint8Array> | null | undefined, field: string, other?: { data: object | null | undefined; name: string }): FieldError[] {
  const errors: FieldError[] = [];
  for (const key of Object.keys(data ?? {})) {
    const path = indexPath(field, key);
    errors.push(...invalidEach(path, key, isConfigMapKey(key)));
    if (other && Object.hasOwn(other.data ?? {}, key)) errors.push(invalid(path, key, `duplicate of key present in ${other.name}`));
  }
  return errors;
}

function totalSize(...maps: Array<Record<string, string | Uint8Array> | null | undefined>): number {
  return maps.reduce((sum, map) => sum + Object.values(map ?? {}).reduce((size, value) => size + byteLength(value), 0), 0);
}

export function validateConfigMap(configMap: ConfigMap): FieldError[] {
  const errors = [
    ...validateKeys(configMap.data, "data", { data: configMap.binaryData, name: "binaryData" }),
    ...validateKeys(configMap.binaryData, "binaryData", { data: configMap.data, name: "data" }),
  ];
  if (totalSize(configMap.data, configMap.binaryData) > MAX_DATA_SIZE) errors.push(tooLong("data", MAX_DATA_SIZE));
  return errors;
}

/** Keys each built-in secret type must carry. */
const REQUIRED_SECRET_KEYS: Record<string, readonly string[]> = {
  "kubernetes.io/dockercfg": [".dockercfg"],
  "kubernetes.io/dockerconfigjson": [".dockerconfigjson"],
  "kubernetes.io/ssh-auth": ["ssh-privatekey"],
  "kubernetes.io/tls": ["tls.crt", "tls.key"],
};

/** Registry credentials, which kubelets parse as JSON when pulling images. */
const JSON_SECRET_KEYS: Record<string, string> = {
  "kubernetes.io/dockercfg": ".dockercfg",
  "kubernetes.io/dockerconfigjson": ".dockerconfigjson",
};

function isJsonObject(bytes: Uint8Array): boolean {
  try {
    const parsed: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed);
  } catch {
    return false;
  }
}

function validateSecretType(secret: Secret): FieldError[] {
  const data = secret.data ?? {};
  const type = secret.type ?? "";
  if (type === "kubernetes.io/service-account-token") {
    const annotation = "kubernetes.io/service-account.name";
    return secret.metadata?.annotations?.[annotation] ? [] : [required(indexPath("metadata.annotations", annotation))];
  }
  if (type === "kubernetes.io/basic-auth" && !Object.hasOwn(data, "username") && !Object.hasOwn(data, "password")) {
    return [required(indexPath("data", "username")), required(indexPath("data", "password"))];
  }
  const errors = (REQUIRED_SECRET_KEYS[type] ?? []).filter((key) => !Object.hasOwn(data, key)).map((key) => required(indexPath("data", key)));
  const jsonKey = JSON_SECRET_KEYS[type];
  if (jsonKey && Object.hasOwn(data, jsonKey)) {
    // JSON.parse's own message quotes the input: a secret's contents never go into a message.
    if (!isJsonObject(data[jsonKey] as Uint8Array)) errors.push(invalid(indexPath("data", jsonKey), "<secret contents redacted>", "must be a JSON object"));
  }
  return errors;
}

export function validateSecret(secret: Secret): FieldError[] {
  const errors = [...validateKeys(secret.data, "data"), ...validateKeys(secret.stringData, "stringData"), ...validateSecretType(secret)];
  if (totalSize(secret.data, secret.stringData) > MAX_DATA_SIZE) errors.push(tooLong("data", MAX_DATA_SIZE));
  return errors;
}

function validateFrozen(typeName: string, next: ConfigMap | Secret, old: ConfigMap | Secret, fields: readonly ("data" | "binaryData")[]): FieldError[] {
  if (old.immutable !== true) return [];
  const errors = next.immutable === true ? [] : [forbidden("immutable", IMMUTABLE_MESSAGE)];
  for (const field of fields) {
    if (!sameMessage(typeName, { [field]: (next as Record<string, unknown>)[field] }, { [field]: (old as Record<string, unknown>)[field] })) {
      errors.push(forbidden(field, IMMUTABLE_MESSAGE));
    }
  }
  return errors;
}

export function validateConfigMapUpdate(configMap: ConfigMap, old: ConfigMap): FieldError[] {
  return validateFrozen("ConfigMap", configMap, old, ["data", "binaryData"]);
}

export function validateSecretUpdate(secret: Secret, old: Secret): FieldError[] {
  const errors = validateFrozen("Secret", secret, old, ["data"]);
  if ((secret.type ?? "") !== (old.type ?? "")) errors.push(invalid("type", secret.type ?? "", "field is immutable"));
  return errors;
}
