// Columns of Ingress, as kubectl prints them: NAME CLASS HOSTS ADDRESS PORTS AGE.
import type { KubeObject } from "../../runtime/api-client.ts";
import { ageColumn, nameColumn, orNone, type Column } from "./column.ts";

interface IngressJson {
  spec?: {
    ingressClassName?: string;
    rules?: { host?: string }[];
    tls?: unknown[];
  };
  status?: { loadBalancer?: { ingress?: { ip?: string; hostname?: string }[] } };
}

const ingress = (object: KubeObject) => object as unknown as IngressJson;

/** kubectl names three hosts at most; a rule without a host (or no rule) matches any: "*". */
const MAX_HOSTS = 3;
/** kubectl shortens a long ADDRESS outside -o wide. */
const ADDRESS_WIDTH = 16;

export function ingressHosts(object: KubeObject): string {
  const rules = ingress(object).spec?.rules ?? [];
  const hosts: string[] = [];
  let more = false;
  // kubectl's formatHosts, counting "more" the way it does (rules past the third host).
  for (const rule of rules) {
    if (hosts.length === MAX_HOSTS) more = true;
    if (!more && rule.host) hosts.push(rule.host);
  }
  if (hosts.length === 0) return "*";
  return more ? `${hosts.join(",")} + ${rules.length - MAX_HOSTS} more...` : hosts.join(",");
}

export function ingressAddress(object: KubeObject, wide: boolean): string {
  const addresses = (ingress(object).status?.loadBalancer?.ingress ?? []).map((entry) => entry.ip || entry.hostname || "").filter((value) => value !== "");
  const text = addresses.join(",");
  return !wide && text.length > ADDRESS_WIDTH ? `${text.slice(0, ADDRESS_WIDTH - 3)}...` : text;
}

/** "80", or "80, 443" once the Ingress terminates TLS. */
export function ingressPorts(object: KubeObject): string {
  return (ingress(object).spec?.tls ?? []).length > 0 ? "80, 443" : "80";
}

export const ingressColumns: Column[] = [
  nameColumn,
  { header: "CLASS", cell: (object) => orNone(ingress(object).spec?.ingressClassName) },
  { header: "HOSTS", cell: ingressHosts },
  { header: "ADDRESS", cell: (object) => ingressAddress(object, false) },
  { header: "PORTS", cell: ingressPorts },
  ageColumn,
];
