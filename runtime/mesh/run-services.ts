// The whole main() of a mesh service pod: connect from the environment, serve the services,
// serve /healthz /readyz /metrics when a port is given, drain and exit on SIGTERM.
import { drainOnSignals } from "../nats-connection.ts";
import { startTelemetry } from "../telemetry.ts";
import { meshEnvironment } from "./env.ts";
import { Mesh } from "./mesh.ts";
import type { MeshOptions } from "./options.ts";
import type { ServiceDefinition } from "./service-definition.ts";
import type { Handlers } from "./types.ts";

export interface RunServicesOptions extends MeshOptions {
  /** Health and metrics port (default TROUPE_METRICS_PORT or PORT; none when neither is set). */
  healthPort?: number;
  healthHost?: string;
  /** Install the SIGTERM/SIGINT drain (default true). */
  handleSignals?: boolean;
  /** The services' own readiness: while it fails they leave their queue groups (Mesh.gateOnReadiness). */
  ready?: () => boolean | Promise<boolean>;
  readyIntervalMs?: number;
}

export async function runServices(services: ServiceDefinition<Handlers>[], options: RunServicesOptions = {}): Promise<Mesh> {
  const env = meshEnvironment();
  // Spans leave the pod only when the node names a collector; otherwise tracing costs nothing.
  const telemetry = await startTelemetry({ serviceName: services.map((service) => service.name).join("+") || env.serviceName, otlpEndpoint: env.otlpEndpoint });
  const mesh = await Mesh.connect({ ...env.options, ...options });

  for (const service of services) await mesh.serve(service);
  if (options.ready) mesh.gateOnReadiness(options.ready, options.readyIntervalMs);
  const healthPort = options.healthPort ?? env.healthPort;
  if (healthPort !== undefined) await mesh.serveHealth({ port: healthPort, host: options.healthHost ?? env.healthHost });
  if (options.handleSignals ?? true) {
    drainOnSignals(mesh.nc, { beforeDrain: [() => mesh.stop()], onShutdown: [() => telemetry.shutdown()], logger: mesh.logger });
  }
  return mesh;
}
