// The termination hold: before a terminating pod's containers get SIGTERM, wait until every node
// proxy of the cluster (service listeners and ingress) has stopped sending the pod new
// connections. The proxies are counted once through the micro service ping; each round asks all
// of them at once (scatter-gather on PROXY_ENDPOINTS_CHECK_SUBJECT, the round ends as soon as
// every unconfirmed proxy answered). Bounded: a proxy that is down or cut off cannot keep a pod
// from stopping past the budget. Decisions in termination-hold-decisions.ts.
import { SpanStatusCode, trace } from "@opentelemetry/api";
import type { NatsConnection } from "@nats-io/transport-node";
import type { Logger } from "../../../runtime/log.ts";
import type { EndpointsCheckReply, EndpointsCheckRequest } from "../../../runtime/proxy-endpoints-check.ts";
import { ATTR_K8S_NAMESPACE_NAME, ATTR_K8S_POD_NAME, ATTR_TROUPE_HOLD_CONFIRMED, ATTR_TROUPE_HOLD_PROXIES, ATTR_TROUPE_HOLD_RESULT } from "../../../runtime/semconv.ts";
import { PROXY_ENDPOINTS_CHECK_SUBJECT, PROXY_PING_SUBJECT } from "../../../runtime/subjects.ts";
import type { KubeletMetrics } from "../metrics.ts";
import { holdOutcome, pendingProxies, recordReply, startProgress, type HoldProgress, type HoldResult } from "./termination-hold-decisions.ts";

const tracer = trace.getTracer("troupe.kubelet");
/** How long the discovery ping waits for the first answer and, after the last one, for more. */
const DISCOVERY_WAIT_MS = 500;
const DISCOVERY_STALL_MS = 100;
/** One check round waits at most this long for the proxies still pending. */
const ROUND_WAIT_MS = 250;
/** Pause between rounds while some proxy still routes to the pod (its informer is behind). */
const ROUND_PAUSE_MS = 25;

export interface HoldTarget {
  namespace: string;
  name: string;
  ip: string;
  ports: number[];
}

export interface HoldReport {
  result: HoldResult;
  durationMs: number;
  proxies: number;
  confirmed: number;
}

export class TerminationHold {
  readonly #nc: NatsConnection;
  readonly #metrics: KubeletMetrics;
  readonly #logger: Logger;

  constructor(nc: NatsConnection, metrics: KubeletMetrics, logger: Logger) {
    this.#nc = nc;
    this.#metrics = metrics;
    this.#logger = logger;
  }

  /** Resolves when every proxy confirmed, or when `budgetMs` ran out. Never rejects. */
  async hold(target: HoldTarget, budgetMs: number): Promise<HoldReport> {
    const started = Date.now();
    const deadline = started + budgetMs;
    return tracer.startActiveSpan("kubelet termination hold", { attributes: { [ATTR_K8S_NAMESPACE_NAME]: target.namespace, [ATTR_K8S_POD_NAME]: target.name } }, async (span) => {
      let progress = startProgress(await this.#discover(Math.min(DISCOVERY_WAIT_MS, budgetMs)));
      let result: HoldResult | undefined;
      while (!(result = holdOutcome(progress, Date.now(), deadline))) {
        progress = await this.#round(target, progress, Math.max(1, Math.min(ROUND_WAIT_MS, deadline - Date.now())));
        if (!holdOutcome(progress, Date.now(), deadline)) await new Promise((resolve) => setTimeout(resolve, Math.min(ROUND_PAUSE_MS, Math.max(0, deadline - Date.now()))));
      }
      const report: HoldReport = { result, durationMs: Date.now() - started, proxies: progress.expected.size, confirmed: progress.confirmed.size };
      this.#metrics.terminationHoldDuration.observe({ result }, report.durationMs / 1000);
      if (result === "timed_out") this.#metrics.terminationHoldsTimedOut.inc();
      span.setAttributes({ [ATTR_TROUPE_HOLD_PROXIES]: report.proxies, [ATTR_TROUPE_HOLD_CONFIRMED]: report.confirmed, [ATTR_TROUPE_HOLD_RESULT]: result });
      if (result === "timed_out") {
        span.setStatus({ code: SpanStatusCode.ERROR, message: "termination hold timed out" });
        this.#logger.warn("termination hold timed out: sending SIGTERM while some proxies may still route to the pod", {
          pod: `${target.namespace}/${target.name}`, ip: target.ip, durationMs: report.durationMs, pending: pendingProxies(progress), routing: Object.fromEntries(progress.routing),
        });
      } else {
        this.#logger.debug("termination hold ended", { pod: `${target.namespace}/${target.name}`, ip: target.ip, ...report });
      }
      span.end();
      return report;
    });
  }

  /** The proxy instances of the cluster, by their micro service ids. */
  async #discover(maxWaitMs: number): Promise<string[]> {
    const ids: string[] = [];
    try {
      const replies = await this.#nc.requestMany(PROXY_PING_SUBJECT, "", { strategy: "stall", stall: DISCOVERY_STALL_MS, maxWait: maxWaitMs });
      for await (const reply of replies) {
        const id = (reply.json() as { id?: string }).id;
        if (id) ids.push(id);
      }
    } catch (error) {
      this.#logger.debug("proxy discovery failed", { error });
    }
    return ids;
  }

  async #round(target: HoldTarget, progress: HoldProgress, maxWaitMs: number): Promise<HoldProgress> {
    const request: EndpointsCheckRequest = { ip: target.ip, ports: target.ports };
    const wanted = pendingProxies(progress).length;
    try {
      // Every proxy answers; the round ends when as many answers came as proxies are pending (a
      // confirmed proxy answering again only makes it end earlier than the wait, never wrong).
      const replies = await this.#nc.requestMany(PROXY_ENDPOINTS_CHECK_SUBJECT, JSON.stringify(request), { strategy: "timer", maxWait: maxWaitMs, maxMessages: progress.expected.size });
      let pending = wanted;
      for await (const message of replies) {
        const reply = message.json() as Partial<EndpointsCheckReply>;
        if (typeof reply.proxy !== "string" || !Array.isArray(reply.routing)) continue;
        const before = progress.confirmed.has(reply.proxy);
        progress = recordReply(progress, reply as EndpointsCheckReply);
        if (!before) pending--;
        if (pending <= 0) break;
      }
    } catch (error) {
      this.#logger.debug("endpoints check round failed", { error });
    }
    return progress;
  }
}
