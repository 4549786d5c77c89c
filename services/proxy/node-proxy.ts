// The node proxy: informers over Services and Endpoints (read-only, straight from the state
// bucket), a listener set kept equal to the planned addresses, a routing table of endpoint
// pickers and the forwarder that moves the bytes. Service changes re-plan the listeners (one span
// per reconcile); Endpoints changes only swap the routes, which affects new connections only.
// Usable in-process (tests, a kubelet hosting its node's proxy) and from main.ts.
import { SpanStatusCode, trace } from "@opentelemetry/api";
import { Svcm, type Service } from "@nats-io/services";
import type { NatsConnection, Subscription } from "@nats-io/transport-node";
import type { Socket } from "node:net";
import type { Registry } from "prom-client";
import { findResource, type ResourceInfo } from "../../runtime/codec/resources.ts";
import { SharedInformerFactory } from "../../runtime/controller/shared-informers.ts";
import type { Logger } from "../../runtime/log.ts";
import { retry } from "../../runtime/retry.ts";
import {
  ATTR_ERROR_TYPE,
  ATTR_K8S_NODE_NAME,
  ATTR_TROUPE_PROXY_LISTENERS,
  ATTR_TROUPE_PROXY_LISTENERS_CLOSED,
  ATTR_TROUPE_PROXY_LISTENERS_OPENED,
  ATTR_TROUPE_PROXY_LISTENERS_RETARGETED,
} from "../../runtime/semconv.ts";
import type { Informer } from "../../runtime/store/informer.ts";
import { KvStore } from "../../runtime/store/kv-store.ts";
import { ObjectRepository } from "../../runtime/store/object-repository.ts";
import { PROXY_SERVICE_NAME } from "../../runtime/subjects.ts";
import type { ProxyCompanion, ProxyCompanionFactory } from "./companion.ts";
import { ConnectionForwarder } from "./connection-forwarder.ts";
import { startEndpointsCheckResponder } from "./endpoints-check-responder.ts";
import { planListeners, type SkippedServicePort } from "./listener-plan.ts";
import { ListenerSet, type ListenerStatus } from "./listener-set.ts";
import { createProxyMetrics } from "./metrics.ts";
import { resolveProxyOptions, type ProxyOptions, type ResolvedProxyOptions } from "./options.ts";
import { RoutingTable } from "./routing-table.ts";
import { planRoutes } from "./service-routes.ts";
import type { Endpoint, EndpointsObject, ServiceObject, ServicePortRef } from "./types.ts";

const tracer = trace.getTracer("troupe.proxy");
const SERVICES = findResource("services") as ResourceInfo;
const ENDPOINTS = findResource("endpoints") as ResourceInfo;

export interface NodeProxyDeps {
  nc: NatsConnection;
  registry: Registry;
  logger: Logger;
  /** Started with the proxy once its caches are synced, stopped before it: the cluster DNS server goes here. */
  companions?: ProxyCompanionFactory[];
}

export class NodeProxy {
  readonly options: ResolvedProxyOptions;
  readonly services: Informer<ServiceObject>;
  readonly endpoints: Informer<EndpointsObject>;
  readonly #factory: SharedInformerFactory;
  readonly #service: Service;
  readonly #logger: Logger;
  readonly #listeners: ListenerSet;
  readonly #routes: RoutingTable;
  readonly #forwarder: ConnectionForwarder;
  readonly #companions: ProxyCompanion[];
  readonly #synced: Promise<void>;
  readonly #endpointsCheck: Subscription;
  /** Skipped service ports already logged, so each is logged once while it stays skipped. */
  #reportedSkips = new Set<string>();
  #listenersDirty = true;
  #syncScheduled = false;
  #ready = false;
  #stopped = false;

  private constructor(deps: NodeProxyDeps, options: ResolvedProxyOptions, factory: SharedInformerFactory, service: Service, logger: Logger) {
    this.options = options;
    this.#factory = factory;
    this.#service = service;
    this.#logger = logger;
    const metrics = createProxyMetrics(deps.registry);
    this.#routes = new RoutingTable(metrics);
    this.#forwarder = new ConnectionForwarder(options, logger);
    this.#listeners = new ListenerSet(options, metrics, logger, (socket, target) => this.#accept(socket, target));
    this.services = factory.informer<ServiceObject>(SERVICES);
    this.endpoints = factory.informer<EndpointsObject>(ENDPOINTS);
    const servicesChanged = () => {
      this.#listenersDirty = true;
      this.#scheduleSync();
    };
    this.services.addHandlers({ onAdd: servicesChanged, onUpdate: servicesChanged, onDelete: servicesChanged });
    const endpointsChanged = () => this.#scheduleSync();
    this.endpoints.addHandlers({ onAdd: endpointsChanged, onUpdate: endpointsChanged, onDelete: endpointsChanged });
    const context = { nc: deps.nc, factory, services: this.services, endpoints: this.endpoints, registry: deps.registry, logger, options };
    this.#companions = (deps.companions ?? []).map((create) => create(context));
    this.#endpointsCheck = startEndpointsCheckResponder(deps.nc, { proxyId: service.info().id, nodeName: options.nodeName, routedEndpoints: () => this.#routedEndpoints() }, logger);
    this.#synced = this.#startWhenSynced();
  }

