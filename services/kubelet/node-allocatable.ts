// Node allocatable, as Kubernetes computes it: capacity minus kube-reserved, system-reserved and
// the hard eviction threshold (memory.available), never below zero. The scheduler places pods by
// allocatable, so this is the room left for the system and the kubelet itself.
import { parseQuantity } from "../../runtime/quantity.ts";
import { formatQuantity } from "../../runtime/quantity-format.ts";

export interface Reservations {
  systemReserved: Record<string, string>;
  kubeReserved: Record<string, string>;
  /** Kubernetes' eviction signals: "memory.available" reserves memory. */
  evictionHard: Record<string, string>;
}

/** Kubernetes' default: nothing reserved but the hard eviction threshold memory.available<100Mi. */
export const DEFAULT_EVICTION_HARD = { "memory.available": "100Mi" } as const;

export function nodeAllocatable(capacity: Record<string, string>, reservations: Reservations): Record<string, string> {
  const reserved: Record<string, number> = {};
  const add = (name: string, text: string) => {
    reserved[name] = (reserved[name] ?? 0) + parseQuantity(text);
  };
  for (const map of [reservations.systemReserved, reservations.kubeReserved]) {
    for (const [name, text] of Object.entries(map)) add(name, text);
  }
  const memoryThreshold = reservations.evictionHard["memory.available"];
  if (memoryThreshold !== undefined && !memoryThreshold.endsWith("%")) add("memory", memoryThreshold);
  const allocatable: Record<string, string> = {};
  for (const [name, text] of Object.entries(capacity)) {
    allocatable[name] = reserved[name] === undefined ? text : formatQuantity(Math.max(0, parseQuantity(text) - reserved[name]));
  }
  return allocatable;
}

/** "cpu=100m,memory=256Mi" (the kubelet flags' form) as a map; "" is none. */
export function parseReservation(text: string | undefined, separator = "="): Record<string, string> | undefined {
  if (text === undefined) return undefined;
  const map: Record<string, string> = {};
  for (const pair of text.split(",").map((item) => item.trim()).filter(Boolean)) {
    const at = pair.indexOf(separator);
    if (at <= 0) throw new Error(`${JSON.stringify(pair)} is not name${separator}quantity`);
    const value = pair.slice(at + 1);
    parseQuantity(value.endsWith("%") ? "0" : value);
    map[pair.slice(0, at)] = value;
  }
  return map;
}
