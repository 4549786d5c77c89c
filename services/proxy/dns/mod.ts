// The cluster DNS server, for the node proxy to host.
export { ClusterDnsServer } from "./cluster-dns-server.ts";
export { informerRecordSource } from "./informer-record-source.ts";
export {
  CLUSTER_DNS_ADDRESS, CLUSTER_DOMAIN, InvalidClusterDnsServerOptionsError, resolveClusterDnsServerOptions,
  type ClusterDnsServerOptions, type ResolvedClusterDnsServerOptions,
} from "./options.ts";
export type { DnsEndpoints, DnsRecordSource, DnsService } from "./types.ts";
export { InvalidUpstreamError } from "./upstream-forwarder.ts";
