// Options of the node proxy; main.ts (or the process hosting the proxy) fills them.
import { hostname } from "node:os";
import { isIPv4 } from "node:net";
import type { BackoffOptions } from "../../runtime/backoff.ts";
import { STATE_BUCKET } from "../../runtime/subjects.ts";

export interface ProxyOptions {
  /** The node this proxy serves (logs, the micro service's metadata). Default: the host name. */
  nodeName?: string;
  /** Where NodePort and LoadBalancer services are served: the node's InternalIP. Default 127.0.0.1. */
  nodeAddress?: string;
  /** How long a connect to one endpoint may take before the next endpoint is tried. */
  connectTimeoutMs?: number;
  /** TCP keep-alive delay on client and endpoint sockets. */
  keepAliveInitialDelayMs?: number;
  /** Back-off between attempts to bind an address that failed. */
  listenRetry?: BackoffOptions;
  /** The state bucket the informers watch; created with the API's settings if it is missing. */
  stateBucket?: string;
  stateReplicas?: number;
  stateHistory?: number;
}

export interface ResolvedProxyOptions {
  nodeName: string;
  nodeAddress: string;
  connectTimeoutMs: number;
  keepAliveInitialDelayMs: number;
  listenRetry: BackoffOptions;
  stateBucket: string;
  stateReplicas: number;
  stateHistory: number;
}

export class InvalidProxyOptionsError extends Error {
  override name = "InvalidProxyOptionsError";
  readonly code = "INVALID_PROXY_OPTIONS";
  readonly option: string;
  constructor(option: string, message: string) {
    super(`proxy option ${option}: ${message}`);
    this.option = option;
  }
}

export function resolveProxyOptions(options: ProxyOptions = {}): ResolvedProxyOptions {
  const resolved: ResolvedProxyOptions = {
    nodeName: options.nodeName || hostname(),
    nodeAddress: options.nodeAddress || "127.0.0.1",
    connectTimeoutMs: options.connectTimeoutMs ?? 1000,
    keepAliveInitialDelayMs: options.keepAliveInitialDelayMs ?? 30_000,
    listenRetry: options.listenRetry ?? { baseMs: 1000, maxMs: 30_000, jitter: 0.2 },
    stateBucket: options.stateBucket ?? STATE_BUCKET,
    // The API's defaults: whoever opens the bucket first creates it, so both must agree.
    stateReplicas: options.stateReplicas ?? 1,
    stateHistory: options.stateHistory ?? 10,
  };
  // Troupe's networking is IPv4 (docs/networking.md); a host name here would bind who knows what.
  if (!isIPv4(resolved.nodeAddress)) throw new InvalidProxyOptionsError("nodeAddress", `must be an IPv4 address, not "${resolved.nodeAddress}"`);
  if (!(resolved.connectTimeoutMs > 0)) throw new InvalidProxyOptionsError("connectTimeoutMs", "must be > 0");
  if (!(resolved.keepAliveInitialDelayMs >= 0)) throw new InvalidProxyOptionsError("keepAliveInitialDelayMs", "must be >= 0");
  return resolved;
}
