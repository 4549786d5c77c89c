// The calling side of the mesh: JSON request/reply on `troupe.mesh.<ns>.<service>.<method>`
// with a deadline, retries for idempotent calls, a circuit breaker per target service, one
// CLIENT span and one metrics sample per call. Everything a target needs (subject, span
// template, metric series, breaker) is resolved once and cached, so a call allocates little.
import { setTimeout as sleep } from "node:timers/promises";
import type { Msg, MsgHdrs, NatsConnection } from "@nats-io/transport-node";
import type { Counter } from "prom-client";
import { backoffDelay } from "../backoff.ts";
import { connectionIdentityToken } from "../auth/connection-identity.ts";
import { meshCallerMethodSubject, meshMethodSubject } from "../subjects.ts";
import { attemptError, countsAgainstCircuit, mayRetry } from "./call-failure.ts";
import { CircuitBreaker } from "./circuit-breaker.ts";
import { decodeJson, encodeJson } from "./codec.ts";
import { errorFromReply, MeshError } from "./errors.ts";
import { LabelLimiter, OVERFLOW_LABEL } from "./label-limiter.ts";
import { clientMethodSeries } from "./metrics.ts";
import type { MeshMetrics, MeshResult, MethodSeries } from "./metrics.ts";
import { parseCallTarget } from "./names.ts";
import type { ResolvedMeshOptions } from "./options.ts";
import { clientSpanTemplate, endSpan, startClientSpan, traceHeadersFor } from "./tracing.ts";
import type { MethodSpanTemplate } from "./tracing.ts";
import type { CallOptions } from "./types.ts";

interface ResolvedTarget {
  /** `service.method@namespace`, as messages show it. */
  readonly name: string;
  /** `service@namespace`: what the breaker guards. */
  readonly service: string;
  readonly subject: string;
  readonly spanTemplate: MethodSpanTemplate;
  readonly series: MethodSeries;
  readonly retries: { inc(): void };
  readonly breaker: CircuitBreaker;
}

export class MeshClient {
  readonly #nc: NatsConnection;
  readonly #options: ResolvedMeshOptions;
  readonly #metrics: MeshMetrics;
  readonly #limiter: LabelLimiter;
  /** Keyed by the target string as given (when the default namespace applies). */
  readonly #targets = new Map<string, ResolvedTarget>();
  /** Keyed by `namespace.service`: one breaker per called service, shared by its methods. */
  readonly #breakers = new Map<string, CircuitBreaker>();
  #overflow: ResolvedTarget | undefined;

  constructor(nc: NatsConnection, options: ResolvedMeshOptions, metrics: MeshMetrics) {
    this.#nc = nc;
    this.#options = options;
    this.#metrics = metrics;
    this.#limiter = new LabelLimiter(options.maxClientMetricSeries);
  }

  async call<Req, Res>(target: string, request: Req | undefined, options: CallOptions = {}): Promise<Res> {
    const started = performance.now();
    const resolved = this.#resolve(target, options.namespace);
    let result: MeshResult = "ok";
    let failure: MeshError | undefined;
    const span = startClientSpan(resolved.spanTemplate, 0);
    try {
      const data = encodeJson(request, `request to ${resolved.name}`);
      const reply = await this.#send(resolved, data, traceHeadersFor(span), options, started);
      return decodeJson(reply.data, `reply of ${resolved.name}`) as Res;
    } catch (error) {
      failure = error instanceof MeshError ? error : attemptError(error, resolved, 0);
      result = failure.code.toLowerCase() as MeshResult;
      throw failure;
    } finally {
      endSpan(span, failure?.code, failure);
      resolved.series.result(result).inc();
      resolved.series.duration.observe((performance.now() - started) / 1000);
    }
  }

