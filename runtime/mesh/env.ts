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

/** TROUPE_MESH_METRICS_INTERVAL: "1s", "500ms", a number of ms, or "off". */
export function parseReportInterval(value: string): number | false {
  if (value === "off" || value === "0") return false;
  const match = /^(\d+(?:\.\d+)?)(ms|s)?$/.exec(value);
  const ms = match ? Number(match[1]) * (match[2] === "s" ? 1000 : 1) : Number.NaN;
  if (!(ms >= 100)) throw new Error(`TROUPE_MESH_METRICS_INTERVAL must be a duration of at least 100ms ("1s", "500ms") or "off", not "${value}"`);
  return ms;
}

export function meshEnvironment(env: NodeJS.ProcessEnv = process.env): MeshEnvironment {
  const port = env.TROUPE_METRICS_PORT || env.PORT;
  return {
    options: {
      ...(env.TROUPE_NATS_URL ? { servers: env.TROUPE_NATS_URL.split(",") } : {}),
      ...(env.TROUPE_NAMESPACE ? { namespace: env.TROUPE_NAMESPACE } : {}),
      ...(env.TROUPE_SERVICE_NAME ? { name: env.TROUPE_SERVICE_NAME } : {}),
      ...(env.TROUPE_SERVICE_ACCOUNT_TOKEN_FILE ? { tokenFile: env.TROUPE_SERVICE_ACCOUNT_TOKEN_FILE } : {}),
      ...(env.TROUPE_POD_NAME ? { pod: env.TROUPE_POD_NAME } : {}),
      ...(env.TROUPE_MESH_METRICS_INTERVAL ? { metricsReportIntervalMs: parseReportInterval(env.TROUPE_MESH_METRICS_INTERVAL) } : {}),
      logger: createLogger("mesh", { service: env.TROUPE_SERVICE_NAME ?? "troupe-mesh" }, { level: parseLogLevel(env.TROUPE_LOG_LEVEL) }),
    },
    healthPort: port ? Number(port) : undefined,
    // Probes reach the pod on its address, not only on loopback.
    healthHost: env.TROUPE_METRICS_HOST || "0.0.0.0",
    otlpEndpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT || undefined,
    serviceName: env.TROUPE_SERVICE_NAME || env.TROUPE_POD_NAME || "troupe-mesh",
  };
}
