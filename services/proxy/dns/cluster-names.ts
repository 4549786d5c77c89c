// Which cluster record a query name asks for (the Kubernetes DNS specification's schema):
//   <svc>.<ns>.svc.<domain>                      the Service
//   <host>.<svc>.<ns>.svc.<domain>               one endpoint (hostname, or dashed IP)
//   _<port>._<proto>.<svc>.<ns>.svc.<domain>     SRV of a named port
// each also without `.<domain>` (`web.default.svc`). Names under the domain or ending in `.svc`
// belong to the cluster zone; other names are not ours and are forwarded.

export type ClusterName =
  | { kind: "service"; namespace: string; service: string }
  | { kind: "endpoint"; namespace: string; service: string; host: string }
  | { kind: "port"; namespace: string; service: string; port: string; protocol: string }
  /** Inside the cluster zone, but no record can have this shape: NXDOMAIN. */
  | { kind: "unknown" };

/** Lower-cased, without the root dot: the form names are compared in. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/\.$/, "");
}

/** The cluster record `name` asks for, or undefined when the name is outside the cluster zone. */
export function parseClusterName(name: string, domain: string): ClusterName | undefined {
  const normalized = normalizeName(name);
  const zone = normalizeName(domain);
  let rest: string;
  if (normalized === zone) return { kind: "unknown" };
  if (normalized.endsWith(`.${zone}`)) rest = normalized.slice(0, -(zone.length + 1));
  else if (normalized === "svc" || normalized.endsWith(".svc")) rest = normalized;
  else return undefined;
  const labels = rest.split(".");
  if (labels.pop() !== "svc" || labels.some((label) => label === "")) return { kind: "unknown" };
  if (labels.length === 2) return { kind: "service", service: labels[0], namespace: labels[1] };
  if (labels.length === 3 && !labels[0].startsWith("_")) return { kind: "endpoint", host: labels[0], service: labels[1], namespace: labels[2] };
  if (labels.length === 4 && labels[0].startsWith("_") && labels[1].startsWith("_")) {
    return { kind: "port", port: labels[0].slice(1), protocol: labels[1].slice(1).toUpperCase(), service: labels[2], namespace: labels[3] };
  }
  return { kind: "unknown" };
}

/** The name of an endpoint without a hostname: its IP with dashes (10-0-0-1), as CoreDNS does. */
export function dashedIp(ip: string): string {
  return ip.replaceAll(".", "-").replaceAll(":", "-");
}