  async #send(target: ResolvedTarget, data: Uint8Array, headers: MsgHdrs | undefined, options: CallOptions, started: number): Promise<Msg> {
    const maxPayload = this.#nc.info?.max_payload ?? Infinity;
    if (data.length > maxPayload) {
      throw new MeshError(
        "PAYLOAD_TOO_LARGE",
        `request to ${target.name} is ${data.length} bytes; the NATS server's max_payload is ${maxPayload}`,
        { subject: target.subject },
      );
    }
    const timeoutMs = options.timeoutMs ?? this.#options.calls.timeoutMs;
    const idempotent = options.idempotent ?? false;
    const maxAttempts = idempotent ? Math.max(1, options.attempts ?? this.#options.calls.attempts) : 1;
    const attemptTimeoutMs = options.attemptTimeoutMs ?? Math.ceil(timeoutMs / maxAttempts);
    const deadline = started + timeoutMs;
    for (let attempts = 1; ; attempts++) {
      if (!target.breaker.tryAcquire()) throw this.#circuitOpen(target);
      const timeout = Math.max(1, Math.min(attemptTimeoutMs, Math.ceil(deadline - performance.now())));
      const attemptStarted = target.breaker.now();
      let reply: Msg;
      try {
        reply = await this.#nc.request(target.subject, data, headers ? { timeout, headers } : { timeout });
      } catch (thrown) {
        const error = attemptError(thrown, target, timeout);
        if (countsAgainstCircuit(error)) target.breaker.recordFailure(attemptStarted);
        else target.breaker.release();
        const retry = { error, idempotent, retryNoResponders: options.retryNoResponders ?? false, attempts, maxAttempts };
        if (!mayRetry(retry)) throw error;
        const delay = backoffDelay(attempts - 1, this.#options.calls.backoff);
        if (performance.now() + delay >= deadline) throw error;
        target.retries.inc();
        await sleep(delay);
        continue;
      }
      target.breaker.recordSuccess();
      const remote = errorFromReply(reply.headers, target.subject, target.name);
      if (remote) throw remote;
      return reply;
    }
  }

  #circuitOpen(target: ResolvedTarget): MeshError {
    const wait = Math.ceil(target.breaker.retryInMs());
    const when = wait > 0 ? `for another ${wait} ms` : "until the probe call in flight returns";
    return new MeshError(
      "CIRCUIT_OPEN",
      `${target.name}: circuit to service ${target.service} is open after repeated timeouts or missing replicas; failing fast ${when}`,
      { subject: target.subject },
    );
  }

  #resolve(target: string, namespace: string | undefined): ResolvedTarget {
    const key = namespace === undefined ? target : `${target}\u0000${namespace}`;
    const cached = this.#targets.get(key);
    if (cached) return cached;
    const { service, method, namespace: ns } = parseCallTarget(target, namespace ?? this.#options.namespace);
    // A connection with an identity (a pod's ServiceAccount) names itself as the caller; the NATS
    // server lets it publish under its own identity token only.
    const caller = connectionIdentityToken(this.#nc);
    const subject = caller ? meshCallerMethodSubject(ns, service, method, caller) : meshMethodSubject(ns, service, method);
    const name = `${service}.${method}@${ns}`;
    const breaker = this.#breaker(ns, service);
    if (!this.#limiter.admit(`${ns}.${service}.${method}`)) {
      // Not cached either: a caller inventing targets must not grow this map without bound.
      const overflow = this.#overflowSeries();
      return { ...overflow, name, service: `${service}@${ns}`, subject, breaker, spanTemplate: clientSpanTemplate({ namespace: ns, service, method, subject }) };
    }
    const resolved: ResolvedTarget = {
      name,
      service: `${service}@${ns}`,
      subject,
      spanTemplate: clientSpanTemplate({ namespace: ns, service, method, subject }),
      series: clientMethodSeries(this.#metrics, service, method),
      retries: retriesSeries(this.#metrics.clientRetries, service, method),
      breaker,
    };
    this.#targets.set(key, resolved);
    return resolved;
  }

  #overflowSeries(): ResolvedTarget {
    this.#overflow ??= {
      name: OVERFLOW_LABEL,
      service: OVERFLOW_LABEL,
      subject: OVERFLOW_LABEL,
      spanTemplate: { name: OVERFLOW_LABEL, attributes: {} },
      series: clientMethodSeries(this.#metrics, OVERFLOW_LABEL, OVERFLOW_LABEL),
      retries: retriesSeries(this.#metrics.clientRetries, OVERFLOW_LABEL, OVERFLOW_LABEL),
      breaker: new CircuitBreaker(),
    };
    return this.#overflow;
  }

  #breaker(namespace: string, service: string): CircuitBreaker {
    const key = `${namespace}.${service}`;
    let breaker = this.#breakers.get(key);
    if (!breaker) {
      breaker = new CircuitBreaker(this.#options.circuitBreaker);
      const gauge = this.#metrics.clientCircuitOpen.labels({ service: this.#limiter.admit(key) ? service : OVERFLOW_LABEL });
      gauge.set(0);
      breaker.onChange = (state) => gauge.set(state === "closed" ? 0 : 1);
      this.#breakers.set(key, breaker);
    }
    return breaker;
  }
}

function retriesSeries(counter: Counter<"service" | "method">, service: string, method: string): { inc(): void } {
  const series = counter.labels({ service, method });
  series.inc(0);
  return series;
}
