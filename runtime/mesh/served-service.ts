// The serving side of one mesh service in this process: a NATS micro service (so $SRV.PING,
// INFO and STATS find it) with one endpoint on `troupe.mesh.<ns>.<service>.*` in the queue
// group `troupe.mesh.<ns>.<service>`, so replicas share the load and an unknown method gets a
// clear error instead of silence; a second endpoint takes `troupe.mesh.<ns>.<service>.*.*`, the
// calls that name their caller (callers.ts), which `allowedCallers` restricts. stop() drains: the subscription goes first (NATS routes new
// requests to the other replicas), then every request in flight is finished and answered.
import { Svcm } from "@nats-io/services";
import type { Service, ServiceMsg } from "@nats-io/services";
import type { NatsConnection } from "@nats-io/transport-node";
import type { Logger } from "../log.ts";
import { meshQueueGroup, meshServiceCallerFilter, meshServiceFilter, MESH_PREFIX } from "../subjects.ts";
import { callerOf, forbiddenMessage, isAllowedCaller } from "./callers.ts";
import { decodeJson, encodeJson } from "./codec.ts";
import { MeshError, toWireError, wireErrorHeaders } from "./errors.ts";
import { OVERFLOW_LABEL } from "./label-limiter.ts";
import { serverMethodSeries } from "./metrics.ts";
import { ServedCounts } from "./served-counts.ts";
import type { MethodCounts } from "../custom-metrics/mesh-report.ts";
import type { MeshMetrics, MeshResult, MethodSeries } from "./metrics.ts";
import { endSpan, runIn, serverSpanTemplate, startServerSpan } from "./tracing.ts";
import type { MethodSpanTemplate } from "./tracing.ts";
import type { ServiceDefinition } from "./service-definition.ts";
import type { Handler, Handlers, HandlerContext, MeshApi } from "./types.ts";

export interface ServedServiceDeps {
  nc: NatsConnection;
  namespace: string;
  metrics: MeshMetrics;
  logger: Logger;
  mesh: MeshApi;
}

interface ServedMethod {
  readonly method: string;
  readonly handler: Handler | undefined;
  readonly series: MethodSeries;
  readonly spanTemplate: MethodSpanTemplate;
  /** For the mesh metrics report (custom metrics). */
  readonly counts: ServedCounts;
}

export class ServedService {
  readonly name: string;
  readonly namespace: string;
  readonly queueGroup: string;
  readonly #deps: ServedServiceDeps;
  readonly #definition: ServiceDefinition<Handlers>;
  readonly #methods = new Map<string, ServedMethod>();
  readonly #unknown: ServedMethod;
  /** Length of `troupe.mesh.<ns>.<service>.`, to cut the method out of a subject. */
  readonly #prefixLength: number;
  #service: Service | undefined;
  #inFlight = 0;
  #idle: PromiseWithResolvers<void> | undefined;
  #draining = false;
  #paused = false;
  #stopped: Promise<void> | undefined;

