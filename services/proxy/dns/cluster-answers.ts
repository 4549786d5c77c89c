// The pure answer builder: the records a question about a cluster name gets, from the Services
// and Endpoints the record source holds. Follows the Kubernetes DNS specification (and CoreDNS'
// kubernetes plugin): A for a Service is its cluster IP, or its ready endpoints' IPs when it is
// headless; SRV per named port; a name that exists but has no record of the asked type gets an
// empty NOERROR (so AAAA lookups of an IPv4-only cluster fail fast); a name that does not exist
// is NXDOMAIN.
import type { Answer, Question } from "dns-packet";
import { dashedIp, type ClusterName } from "./cluster-names.ts";
import type { DnsEndpoints, DnsRecordSource, DnsService } from "./types.ts";

export interface ClusterAnswer {
  rcode: "NOERROR" | "NXDOMAIN";
  answers: Answer[];
  additionals: Answer[];
}

export interface AnswerContext {
  records: DnsRecordSource;
  /** The cluster domain, e.g. cluster.local. */
  domain: string;
  ttl: number;
}

const NXDOMAIN: ClusterAnswer = { rcode: "NXDOMAIN", answers: [], additionals: [] };
const noData = (): ClusterAnswer => ({ rcode: "NOERROR", answers: [], additionals: [] });

interface Target {
  /** The SRV target and A record name: <host>.<svc>.<ns>.svc.<domain>. */
  name: string;
  ip: string;
  port: number;
}

export function answerClusterQuestion(question: Question, name: ClusterName, context: AnswerContext): ClusterAnswer {
  if (name.kind === "unknown") return NXDOMAIN;
  const service = context.records.service(name.namespace, name.service);
  if (!service) return NXDOMAIN;
  const endpoints = context.records.endpoints(name.namespace, name.service);
  // ANY (not in the type list of @types/dns-packet) gets what A gets.
  const type = (question.type as string) === "ANY" ? "A" : question.type;
  const record = (recordType: "A" | "CNAME", data: string, recordName = question.name): Answer => ({ type: recordType, name: recordName, ttl: context.ttl, class: "IN", data });

  if (service.spec?.type === "ExternalName") {
    // An alias: the client resolves the external name itself.
    if (name.kind !== "service") return NXDOMAIN;
    return type === "SRV" ? noData() : { rcode: "NOERROR", answers: [record("CNAME", service.spec.externalName ?? "")], additionals: [] };
  }

  if (name.kind === "endpoint") {
    const ips = distinct(readyAddresses(endpoints).filter((address) => (address.hostname || dashedIp(address.ip ?? "")) === name.host).map((address) => address.ip ?? ""));
    if (ips.length === 0) return NXDOMAIN;
    return type === "A" ? { rcode: "NOERROR", answers: ips.map((ip) => record("A", ip)), additionals: [] } : noData();
  }

  const targets = srvTargets(service, endpoints, name, context.domain);
  if (name.kind === "port") {
    if (targets === undefined) return NXDOMAIN;
    if (type !== "SRV") return noData();
  }
  if (type === "SRV") {
    const found = targets ?? [];
    const weight = found.length > 0 ? Math.max(1, Math.floor(100 / found.length)) : 0;
    return {
      rcode: "NOERROR",
      answers: found.map((target): Answer => ({ type: "SRV", name: question.name, ttl: context.ttl, class: "IN", data: { priority: 0, weight, port: target.port, target: target.name } })),
      additionals: distinctBy(found, (target) => `${target.name} ${target.ip}`).map((target) => record("A", target.ip, target.name)),
    };
  }
  if (type !== "A") return noData();
  const ips = isHeadless(service) ? distinct(readyAddresses(endpoints).map((address) => address.ip ?? "")) : [service.spec?.clusterIP ?? ""].filter(Boolean);
  return { rcode: "NOERROR", answers: ips.map((ip) => record("A", ip)), additionals: [] };
}

function isHeadless(service: DnsService): boolean {
  return service.spec?.clusterIP === "None";
}

function readyAddresses(endpoints: DnsEndpoints | undefined) {
  return (endpoints?.subsets ?? []).flatMap((subset) => subset.addresses ?? []);
}

/**
 * The SRV targets of the Service's ports (only those named `port`/`protocol` for a port name;
 * undefined when the Service has no such port): the Service's own name and port for a Service
 * with a cluster IP; every ready endpoint, with its port, for a headless one.
 */
function srvTargets(service: DnsService, endpoints: DnsEndpoints | undefined, name: ClusterName, domain: string): Target[] | undefined {
  if (name.kind !== "service" && name.kind !== "port") return [];
  const wanted = (portName: string | null | undefined, protocol: string | null | undefined) =>
    name.kind === "service" ? Boolean(portName) : portName === name.port && (protocol || "TCP") === name.protocol;
  const serviceName = `${name.service}.${name.namespace}.svc.${domain}`;
  const ports = (service.spec?.ports ?? []).filter((port) => wanted(port.name, port.protocol));
  if (name.kind === "port" && ports.length === 0) return undefined;
  if (!isHeadless(service)) return ports.map((port) => ({ name: serviceName, ip: service.spec?.clusterIP ?? "", port: port.port ?? 0 }));
  const targets: Target[] = [];
  for (const subset of endpoints?.subsets ?? []) {
    for (const port of (subset.ports ?? []).filter((candidate) => wanted(candidate.name, candidate.protocol))) {
      for (const address of subset.addresses ?? []) {
        const ip = address.ip ?? "";
        targets.push({ name: `${address.hostname || dashedIp(ip)}.${serviceName}`, ip, port: port.port ?? 0 });
      }
    }
  }
  return targets;
}

function distinct(values: string[]): string[] {
  return [...new Set(values.filter(Boolean))];
}

function distinctBy<T>(values: T[], key: (value: T) => string): T[] {
  const seen = new Set<string>();
  return values.filter((value) => !seen.has(key(value)) && Boolean(seen.add(key(value))));
}
