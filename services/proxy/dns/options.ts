// Options of the cluster DNS server, with the defaults of docs/networking.md.
import type { Registry } from "prom-client";
import type { Logger } from "../../../runtime/log.ts";
import type { DnsRecordSource } from "./types.ts";

/** The cluster DNS address: the 10th address of the service range, as in Kubernetes. */
export const CLUSTER_DNS_ADDRESS = "127.77.0.10";
export const CLUSTER_DOMAIN = "cluster.local";

export interface ClusterDnsServerOptions {
  /** The address both sockets bind (default 127.77.0.10). */
  address?: string;
  /** Default 53; 0 picks a free port (tests). */
  port?: number;
  /** The cluster domain (default cluster.local). */
  domain?: string;
  /**
   * Resolvers for names outside the cluster ("ip", "ip:port", "[v6]:port"). Default: the
   * nameservers of `resolvConfPath`, except our own address.
   */
  upstreams?: string[];
  resolvConfPath?: string;
  /** Where cluster records come from (the host's informers). */
  records: DnsRecordSource;
  /** TTL of cluster records (default 5 s: clients notice endpoint changes quickly). */
  ttlSeconds?: number;
  /** How long one upstream may take before the next is asked (default 2 s). */
  upstreamTimeoutMs?: number;
  /** Larger TCP frames close the connection (default 4096: a query is one question). */
  maxTcpQueryBytes?: number;
  /** An idle TCP connection is closed after this long (default 10 s). */
  tcpIdleTimeoutMs?: number;
  logger?: Logger;
  registry?: Registry;
}

export interface ResolvedClusterDnsServerOptions {
  address: string;
  port: number;
  domain: string;
  upstreams: string[] | undefined;
  resolvConfPath: string;
  records: DnsRecordSource;
  ttlSeconds: number;
  upstreamTimeoutMs: number;
  maxTcpQueryBytes: number;
  tcpIdleTimeoutMs: number;
  logger: Logger | undefined;
  registry: Registry | undefined;
}

export class InvalidClusterDnsServerOptionsError extends Error {
  override name = "InvalidClusterDnsServerOptionsError";
  readonly code = "INVALID_CLUSTER_DNS_OPTIONS";
  readonly option: string;
  constructor(option: string, message: string) {
    super(`cluster DNS option ${option}: ${message}`);
    this.option = option;
  }
}

export function resolveClusterDnsServerOptions(options: ClusterDnsServerOptions): ResolvedClusterDnsServerOptions {
  const resolved: ResolvedClusterDnsServerOptions = {
    address: options.address ?? CLUSTER_DNS_ADDRESS,
    port: options.port ?? 53,
    domain: (options.domain ?? CLUSTER_DOMAIN).toLowerCase().replace(/^\.|\.$/g, ""),
    upstreams: options.upstreams,
    resolvConfPath: options.resolvConfPath ?? "/etc/resolv.conf",
    records: options.records,
    ttlSeconds: options.ttlSeconds ?? 5,
    upstreamTimeoutMs: options.upstreamTimeoutMs ?? 2000,
    maxTcpQueryBytes: options.maxTcpQueryBytes ?? 4096,
    tcpIdleTimeoutMs: options.tcpIdleTimeoutMs ?? 10_000,
    logger: options.logger,
    registry: options.registry,
  };
  if (!Number.isInteger(resolved.port) || resolved.port < 0 || resolved.port > 65535) throw new InvalidClusterDnsServerOptionsError("port", "must be 0-65535");
  if (!resolved.domain) throw new InvalidClusterDnsServerOptionsError("domain", "must not be empty");
  for (const option of ["ttlSeconds", "upstreamTimeoutMs", "maxTcpQueryBytes", "tcpIdleTimeoutMs"] as const) {
    if (!(Number.isFinite(resolved[option]) && resolved[option] > 0)) throw new InvalidClusterDnsServerOptionsError(option, "must be a number > 0");
  }
  return resolved;
}
