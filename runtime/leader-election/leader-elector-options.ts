// Options of a LeaderElector, with defaults aimed at fail-over within 3 s: a standby takes a
// lease whose record stayed unchanged for leaseDuration (2 s), and a leader that could not
// renew within renewDeadline (1.5 s) has already stepped down by then.
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { Registry } from "prom-client";
import { createLogger } from "../log.ts";
import type { Logger } from "../log.ts";
import type { Store } from "../store/types.ts";

export interface LeaderElectorOptions {
  /** Where the lease lives: the `troupe-leases` bucket (openLeaseStore) or a MemoryStore in tests. */
  store: Store;
  /** Lease name, one per replicated role ("troupe-scheduler"); the KV key is `leader.<name>`. */
  name: string;
  /** Unique per process; default `<hostname>-<pid>-<random>`. */
  identity?: string;
  /** How long a standby waits, from when it last saw the record change, before taking the lease. */
  leaseDurationMs?: number;
  /** How long a leader keeps retrying a failed renew before it steps down. */
  renewDeadlineMs?: number;
  /** Interval between renewals, and between a standby's attempts. */
  retryPeriodMs?: number;
  /** Clears the holder on stop() so a standby takes over at once instead of after leaseDuration. */
  releaseOnStop?: boolean;
  registry?: Registry;
  logger?: Logger;
}

export interface ResolvedLeaderElectorOptions {
  store: Store;
  name: string;
  identity: string;
  leaseDurationMs: number;
  renewDeadlineMs: number;
  retryPeriodMs: number;
  releaseOnStop: boolean;
  registry: Registry;
  logger: Logger;
}

export class InvalidLeaderElectorOptionsError extends Error {
  override name = "InvalidLeaderElectorOptionsError";
  readonly code = "INVALID_LEADER_ELECTOR_OPTIONS";
  readonly option: string;
  constructor(option: string, message: string) {
    super(`leader elector option ${option}: ${message}`);
    this.option = option;
  }
}

const LEASE_NAME = /^[\w-]+(\.[\w-]+)*$/;

export function resolveLeaderElectorOptions(options: LeaderElectorOptions): ResolvedLeaderElectorOptions {
  const resolved: ResolvedLeaderElectorOptions = {
    store: options.store,
    name: options.name,
    identity: options.identity ?? `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`,
    leaseDurationMs: options.leaseDurationMs ?? 2000,
    renewDeadlineMs: options.renewDeadlineMs ?? 1500,
    retryPeriodMs: options.retryPeriodMs ?? 400,
    releaseOnStop: options.releaseOnStop ?? true,
    registry: options.registry ?? new Registry(),
    logger: (options.logger ?? createLogger("leader-election")).child({ lease: options.name }),
  };
  if (!LEASE_NAME.test(resolved.name)) throw new InvalidLeaderElectorOptionsError("name", "must be KV key tokens ([A-Za-z0-9_-], dot-separated)");
  if (resolved.identity === "") throw new InvalidLeaderElectorOptionsError("identity", "must not be empty");
  if (!(resolved.retryPeriodMs > 0)) throw new InvalidLeaderElectorOptionsError("retryPeriodMs", "must be > 0");
  // A leader must give up before any standby may take over, with at least one retry in between.
  if (!(resolved.renewDeadlineMs > resolved.retryPeriodMs)) {
    throw new InvalidLeaderElectorOptionsError("renewDeadlineMs", "must be greater than retryPeriodMs");
  }
  if (!(resolved.leaseDurationMs > resolved.renewDeadlineMs)) {
    throw new InvalidLeaderElectorOptionsError("leaseDurationMs", "must be greater than renewDeadlineMs");
  }
  return resolved;
}