  constructor(definition: ServiceDefinition<Handlers>, deps: ServedServiceDeps) {
    this.name = definition.name;
    this.namespace = deps.namespace;
    this.queueGroup = meshQueueGroup(deps.namespace, definition.name);
    this.#deps = deps;
    this.#definition = definition;
    this.#prefixLength = `${MESH_PREFIX}.${deps.namespace}.${definition.name}.`.length;
    for (const [method, handler] of Object.entries(definition.handlers)) {
      this.#methods.set(method, this.#servedMethod(method, handler));
    }
    this.#unknown = this.#servedMethod(OVERFLOW_LABEL, undefined);
    deps.metrics.inFlightSources.set(definition.name, () => this.#inFlight);
  }

  #servedMethod(method: string, handler: Handler | undefined): ServedMethod {
    const subject = `${MESH_PREFIX}.${this.namespace}.${this.name}.${method}`;
    return {
      method,
      handler,
      series: serverMethodSeries(this.#deps.metrics, this.name, method),
      spanTemplate: serverSpanTemplate({ namespace: this.namespace, service: this.name, method, subject }, this.queueGroup),
      counts: new ServedCounts(this.name, method),
    };
  }

  async start(): Promise<void> {
    const { name, version, description } = this.#definition;
    const service = await new Svcm(this.#deps.nc).add({
      name,
      version,
      description,
      metadata: { "troupe.namespace": this.namespace },
    });
    this.#service = service;
    const handler = (error: Error | null, msg: ServiceMsg) => {
      if (error) return this.#deps.logger.warn("mesh endpoint error", { service: name, error });
      this.#onRequest(msg);
    };
    const metadata = { methods: [...this.#methods.keys()].join(",") };
    // The queue is set on each endpoint: nats.js refuses dots in a service-level queue, NATS does not.
    service.addEndpoint("methods", { subject: meshServiceFilter(this.namespace, name), queue: this.queueGroup, handler, metadata });
    service.addEndpoint("caller-methods", { subject: meshServiceCallerFilter(this.namespace, name), queue: this.queueGroup, handler, metadata });
    // A subscription ended by anything but stop() (a permissions error, the connection closing)
    // must show in readiness, or the pod would look ready while serving nothing.
    void service.stopped.then(() => {
      if (this.#draining || this.#service !== service) return;
      this.#deps.logger.error("mesh service stopped unexpectedly", { service: name });
      this.#draining = true;
    });
    this.#deps.logger.info("mesh service serving", { service: name, namespace: this.namespace, queue: this.queueGroup });
  }

  /**
   * Leaves the queue group while the replica is not ready (its readiness check fails): NATS routes
   * new requests to the other replicas; the ones in flight here are still answered. resume()
   * joins again.
   */
  async pause(): Promise<void> {
    if (this.#paused || this.#draining || !this.#service) return;
    const service = this.#service;
    this.#service = undefined;
    await service.stop();
    // Once the server has the unsubscribe, no request is routed here any more.
    if (!this.#deps.nc.isClosed()) await this.#deps.nc.flush();
    this.#paused = true;
    this.#deps.logger.info("mesh service paused: not ready", { service: this.name });
  }

  async resume(): Promise<void> {
    if (!this.#paused || this.#draining) return;
    await this.start();
    if (!this.#deps.nc.isClosed()) await this.#deps.nc.flush();
    this.#paused = false;
  }

  /** Out of the queue group (the server knows) because the readiness check failed. */
  get paused(): boolean {
    return this.#paused;
  }

  /** Subscribed and not draining. */
  isReady(): boolean {
    return this.#service !== undefined && !this.#draining && !this.#deps.nc.isClosed();
  }

  /** Each method's cumulative counts (and `_other`'s, once an unknown method was asked for). */
  counts(): MethodCounts[] {
    const all = [...this.#methods.values()].map((method) => method.counts.counts());
    const unknown = this.#unknown.counts.counts();
    return unknown.requests > 0 ? [...all, unknown] : all;
  }

  get inFlight(): number {
    return this.#inFlight;
  }

  /** Drains: no new requests, the ones in flight are finished and answered. Idempotent. */
  stop(): Promise<void> {
    this.#stopped ??= this.#drain();
    return this.#stopped;
  }

  async #drain(): Promise<void> {
    this.#draining = true;
    // Unsubscribes at the server and hands us what it had already routed here.
    await this.#service?.stop();
    if (this.#inFlight > 0) {
      this.#idle = Promise.withResolvers<void>();
      await this.#idle.promise;
    }
    // The replies must have left the process before the caller closes the connection.
    if (!this.#deps.nc.isClosed()) await this.#deps.nc.flush();
    this.#deps.logger.info("mesh service drained", { service: this.name });
  }

  #onRequest(msg: ServiceMsg): void {
    const rest = msg.subject.slice(this.#prefixLength);
    const dot = rest.indexOf(".");
    const wanted = dot < 0 ? rest : rest.slice(0, dot);
    const callerToken = dot < 0 ? undefined : rest.slice(dot + 1);
    const method = this.#methods.get(wanted) ?? this.#unknown;
    this.#inFlight++;
    void this.#handle(method, msg, wanted, callerToken).finally(() => {
      this.#inFlight--;
      if (this.#inFlight === 0) this.#idle?.resolve();
    });
  }

  async #handle(method: ServedMethod, msg: ServiceMsg, wanted: string, callerToken: string | undefined): Promise<void> {
    const started = performance.now();
    const { span, context } = startServerSpan(method.spanTemplate, msg);
    let result: MeshResult = "ok";
    let failure: unknown;
    try {
      const reply = await runIn(context, () => this.#run(method, msg, wanted, callerToken));
      if (msg.reply) {
        const maxPayload = this.#deps.nc.info?.max_payload ?? Infinity;
        if (reply.length > maxPayload) {
          throw new MeshError("PAYLOAD_TOO_LARGE", `reply is ${reply.length} bytes; the NATS server's max_payload is ${maxPayload}`);
        }
        msg.respond(reply);
      }
    } catch (error) {
      failure = error;
      const wire = toWireError(error);
      result = error instanceof MeshError ? (error.code.toLowerCase() as MeshResult) : "remote_error";
      if (result === "remote_error") this.#deps.logger.warn("mesh handler failed", { service: this.name, method: method.method, error });
      if (msg.reply) msg.respond(undefined, { headers: wireErrorHeaders(wire) });
    } finally {
      endSpan(span, failure === undefined ? undefined : toWireError(failure).code, failure);
      const seconds = (performance.now() - started) / 1000;
      method.series.result(result).inc();
      method.series.duration.observe(seconds);
      method.counts.record(seconds, result !== "ok");
    }
  }

  async #run(method: ServedMethod, msg: ServiceMsg, wanted: string, callerToken: string | undefined): Promise<Uint8Array> {
    const target = `${this.name}.${method.method}`;
    const caller = callerOf(callerToken);
    const allowed = this.#definition.allowedCallers;
    if (allowed && !isAllowedCaller(caller, allowed, this.namespace)) {
      throw new MeshError("FORBIDDEN", forbiddenMessage(caller, this.name, allowed), { subject: msg.subject });
    }
    if (!method.handler) {
      const known = [...this.#methods.keys()].join(", ");
      throw new MeshError("UNKNOWN_METHOD", `service ${this.name} has no method "${wanted}" (it has: ${known})`, { subject: msg.subject });
    }
    const request = decodeJson(msg.data, `request to ${target}`);
    const ctx: HandlerContext = {
      caller,
      namespace: this.namespace,
      service: this.name,
      method: method.method,
      subject: msg.subject,
      headers: msg.headers,
      mesh: this.#deps.mesh,
    };
    return encodeJson(await method.handler(request, ctx), `reply of ${target}`, "REMOTE_ERROR");
  }
}
