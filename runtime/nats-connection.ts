// How every Troupe process connects to NATS: reconnect forever with a short wait (the server or
// cluster member will come back), report connection status in the log, and shut down cleanly on
// SIGTERM/SIGINT by draining first so in-flight requests and published messages are not lost.
import { connect } from "@nats-io/transport-node";
import type { Authenticator, NatsConnection, Status } from "@nats-io/transport-node";
import { createLogger } from "./log.ts";
import type { Logger } from "./log.ts";
import { bindSecureConnection, natsClientSecurityFromEnv, secureConnectionOptions, type NatsClientSecurity } from "./nats-client-security.ts";

export interface NatsConnectOptions {
  servers: string | string[];
  /** Client name shown in the server's connz, e.g. "troupe-scheduler". */
  name: string;
  logger?: Logger;
  /** -1 = never give up. */
  maxReconnectAttempts?: number;
  reconnectTimeWaitMs?: number;
  /** Keep retrying the first connect too, instead of failing when the server is not up yet. */
  waitOnFirstConnect?: boolean;
  /** Per-attempt connect timeout. */
  timeoutMs?: number;
  /**
   * Capture a stack trace at every request, so a later timeout shows its caller (nats.js' default).
   * Off for high-rate clients such as the scheduler, where it costs several percent of the CPU.
   */
  asyncTraces?: boolean;
  /** How the connection authenticates (a creds file, a pod's bearer token); overrides the one `security` names. */
  authenticator?: Authenticator;
  /** The prefix of the reply inboxes: an identity's own (runtime/auth/inbox-prefix.ts). */
  inboxPrefix?: string;
  /**
   * Credentials and TLS files (runtime/nats-client-security.ts). By default from the process'
   * environment (TROUPE_NATS_CREDS, TROUPE_NATS_TLS_CA/CERT/KEY), which is how every Troupe
   * process under `troupe up` or compose gets its own; none at all = a NATS without auth.
   */
  security?: NatsClientSecurity;
}

export interface ResolvedNatsConnectOptions {
  servers: string[];
  name: string;
  logger: Logger;
  maxReconnectAttempts: number;
  reconnectTimeWaitMs: number;
  waitOnFirstConnect: boolean;
  timeoutMs: number;
  asyncTraces: boolean;
  authenticator: Authenticator | undefined;
  inboxPrefix: string | undefined;
  security: NatsClientSecurity;
}

export function resolveNatsConnectOptions(options: NatsConnectOptions): ResolvedNatsConnectOptions {
  return {
    servers: Array.isArray(options.servers) ? options.servers : [options.servers],
    name: options.name,
    logger: options.logger ?? createLogger("nats", { client: options.name }),
    maxReconnectAttempts: options.maxReconnectAttempts ?? -1,
    reconnectTimeWaitMs: options.reconnectTimeWaitMs ?? 250,
    waitOnFirstConnect: options.waitOnFirstConnect ?? false,
    timeoutMs: options.timeoutMs ?? 5000,
    asyncTraces: options.asyncTraces ?? true,
    authenticator: options.authenticator,
    inboxPrefix: options.inboxPrefix,
    security: options.security ?? natsClientSecurityFromEnv(process.env),
  };
}

export async function connectNats(options: NatsConnectOptions): Promise<NatsConnection> {
  const resolved = resolveNatsConnectOptions(options);
  const secure = await secureConnectionOptions(resolved.security);
  const nc = await connect({
    ...secure.options,
    servers: resolved.servers,
    name: resolved.name,
    maxReconnectAttempts: resolved.maxReconnectAttempts,
    reconnectTimeWait: resolved.reconnectTimeWaitMs,
    waitOnFirstConnect: resolved.waitOnFirstConnect,
    timeout: resolved.timeoutMs,
    noAsyncTraces: !resolved.asyncTraces,
    ...(resolved.authenticator ? { authenticator: resolved.authenticator } : {}),
    ...(resolved.inboxPrefix ? { inboxPrefix: resolved.inboxPrefix } : {}),
  });
  bindSecureConnection(nc, secure);
  resolved.logger.info("connected to nats", { server: nc.getServer() });
  void logStatus(nc, resolved.logger);
  return nc;
}

