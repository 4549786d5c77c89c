// The environment a Troupe pod gets (docs/networking.md): where NATS is, which namespace the
// pod runs in, which port to serve health and metrics on. The SDK's only reader of process.env.
import { createLogger, parseLogLevel } from "../log.ts";
import type { MeshOptions } from "./options.ts";

export interface MeshEnvironment {
  options: MeshOptions;
  /** Port for /healthz, /readyz and /metrics: TROUPE_METRICS_PORT, else PORT; undefined if neither. */
  healthPort: number | undefined;
  healthHost: string;
  /** Where spans go (OTEL_EXPORTER_OTLP_ENDPOINT); none when unset. */
  otlpEndpoint: string | undefined;
  /** The name spans carry: TROUPE_SERVICE_NAME, else the pod's name. */
  serviceName: string;
}

/** The token file the kubelet names for a pod's container (TROUPE_SERVICE_ACCOUNT_TOKEN_FILE). */
export function serviceAccountTokenFileOfEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.TROUPE_SERVICE_ACCOUNT_TOKEN_FILE || undefined;
}

export function meshEnvironment(env: NodeJS.ProcessEnv = process.env): MeshEnvironment {
  const port = env.TROUPE_METRICS_PORT || env.PORT;
  return {
    options: {
      ...(env.TROUPE_NATS_URL ? { servers: env.TROUPE_NATS_URL.split(",") } : {}),
      ...(env.TROUPE_NAMESPACE ? { namespace: env.TROUPE_NAMESPACE } : {}),
      ...(env.TROUPE_SERVICE_NAME ? { name: env.TROUPE_SERVICE_NAME } : {}),
      ...(env.TROUPE_SERVICE_ACCOUNT_TOKEN_FILE ? { tokenFile: env.TROUPE_SERVICE_ACCOUNT_TOKEN_FILE } : {}),
      logger: createLogger("mesh", { service: env.TROUPE_SERVICE_NAME ?? "troupe-mesh" }, { level: parseLogLevel(env.TROUPE_LOG_LEVEL) }),
    },
    healthPort: port ? Number(port) : undefined,
    // Probes reach the pod on its address, not only on loopback.
    healthHost: env.TROUPE_METRICS_HOST || "0.0.0.0",
    otlpEndpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT || undefined,
    serviceName: env.TROUPE_SERVICE_NAME || env.TROUPE_POD_NAME || "troupe-mesh",
  };
}
