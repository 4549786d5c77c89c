// A Mesh is this process's place on the mesh: one NATS connection and namespace shared by the
// services it serves (serve), the calls it makes (call, client), and the events it publishes
// and handles (emit, publishDurable, on). It owns readiness (every service subscribed, nothing
// draining), the optional /healthz /readyz /metrics server, and the drain on stop or SIGTERM.
import type { NatsConnection } from "@nats-io/transport-node";
import type { Registry } from "prom-client";
import { startHealthServer } from "../health-server.ts";
import type { HealthServer } from "../health-server.ts";
import type { Logger } from "../log.ts";
import { connectNats, drainOnSignals } from "../nats-connection.ts";
import { observeNatsConnection } from "../nats-connection-metrics.ts";
import { emitEvent, subscribeEvents } from "./core-events.ts";
import { DurableEvents } from "./durable-events.ts";
import { meshEnvironment, serviceAccountTokenFileOfEnv } from "./env.ts";
import { MeshClient } from "./mesh-client.ts";
import { createMeshMetrics } from "./metrics.ts";
import type { MeshMetrics } from "./metrics.ts";
import { checkNamespace } from "./names.ts";
import { resolveMeshOptions } from "./options.ts";
import type { MeshOptions, ResolvedMeshOptions } from "./options.ts";
import { MetricsReporter } from "./metrics-reporter.ts";
import { ServedService } from "./served-service.ts";
import { connectAsServiceAccount, serviceAccountTokenFile } from "./service-account.ts";
import type { ServiceDefinition } from "./service-definition.ts";
import type { CallOptions, EmitOptions, EventHandler, Handlers, MeshApi, ServiceClient, SubscribeOptions, Subscription } from "./types.ts";

export interface HealthOptions {
  port: number;
  host?: string;
}

export class Mesh implements MeshApi {
  readonly nc: NatsConnection;
  readonly namespace: string;
  readonly registry: Registry;
  readonly logger: Logger;
  readonly #ownsConnection: boolean;
  readonly #metrics: MeshMetrics;
  readonly #client: MeshClient;
  readonly #durable: DurableEvents;
  readonly #services: ServedService[] = [];
  readonly #reporter: MetricsReporter | undefined;
  readonly #subscriptions = new Set<Subscription>();
  #health: HealthServer | undefined;
  #readinessTimer: NodeJS.Timeout | undefined;
  #stopping = false;
  #stopped: Promise<void> | undefined;

