// What the node tells every container about where it runs: its pod's identity and address, the
// cluster's NATS and DNS servers, and (unless enableServiceLinks is false) the service variables.
import type { Pod } from "../pod/container-spec.ts";
import { serviceLinksEnv, type Service } from "./service-env.ts";

export interface PodEnvInput {
  pod: Pod;
  podIP: string;
  /** TROUPE_NATS_URL; omitted when empty. */
  natsUrl: string;
  /** TROUPE_NATS_CREDS and TROUPE_NATS_TLS_*: the pod's NATS identity (until ServiceAccount tokens, a shared workload one). */
  natsSecurityEnv?: Record<string, string>;
  clusterDns: string;
  /** The Services of the pod's namespace at container start. */
  services: Service[];
  /** The node's trace collector (OTEL_EXPORTER_OTLP_ENDPOINT); omitted when empty. */
  otlpEndpoint?: string;
}

/** `--import` of the hook that resolves `@troupe/sdk` (runtime/mesh/sdk-hooks.ts) in Node workloads. */
export const SDK_NODE_OPTIONS = `--import=${new URL("../../../runtime/mesh/sdk-hooks.ts", import.meta.url).href}`;

/**
 * Lowest precedence first: service variables, then Troupe's. The container's own env (applied
 * after, by containerSpec) wins over all of them, so a manifest's downward-API POD_IP is kept.
 */
export function podEnv(input: PodEnvInput): Record<string, string> {
  const { pod, podIP } = input;
  const links = pod.spec?.enableServiceLinks === false ? {} : serviceLinksEnv(input.services);
  return {
    ...links,
    // Kubernetes gives POD_IP only through the downward API; Troupe gives it to every container
    // because apps are told to listen on $POD_IP:$PORT (docs/networking.md).
    POD_IP: podIP,
    TROUPE_POD_IP: podIP,
    TROUPE_POD_NAME: pod.metadata?.name ?? "",
    TROUPE_NAMESPACE: pod.metadata?.namespace ?? "default",
    TROUPE_DNS_SERVER: `${input.clusterDns}:53`,
    ...(input.natsUrl ? { TROUPE_NATS_URL: input.natsUrl, ...input.natsSecurityEnv } : {}),
    // Node workloads import the mesh SDK as "@troupe/sdk"; a container setting its own
    // NODE_OPTIONS replaces this and adds $(TROUPE_SDK_NODE_OPTIONS) to keep it.
    NODE_OPTIONS: SDK_NODE_OPTIONS,
    TROUPE_SDK_NODE_OPTIONS: SDK_NODE_OPTIONS,
    // As the OpenTelemetry operator does: spans of the pods go where the node's go.
    ...(input.otlpEndpoint ? { OTEL_EXPORTER_OTLP_ENDPOINT: input.otlpEndpoint } : {}),
  };
}