async function logStatus(nc: NatsConnection, logger: Logger): Promise<void> {
  // The iterator ends when the connection closes.
  for await (const status of nc.status()) logOne(logger, status);
}

function logOne(logger: Logger, status: Status): void {
  switch (status.type) {
    case "disconnect":
      // Publishes made until "reconnect" are dropped by nats.js, so this is worth a warning.
      return logger.warn("nats disconnected", { server: status.server });
    case "reconnecting":
      return logger.debug("nats reconnecting");
    case "reconnect":
      return logger.info("nats reconnected", { server: status.server });
    case "ldm":
      return logger.warn("nats server entering lame duck mode", { server: status.server });
    case "error":
      return logger.error("nats async error", { error: status.error });
    case "staleConnection":
      return logger.warn("nats connection stale");
    case "slowConsumer":
      return logger.warn("nats slow consumer", { subject: status.sub.getSubject(), pending: status.pending });
    case "update":
      return logger.debug("nats cluster servers changed", { added: status.added, deleted: status.deleted });
    case "close":
      return logger.info("nats connection closed");
    case "forceReconnect":
      return logger.info("nats reconnect forced");
    case "ping":
      return;
  }
}

export type ShutdownHook = () => void | Promise<void>;

export interface DrainOnSignalsOptions {
  /**
   * Run once, in order, before the connection drains, for work that still needs NATS to end
   * cleanly (a leader releasing its lease). Errors are logged, not fatal.
   */
  beforeDrain?: ShutdownHook[];
  /** Run once, in order, after the connection drained (errors are logged, not fatal). */
  onShutdown?: ShutdownHook[];
  logger?: Logger;
  signals?: NodeJS.Signals[];
  /** Called with the exit code at the end; injectable for tests. */
  exit?: (code: number) => void;
}

export interface ResolvedDrainOnSignalsOptions {
  beforeDrain: ShutdownHook[];
  onShutdown: ShutdownHook[];
  logger: Logger;
  signals: NodeJS.Signals[];
  exit: (code: number) => void;
}

export function resolveDrainOnSignalsOptions(options: DrainOnSignalsOptions = {}): ResolvedDrainOnSignalsOptions {
  return {
    beforeDrain: options.beforeDrain ?? [],
    onShutdown: options.onShutdown ?? [],
    logger: options.logger ?? createLogger("shutdown"),
    signals: options.signals ?? ["SIGTERM", "SIGINT"],
    exit: options.exit ?? ((code) => process.exit(code)),
  };
}

/**
 * On the first of `signals`: run the before-drain hooks, drain `nc`, run the shutdown hooks once, exit 0. Further signals
 * during shutdown are ignored. Returns a function that removes the signal handlers.
 */
export function drainOnSignals(nc: NatsConnection, options: DrainOnSignalsOptions = {}): () => void {
  const resolved = resolveDrainOnSignalsOptions(options);
  let shuttingDown = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (shuttingDown) {
      resolved.logger.warn("shutdown already in progress", { signal });
      return;
    }
    shuttingDown = true;
    resolved.logger.info("shutting down", { signal });
    void shutdown(nc, resolved);
  };
  for (const signal of resolved.signals) process.on(signal, onSignal);
  return () => {
    for (const signal of resolved.signals) process.off(signal, onSignal);
  };
}

async function shutdown(nc: NatsConnection, options: ResolvedDrainOnSignalsOptions): Promise<void> {
  await runHooks(options.beforeDrain, options.logger);
  try {
    if (!nc.isClosed() && !nc.isDraining()) await nc.drain();
  } catch (error) {
    options.logger.error("nats drain failed", { error });
  }
  await runHooks(options.onShutdown, options.logger);
  options.logger.info("shutdown complete");
  options.exit(0);
}

async function runHooks(hooks: ShutdownHook[], logger: Logger): Promise<void> {
  for (const hook of hooks) {
    try {
      await hook();
    } catch (error) {
      logger.error("shutdown hook failed", { error });
    }
  }
}
