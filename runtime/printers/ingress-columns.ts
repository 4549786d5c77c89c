// Columns of Ingress, as kubectl prints them (printIngress): NAME CLASS HOSTS ADDRESS PORTS AGE.
import type { KubeObject } from "../api-client.ts";
import { ageColumn, column, nameColumn, NONE, type Column } from "./column.ts";
import { loadBalancerAddresses } from "./service-columns.ts";

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
  return loadBalancerAddresses(ingress(object).status?.loadBalancer?.ingress, wide);
}

/** "80", or "80, 443" once the Ingress terminates TLS. */
export function ingressPorts(object: KubeObject): string {
  return (ingress(object).spec?.tls ?? []).length > 0 ? "80, 443" : "80";
}

export const ingressColumns: Column[] = [
  nameColumn,
  column("Class", "The name of the IngressClass resource that should be used for additional configuration", (object) => ingress(object).spec?.ingressClassName ?? NONE),
  column("Hosts", "Hosts that incoming requests are matched against before the ingress rule", ingressHosts),
  // The CLI shortens a long address outside -o wide, as Kubernetes' printer does for narrow
  // output; kube-api renders wide, as kube-apiserver renders every table.
  column("Address", "Address is a list containing ingress points for the load-balancer", (object, { wide }) => ingressAddress(object, wide)),
  column("Ports", "Ports of TLS configurations that open", ingressPorts),
  ageColumn,
];
