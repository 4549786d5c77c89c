// Prometheus metrics of the cluster DNS server. Labels are bounded: the query type among the
// common ones (others are "other") and the result, never the name asked.
import { Counter, type Registry } from "prom-client";

export const DNS_QUERY_TYPES = ["A", "AAAA", "SRV", "PTR", "CNAME", "TXT", "MX", "NS", "SOA", "ANY", "other"] as const;
export type DnsQueryType = (typeof DNS_QUERY_TYPES)[number];

/**
 * noerror/nxdomain: answered from the cluster records; forwarded: answered by an upstream;
 * servfail: no upstream answered; formerr/notimp: a query we could not or would not parse;
 * dropped: not answered at all (too short, a response, an oversized TCP frame).
 */
export const DNS_QUERY_RESULTS = ["noerror", "nxdomain", "forwarded", "servfail", "formerr", "notimp", "dropped"] as const;
export type DnsQueryResult = (typeof DNS_QUERY_RESULTS)[number];

export interface DnsMetrics {
  readonly queries: Counter<"type" | "result">;
}

const QUERIES = "troupe_dns_queries_total";

export function dnsQueryTypeLabel(type: string | undefined): DnsQueryType {
  return (DNS_QUERY_TYPES as readonly string[]).includes(type ?? "") ? (type as DnsQueryType) : "other";
}

/** The DNS metrics on `registry`, shared if another server registered them there already. */
export function createDnsMetrics(registry: Registry): DnsMetrics {
  const existing = registry.getSingleMetric(QUERIES) as Counter<"type" | "result"> | undefined;
  if (existing) return { queries: existing };
  const queries = new Counter({
    name: QUERIES,
    help: "DNS queries the cluster DNS server handled, by query type and result.",
    labelNames: ["type", "result"] as const,
    registers: [registry],
  });
  for (const type of DNS_QUERY_TYPES) for (const result of DNS_QUERY_RESULTS) queries.inc({ type, result }, 0);
  return { queries };
}
