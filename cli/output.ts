// Machine-readable output (-o yaml|json|name), shaped like kubectl's: one object as itself,
// several as a `kind: List`.
import { stringify } from "yaml";
import type { KubeObject } from "../runtime/api-client.ts";
import { nameRef } from "./object-ref.ts";

export const OBJECT_FORMATS = ["yaml", "json", "name"] as const;
export type ObjectFormat = (typeof OBJECT_FORMATS)[number];

export function isObjectFormat(format: string): format is ObjectFormat {
  return (OBJECT_FORMATS as readonly string[]).includes(format);
}

/** kubectl prints objects without metadata.managedFields (its --show-managed-fields=false). */
function shown(object: KubeObject): KubeObject {
  if (!object.metadata?.managedFields) return object;
  const { managedFields: _hidden, ...metadata } = object.metadata;
  return { ...object, metadata };
}

/** One object, as it is printed on its own (also each event of a watch). */
export function formatObject(object: KubeObject, format: ObjectFormat): string {
  if (format === "name") return `${nameRef(object)}\n`;
  if (format === "json") return `${JSON.stringify(shown(object), null, 4)}\n`;
  return toYaml(shown(object));
}

/** Several objects: a List for yaml and json, one line each for name. */
export function formatObjects(objects: readonly KubeObject[], format: ObjectFormat, asList: boolean): string {
  if (format === "name") return objects.map((object) => formatObject(object, format)).join("");
  if (!asList && objects.length === 1) return formatObject(objects[0], format);
  const list = { apiVersion: "v1", kind: "List", metadata: { resourceVersion: "" }, items: objects.map(shown) };
  return format === "json" ? `${JSON.stringify(list, null, 4)}\n` : toYaml(list);
}

/**
 * YAML as Kubernetes writes it: sequences flush with their key, long strings unfolded, and
 * YAML 1.1 quoting so strings like "yes" or "0644" read back as strings.
 */
export function toYaml(value: unknown): string {
  return stringify(value, { version: "1.1", indentSeq: false, lineWidth: 0 });
}
