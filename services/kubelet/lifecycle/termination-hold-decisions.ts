// Pure decisions of the termination hold (docs/kubelet.md, "Termination"): how long SIGTERM may
// be held, which proxies have confirmed that they no longer send a terminating pod new
// connections, and when the hold ends.
import type { EndpointsCheckReply } from "../../../runtime/proxy-endpoints-check.ts";

export const HOLD_RESULTS = ["confirmed", "timed_out", "no_proxies"] as const;
export type HoldResult = (typeof HOLD_RESULTS)[number];

/**
 * The hold's budget: the configured timeout, but never more than half the grace period, so the
 * container keeps at least as long for its own shutdown after SIGTERM as the hold took. A zero
 * grace period (a forced delete) holds nothing.
 */
export function holdBudgetMs(graceSeconds: number, timeoutMs: number): number {
  if (!(graceSeconds > 0) || !(timeoutMs > 0)) return 0;
  return Math.min(timeoutMs, (graceSeconds * 1000) / 2);
}

export interface HoldProgress {
  /** Proxy instance ids the cluster has (they answered the discovery ping or a check). */
  readonly expected: ReadonlySet<string>;
  /** Proxies that answered a check with nothing still routed to the pod. */
  readonly confirmed: ReadonlySet<string>;
  /** The last endpoints each unconfirmed proxy said it still routes to. */
  readonly routing: ReadonlyMap<string, readonly string[]>;
}

export function startProgress(discovered: Iterable<string>): HoldProgress {
  return { expected: new Set(discovered), confirmed: new Set(), routing: new Map() };
}

/**
 * One more proxy answer. A proxy that was not discovered (it started meanwhile) is expected from
 * now on. Confirmation is final: a terminating pod never comes back into a Service's endpoints,
 * so a proxy that dropped it once will not route to it again.
 */
export function recordReply(progress: HoldProgress, reply: EndpointsCheckReply): HoldProgress {
  const expected = new Set(progress.expected).add(reply.proxy);
  const confirmed = new Set(progress.confirmed);
  const routing = new Map(progress.routing);
  if (confirmed.has(reply.proxy)) return { expected, confirmed, routing };
  if (reply.routing.length === 0) {
    confirmed.add(reply.proxy);
    routing.delete(reply.proxy);
  } else {
    routing.set(reply.proxy, [...reply.routing]);
  }
  return { expected, confirmed, routing };
}

/** The proxies still to confirm, sorted. */
export function pendingProxies(progress: HoldProgress): string[] {
  return [...progress.expected].filter((proxy) => !progress.confirmed.has(proxy)).sort();
}

/** undefined = keep waiting; otherwise the hold ends with this result. */
export function holdOutcome(progress: HoldProgress, nowMs: number, deadlineMs: number): HoldResult | undefined {
  if (progress.expected.size === 0) return "no_proxies";
  if (pendingProxies(progress).length === 0) return "confirmed";
  if (nowMs >= deadlineMs) return "timed_out";
  return undefined;
}
