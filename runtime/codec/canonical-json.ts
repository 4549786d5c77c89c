// A message as sorted-key JSON of its Kubernetes form: field and map-key order, unset versus
// empty fields, and decoded versus plain messages all give the same string. For equality checks
// and content hashes (the pod-template-hash).
import { messageToJson } from "./json-convert.ts";

function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record).sort().map((key) => `${JSON.stringify(key)}:${sortedJson(record[key])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export function canonicalJson(typeName: string, message: object | null | undefined): string {
  return sortedJson(messageToJson(typeName, (message ?? {}) as Record<string, unknown>));
}
