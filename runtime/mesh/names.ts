// Names that become NATS subject tokens (namespaces, services, methods, topics, durable
// consumer names) are checked once, up front, so a bad name is a clear error instead of a
// subscription that silently matches the wrong subjects.
import { MESH_RESERVED_NAMESPACES } from "../subjects.ts";

/** One subject token: no dots, wildcards or whitespace. */
const TOKEN = /^[A-Za-z0-9_-]+$/;
/** A topic may have several tokens ("order.created"). */
const TOPIC = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/;

export class InvalidMeshNameError extends Error {
  override name = "InvalidMeshNameError";
  readonly code = "INVALID_MESH_NAME";
  readonly kind: string;
  readonly value: string;
  constructor(kind: string, value: string, rule: string) {
    super(`invalid mesh ${kind} "${value}": ${rule}`);
    this.kind = kind;
    this.value = value;
  }
}

const TOKEN_RULE = "use letters, digits, '-' and '_' only";

export function checkToken(kind: "service" | "method" | "durable consumer", value: string): string {
  if (!TOKEN.test(value)) throw new InvalidMeshNameError(kind, value, TOKEN_RULE);
  return value;
}

export function checkNamespace(value: string): string {
  if (!TOKEN.test(value)) throw new InvalidMeshNameError("namespace", value, TOKEN_RULE);
  if ((MESH_RESERVED_NAMESPACES as readonly string[]).includes(value)) {
    throw new InvalidMeshNameError("namespace", value, "reserved for the mesh's event subjects");
  }
  return value;
}

export function checkTopic(value: string): string {
  if (!TOPIC.test(value)) throw new InvalidMeshNameError("topic", value, `dot-separated tokens; ${TOKEN_RULE}`);
  return value;
}

export interface CallTarget {
  service: string;
  method: string;
  namespace: string;
}

/**
 * Parses `service.method` or `service.method@namespace`; without `@` the namespace is
 * `defaultNamespace` (the caller's own, or CallOptions.namespace).
 */
export function parseCallTarget(target: string, defaultNamespace: string): CallTarget {
  const at = target.indexOf("@");
  const address = at < 0 ? target : target.slice(0, at);
  const namespace = at < 0 ? defaultNamespace : target.slice(at + 1);
  const dot = address.indexOf(".");
  if (dot < 0) throw new InvalidMeshNameError("call target", target, `expected "service.method" or "service.method@namespace"`);
  return {
    service: checkToken("service", address.slice(0, dot)),
    method: checkToken("method", address.slice(dot + 1)),
    namespace: checkNamespace(namespace),
  };
}
