// The proxy's listening sockets, kept equal to the planned set: new addresses are bound, removed
// ones closed (closing a listening socket never touches the connections it accepted), and a
// listener whose service port changed keeps its socket and forwards to the new target. Every
// socket uses SO_REUSEPORT so the proxies of several nodes on one host share an address. An
// address that cannot be bound is logged with the reason, counted and retried with back-off.
import { createServer, type Server, type Socket } from "node:net";
import { Backoff, type BackoffOptions } from "../../runtime/backoff.ts";
import type { Logger } from "../../runtime/log.ts";
import { ListenError } from "./errors.ts";
import { listenerKey, type PlannedListener } from "./listener-plan.ts";
import type { ListenFailureReason, ProxyMetrics } from "./metrics.ts";
import { LISTENER_KINDS, type ListenerKind, type ServicePortRef } from "./types.ts";

export type ListenerState = "binding" | "listening" | "waiting_to_retry";

export interface ListenerStatus {
  readonly address: string;
  readonly port: number;
  readonly kind: ListenerKind;
  readonly target: ServicePortRef;
  readonly state: ListenerState;
  /** Why the last bind failed (an errno code such as EADDRINUSE), while waiting to retry. */
  readonly lastError?: string;
}

export interface ListenerSetOptions {
  listenRetry: BackoffOptions;
  keepAliveInitialDelayMs: number;
}

export interface ListenerChanges {
  opened: number;
  closed: number;
  retargeted: number;
}

interface Listener {
  readonly address: string;
  readonly port: number;
  kind: ListenerKind;
  target: ServicePortRef;
  state: ListenerState;
  lastError?: string;
  server?: Server;
  retryTimer?: NodeJS.Timeout;
  readonly backoff: Backoff;
  closed: boolean;
}

export class ListenerSet {
  readonly #options: ListenerSetOptions;
  readonly #metrics: ProxyMetrics;
  readonly #logger: Logger;
  readonly #onConnection: (socket: Socket, target: ServicePortRef) => void;
  readonly #listeners = new Map<string, Listener>();

  constructor(options: ListenerSetOptions, metrics: ProxyMetrics, logger: Logger, onConnection: (socket: Socket, target: ServicePortRef) => void) {
    this.#options = options;
    this.#metrics = metrics;
    this.#logger = logger;
    this.#onConnection = onConnection;
  }

  status(): ListenerStatus[] {
    return [...this.#listeners.values()].map(({ address, port, kind, target, state, lastError }) => ({ address, port, kind, target, state, lastError }));
  }

  /** Makes the listeners match `planned`; binding happens in the background. */
  apply(planned: readonly PlannedListener[]): ListenerChanges {
    const changes: ListenerChanges = { opened: 0, closed: 0, retargeted: 0 };
    const wanted = new Map(planned.map((listener) => [listenerKey(listener), listener]));
    for (const [key, listener] of this.#listeners) {
      if (wanted.has(key)) continue;
      this.#close(listener);
      this.#listeners.delete(key);
      changes.closed++;
    }
    for (const [key, plan] of wanted) {
      const existing = this.#listeners.get(key);
      if (existing) {
        if (existing.kind !== plan.kind || existing.target.service !== plan.target.service || existing.target.portName !== plan.target.portName) {
          existing.kind = plan.kind;
          existing.target = plan.target;
          changes.retargeted++;
        }
        continue;
      }
      const listener: Listener = {
        address: plan.address,
        port: plan.port,
        kind: plan.kind,
        target: plan.target,
        state: "binding",
        backoff: new Backoff(this.#options.listenRetry),
        closed: false,
      };
      this.#listeners.set(key, listener);
      this.#bind(listener);
      changes.opened++;
    }
    this.#updateGauge();
    return changes;
  }

  /** Stops accepting on every address; forwarded connections are the forwarder's to close. */
  stop(): void {
    for (const listener of this.#listeners.values()) this.#close(listener);
    this.#listeners.clear();
    this.#updateGauge();
  }

  #bind(listener: Listener): void {
    listener.state = "binding";
    const server = createServer({ allowHalfOpen: true, noDelay: true, keepAlive: true, keepAliveInitialDelay: this.#options.keepAliveInitialDelayMs }, (socket) =>
      this.#onConnection(socket, listener.target),
    );
    listener.server = server;
    server.once("error", (error) => {
      if (listener.state === "binding") this.#bindFailed(listener, error);
    });
    server.listen({ host: listener.address, port: listener.port, reusePort: true }, () => {
      if (listener.closed) return void server.close();
      listener.state = "listening";
      listener.lastError = undefined;
      listener.backoff.reset();
      // After the bind, errors are accept failures (EMFILE, ...): the socket keeps listening.
      server.on("error", (error) => this.#logger.warn("listener error", { address: listener.address, port: listener.port, error }));
      this.#logger.info("listening", { address: listener.address, port: listener.port, kind: listener.kind, service: listener.target.service, servicePort: listener.target.portName });
      this.#updateGauge();
    });
  }

  #bindFailed(listener: Listener, cause: Error): void {
    listener.server = undefined;
    if (listener.closed) return;
    const code = (cause as NodeJS.ErrnoException).code ?? "unknown";
    const delayMs = listener.backoff.next();
    this.#metrics.listenFailure(listener.kind, listenFailureReason(code));
    const error = new ListenError(listener.address, listener.port, cause);
    const fields = { address: listener.address, port: listener.port, kind: listener.kind, service: listener.target.service, reason: code, retryInMs: delayMs, error };
    // The first failure (and a change of reason) is a warning; repeats of the same one are debug noise.
    if (listener.lastError !== code) this.#logger.warn(`cannot listen: ${describeListenFailure(code)}; retrying`, fields);
    else this.#logger.debug("cannot listen; retrying", fields);
    listener.state = "waiting_to_retry";
    listener.lastError = code;
    listener.retryTimer = setTimeout(() => this.#bind(listener), delayMs);
  }

  #close(listener: Listener): void {
    listener.closed = true;
    clearTimeout(listener.retryTimer);
    const server = listener.server;
    listener.server = undefined;
    // A server still binding closes itself in its listen callback.
    if (!server?.listening) return;
    this.#logger.info("stopped listening", { address: listener.address, port: listener.port, kind: listener.kind, service: listener.target.service });
    // close() only stops accepting: the connections it accepted belong to the forwarder and go on.
    server.close();
  }

  #updateGauge(): void {
    const counts = new Map<ListenerKind, number>(LISTENER_KINDS.map((kind) => [kind, 0]));
    for (const listener of this.#listeners.values()) {
      if (listener.state === "listening") counts.set(listener.kind, (counts.get(listener.kind) ?? 0) + 1);
    }
    for (const [kind, count] of counts) this.#metrics.listeners.set({ kind }, count);
  }
}

function listenFailureReason(code: string): ListenFailureReason {
  if (code === "EADDRINUSE") return "address_in_use";
  if (code === "EACCES") return "permission_denied";
  if (code === "EADDRNOTAVAIL") return "address_not_available";
  return "other";
}

function describeListenFailure(code: string): string {
  if (code === "EADDRINUSE") return "the address is in use by a socket without SO_REUSEPORT";
  if (code === "EACCES") return "ports below 1024 need root (or CAP_NET_BIND_SERVICE)";
  if (code === "EADDRNOTAVAIL") return "the address is not on this machine";
  return code;
}