  /** Opens the state bucket, registers the micro service and starts the informers; see `whenSynced`. */
  static async start(deps: NodeProxyDeps, options: ProxyOptions = {}): Promise<NodeProxy> {
    const resolved = resolveProxyOptions(options);
    const logger = deps.logger.child({ node: resolved.nodeName });
    const state = await retry(() => KvStore.open(deps.nc, { bucket: resolved.stateBucket, history: resolved.stateHistory, replicas: resolved.stateReplicas }), {
      what: "open the state bucket",
      logger,
    });
    const factory = new SharedInformerFactory(new ObjectRepository(state), logger);
    // Registered without endpoints: it answers $SRV.PING/INFO so `nats micro ls` lists every node's proxy.
    const service = await new Svcm(deps.nc).add({
      name: PROXY_SERVICE_NAME,
      version: "0.1.0",
      description: "Troupe node proxy: service cluster IPs, node ports and load balancers of one node",
      metadata: { node: resolved.nodeName, nodeAddress: resolved.nodeAddress },
    });
    return new NodeProxy(deps, resolved, factory, service, logger);
  }

  /** For /readyz: caches synced, first listeners planned, companions started. */
  get ready(): boolean {
    return this.#ready && !this.#stopped;
  }

  /** Resolves once the proxy serves the cluster's current Services. */
  whenSynced(): Promise<void> {
    return this.#synced;
  }

  /** Every planned listener and whether it is bound. */
  listenerStatus(): ListenerStatus[] {
    return this.#listeners.status();
  }

  /** Client and endpoint sockets open (two per forwarded connection). */
  get openSockets(): number {
    return this.#forwarder.openSockets;
  }

  /** Stops the companions, closes every listener and every forwarded connection, stops the informers. */
  async stop(): Promise<void> {
    if (this.#stopped) return;
    this.#stopped = true;
    this.#endpointsCheck.unsubscribe();
    for (const companion of [...this.#companions].reverse()) {
      await companion.stop().catch((error: unknown) => this.#logger.warn("could not stop a proxy companion", { error }));
    }
    this.#listeners.stop();
    this.#forwarder.destroyAll();
    this.#factory.stop();
    await this.#service.stop().catch((error: unknown) => this.#logger.warn("could not stop the micro service", { error }));
  }

  async #startWhenSynced(): Promise<void> {
    await this.#factory.start();
    if (this.#stopped) return;
    this.#sync();
    for (const companion of this.#companions) await companion.start();
    this.#ready = true;
    this.#logger.info("proxy synced", { services: this.services.list().length, routes: this.#routes.size });
  }

  /** What a terminating pod's kubelet waits on: the routing table and, for the ingress, the Endpoints as the informer holds them. */
  *#routedEndpoints(): Iterable<Endpoint> {
    yield* this.#routes.endpoints();
    for (const endpoints of this.endpoints.list()) {
      for (const subset of endpoints.subsets ?? []) {
        for (const address of subset.addresses ?? []) {
          for (const port of subset.ports ?? []) if (address.ip && port.port) yield { ip: address.ip, port: port.port };
        }
      }
    }
  }

  #accept(socket: Socket, target: ServicePortRef): void {
    this.#forwarder.forward(socket, this.#routes.get(target));
  }

  /** Informer events arrive in bursts (a snapshot, a rollout): one sync per turn of the event loop. */
  #scheduleSync(): void {
    if (this.#syncScheduled || !this.#factory.hasSynced()) return;
    this.#syncScheduled = true;
    setImmediate(() => {
      this.#syncScheduled = false;
      if (!this.#stopped) this.#sync();
    });
  }

  #sync(): void {
    const services = this.services.list();
    // Routes before listeners, so a listener opened now finds its route.
    this.#routes.update(planRoutes(services, (namespace, name) => this.endpoints.get(namespace, name)));
    if (!this.#listenersDirty) return;
    this.#listenersDirty = false;
    this.#reconcileListeners(services);
  }

  #reconcileListeners(services: ServiceObject[]): void {
    tracer.startActiveSpan("proxy reconcile listeners", { attributes: { [ATTR_K8S_NODE_NAME]: this.options.nodeName } }, (span) => {
      try {
        const plan = planListeners(services, this.options.nodeAddress);
        const changes = this.#listeners.apply(plan.listeners);
        this.#reportSkipped(plan.skipped);
        span.setAttributes({
          [ATTR_TROUPE_PROXY_LISTENERS]: plan.listeners.length,
          [ATTR_TROUPE_PROXY_LISTENERS_OPENED]: changes.opened,
          [ATTR_TROUPE_PROXY_LISTENERS_CLOSED]: changes.closed,
          [ATTR_TROUPE_PROXY_LISTENERS_RETARGETED]: changes.retargeted,
        });
        if (changes.opened + changes.closed + changes.retargeted > 0) this.#logger.debug("listeners reconciled", { listeners: plan.listeners.length, ...changes });
      } catch (error) {
        span.recordException(error as Error);
        span.setStatus({ code: SpanStatusCode.ERROR });
        span.setAttribute(ATTR_ERROR_TYPE, (error as Error).name ?? "Error");
        this.#logger.error("listener reconcile failed", { error });
      } finally {
        span.end();
      }
    });
  }

  #reportSkipped(skipped: SkippedServicePort[]): void {
    const current = new Set<string>();
    for (const skip of skipped) {
      const key = `${skip.target.service}:${skip.target.portName}:${skip.port}:${skip.reason}`;
      current.add(key);
      if (this.#reportedSkips.has(key)) continue;
      this.#logger.warn("service port not proxied", { service: skip.target.service, servicePort: skip.target.portName, port: skip.port, reason: skip.reason, detail: skip.detail });
    }
    this.#reportedSkips = current;
  }
}