  private constructor(nc: NatsConnection, options: ResolvedMeshOptions, ownsConnection: boolean) {
    this.nc = nc;
    this.namespace = options.namespace;
    this.registry = options.registry;
    this.logger = options.logger;
    this.#ownsConnection = ownsConnection;
    this.#metrics = createMeshMetrics(options.registry);
    // A connection the caller passed is the caller's to observe.
    if (ownsConnection) observeNatsConnection(nc, options.registry);
    this.#client = new MeshClient(nc, options, this.#metrics);
    this.#durable = new DurableEvents({ nc, options, metrics: this.#metrics, logger: options.logger });
    if (options.pod && options.metricsReportIntervalMs !== false) {
      this.#reporter = new MetricsReporter({
        nc, namespace: options.namespace, pod: options.pod, intervalMs: options.metricsReportIntervalMs, logger: options.logger,
        counts: () => this.#services.flatMap((service) => service.counts()),
      });
    }
  }

  /** Uses `options.nc` as it is (the caller closes it), else connects to `options.servers`. */
  static async connect(options: MeshOptions = {}): Promise<Mesh> {
    const resolved = resolveMeshOptions(options);
    if (resolved.nc) return new Mesh(resolved.nc, resolved, false);
    // A pod's token, also when the caller passed its own options without it.
    const tokenFile = resolved.tokenFile === false ? undefined : serviceAccountTokenFile(resolved.tokenFile ?? serviceAccountTokenFileOfEnv());
    if (tokenFile) {
      const nc = await connectAsServiceAccount({ servers: resolved.servers, tokenFile, name: resolved.name, logger: resolved.logger });
      return new Mesh(nc, resolved, true);
    }
    // Stack traces at every request cost several percent of a busy caller's CPU.
    const nc = await connectNats({ servers: resolved.servers, name: resolved.name, logger: resolved.logger, asyncTraces: false, waitOnFirstConnect: true });
    return new Mesh(nc, resolved, true);
  }

  call<Req = unknown, Res = unknown>(target: string, request?: Req, options?: CallOptions): Promise<Res> {
    return this.#client.call<Req, Res>(target, request, options);
  }

  /** A typed client: `mesh.client<typeof orders>("orders").create({ item: "x" })`. */
  client<D extends ServiceDefinition<Handlers>>(service: string, defaults: CallOptions = {}): ServiceClient<D["handlers"]> {
    const methods = new Map<string | symbol, unknown>();
    return new Proxy({} as ServiceClient<D["handlers"]>, {
      get: (_, method) => {
        if (typeof method !== "string" || method === "then") return undefined;
        let fn = methods.get(method);
        if (!fn) {
          const target = `${service}.${method}`;
          fn = (request: unknown, options?: CallOptions) => this.call(target, request, options ? { ...defaults, ...options } : defaults);
          methods.set(method, fn);
        }
        return fn;
      },
    });
  }

  emit<T>(topic: string, event: T, options: EmitOptions = {}): void {
    emitEvent({ nc: this.nc, metrics: this.#metrics, logger: this.logger }, this.#namespaceOf(options), topic, event);
  }

  publishDurable<T>(topic: string, event: T, options: EmitOptions = {}): Promise<void> {
    return this.#durable.publish(this.#namespaceOf(options), topic, event);
  }

  async on<T>(topic: string, handler: EventHandler<T>, options: SubscribeOptions = {}): Promise<Subscription> {
    const namespace = this.#namespaceOf(options);
    const subscription = options.durable
      ? await this.#durable.subscribe(namespace, topic, handler, { ...options, durable: options.durable })
      : subscribeEvents({ nc: this.nc, metrics: this.#metrics, logger: this.logger }, namespace, topic, handler, options.queue);
    this.#subscriptions.add(subscription);
    return {
      stop: async () => {
        this.#subscriptions.delete(subscription);
        await subscription.stop();
      },
    };
  }

  async serve<H extends Handlers>(definition: ServiceDefinition<H>): Promise<ServedService> {
    const service = new ServedService(definition as unknown as ServiceDefinition<Handlers>, {
      nc: this.nc,
      namespace: this.namespace,
      metrics: this.#metrics,
      logger: this.logger,
      mesh: this,
    });
    await service.start();
    this.#services.push(service);
    this.#reporter?.start();
    return service;
  }

  /** Every served service subscribed, not draining, the connection open. */
  isReady(): boolean {
    return !this.#stopping && !this.nc.isClosed() && this.#services.every((service) => service.isReady());
  }

  /**
   * Makes this replica's queue-group membership follow `check` (the service's own idea of being
   * ready: a warm cache, a reachable database): checked every `intervalMs`; while it fails the
   * served services leave their queue groups, so no request is routed here, and /readyz says so.
   * A check that throws counts as failing.
   */
  gateOnReadiness(check: () => boolean | Promise<boolean>, intervalMs = 1000): void {
    clearTimeout(this.#readinessTimer);
    const tick = async () => {
      const ready = await Promise.resolve().then(check).catch(() => false);
      if (this.#stopping) return;
      await Promise.all(this.#services.map((service) => (ready ? service.resume() : service.pause()))).catch((error) => this.logger.warn("readiness gate failed to change the subscription", { error }));
      if (!this.#stopping) this.#readinessTimer = setTimeout(() => void tick(), intervalMs);
    };
    void tick();
  }

  /** Serves /healthz, /readyz and /metrics (runtime/health-server.ts) for the pod's probes. */
  async serveHealth(options: HealthOptions): Promise<HealthServer> {
    this.#health = await startHealthServer({
      port: options.port,
      host: options.host ?? "0.0.0.0",
      registry: this.registry,
      checks: {
        live: () => (this.nc.isClosed() ? { ok: false, reason: "nats connection closed" } : true),
        ready: () => (this.isReady() ? true : { ok: false, reason: this.#stopping ? "draining" : this.#services.some((service) => service.paused) ? "readiness check failing" : "not serving" }),
      },
    });
    this.logger.info("mesh health server listening", { url: this.#health.url });
    return this.#health;
  }

  /**
   * Drains and stops: readiness goes false, the services stop taking requests and finish the
   * ones in flight, subscriptions stop, then the connection (if this mesh made it) drains.
   */
  stop(): Promise<void> {
    this.#stopped ??= this.#stop();
    return this.#stopped;
  }

  async #stop(): Promise<void> {
    this.#stopping = true;
    clearTimeout(this.#readinessTimer);
    await Promise.all(this.#services.map((service) => service.stop()));
    this.#reporter?.stop();
    await Promise.all([...this.#subscriptions].map((subscription) => subscription.stop()));
    this.#subscriptions.clear();
    if (this.#ownsConnection && !this.nc.isClosed() && !this.nc.isDraining()) await this.nc.drain();
    await this.#health?.close();
  }

  /** On SIGTERM/SIGINT: stop() (the drain), then exit 0. Returns a function removing the handlers. */
  stopOnSignals(exit?: (code: number) => void): () => void {
    return drainOnSignals(this.nc, { beforeDrain: [() => this.stop()], logger: this.logger, ...(exit ? { exit } : {}) });
  }

  #namespaceOf(options: { namespace?: string }): string {
    return options.namespace === undefined ? this.namespace : checkNamespace(options.namespace);
  }
}

let defaultMeshPromise: Promise<Mesh> | undefined;

/** The process's mesh, connected on first use from the environment (env.ts). */
export function defaultMesh(): Promise<Mesh> {
  defaultMeshPromise ??= Mesh.connect(meshEnvironment().options).catch((error: unknown) => {
    defaultMeshPromise = undefined;
    throw error;
  });
  return defaultMeshPromise;
}
