// The node proxy as the environment configures it, for the process that hosts it: its own
// (services/proxy/main.ts) or the kubelet's (TROUPE_KUBELET_PROXY=1, as k3s' agent runs
// kube-proxy next to the kubelet), which saves a Node.js process per node.
//   TROUPE_NODE_ADDRESS (127.0.0.1), TROUPE_PROXY_CONNECT_TIMEOUT_MS (1000),
//   TROUPE_CLUSTER_DNS (127.77.0.10[:53], "off" = none), TROUPE_CLUSTER_DOMAIN (cluster.local),
//   TROUPE_INGRESS_PORT (8080, "off" = none), TROUPE_STATE_REPLICAS (1).
import type { NatsConnection } from "@nats-io/transport-node";
import type { Registry } from "prom-client";
import type { Logger } from "../../runtime/log.ts";
import type { ProxyCompanionFactory } from "./companion.ts";
import { dnsCompanion } from "./dns/dns-companion.ts";
import { ingressCompanion } from "./ingress/ingress-companion.ts";
import { NodeProxy } from "./node-proxy.ts";

export function companionsFromEnv(env: NodeJS.ProcessEnv): ProxyCompanionFactory[] {
  const companions: ProxyCompanionFactory[] = [];
  if (env.TROUPE_CLUSTER_DNS !== "off") {
    const [address, port] = (env.TROUPE_CLUSTER_DNS ?? "").split(":");
    companions.push(dnsCompanion({ address: address || undefined, port: port ? Number(port) : undefined, domain: env.TROUPE_CLUSTER_DOMAIN || undefined }));
  }
  if (env.TROUPE_INGRESS_PORT !== "off") companions.push(ingressCompanion({ port: Number(env.TROUPE_INGRESS_PORT ?? 8080) }));
  return companions;
}

export interface HostedProxyDeps {
  nc: NatsConnection;
  registry: Registry;
  logger: Logger;
}

export function startProxyFromEnv(deps: HostedProxyDeps, nodeName: string, env: NodeJS.ProcessEnv): Promise<NodeProxy> {
  return NodeProxy.start(
    { ...deps, companions: companionsFromEnv(env) },
    {
      nodeName,
      nodeAddress: env.TROUPE_NODE_ADDRESS,
      connectTimeoutMs: env.TROUPE_PROXY_CONNECT_TIMEOUT_MS ? Number(env.TROUPE_PROXY_CONNECT_TIMEOUT_MS) : undefined,
      stateReplicas: env.TROUPE_STATE_REPLICAS ? Number(env.TROUPE_STATE_REPLICAS) : undefined,
    },
  );
}
