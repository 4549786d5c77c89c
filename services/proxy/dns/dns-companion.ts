// Runs the cluster DNS server with the node proxy, answering from the proxy's caches.
import type { ProxyCompanion, ProxyCompanionFactory } from "../companion.ts";
import { retryingCompanion } from "../retrying-companion.ts";
import { ClusterDnsServer } from "./cluster-dns-server.ts";
import { CLUSTER_DNS_ADDRESS } from "./options.ts";

export interface DnsCompanionOptions {
  address?: string;
  port?: number;
  domain?: string;
}

export function dnsCompanion(options: DnsCompanionOptions = {}): ProxyCompanionFactory {
  return (context): ProxyCompanion => {
    const server = new ClusterDnsServer({
      address: options.address,
      port: options.port,
      domain: options.domain,
      records: { service: (namespace, name) => context.services.get(namespace, name), endpoints: (namespace, name) => context.endpoints.get(namespace, name) },
      logger: context.logger,
      registry: context.registry,
    });
    return retryingCompanion({ what: "cluster DNS", start: () => server.start(), stop: () => server.stop(), logger: context.logger, fields: { address: options.address ?? CLUSTER_DNS_ADDRESS, port: options.port ?? 53 } });
  };
}
