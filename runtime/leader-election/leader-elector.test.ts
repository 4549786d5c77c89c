// Leader election on the real `troupe-leases` KV bucket of a per-file nats-server.
import test from "ava";
import { Registry } from "prom-client";
import { sampleValue } from "../../test/helpers/metrics.ts";
import { useNatsServer } from "../../test/helpers/nats.ts";
import { createLogger } from "../log.ts";
import { MemoryStore } from "../store/memory-store.ts";
import type { ReadOptions, Store, StoreEntry, StoreList, StoreWatch, StoreWatchOptions } from "../store/types.ts";
import { LeaderElector } from "./leader-elector.ts";
import { InvalidLeaderElectorOptionsError } from "./leader-elector-options.ts";
import type { LeaderElectorOptions } from "./leader-elector-options.ts";
import { LeaseLock, openLeaseStore } from "./lease-lock.ts";

const nats = useNatsServer(test);
let leases: Store;
test.before(async () => {
  leases = await openLeaseStore(await nats.connect("leader-election-test"));
});

const quiet = createLogger("leader-election-test", {}, { write: () => undefined });
const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await tick(5);
  }
}

/** A store whose process "dies": once killed, no call ever answers (and nothing is released). */
class KillableStore implements Store {
  readonly #inner: Store;
  killed = false;
  constructor(inner: Store) {
    this.#inner = inner;
  }
  #call<T>(fn: () => Promise<T>): Promise<T> {
    return this.killed ? new Promise<T>(() => undefined) : fn();
  }
  get(key: string, options?: ReadOptions): Promise<StoreEntry | undefined> {
    return this.#call(() => this.#inner.get(key, options));
  }
  create(key: string, value: Uint8Array): Promise<number> {
    return this.#call(() => this.#inner.create(key, value));
  }
  update(key: string, value: Uint8Array, expectedRevision: number): Promise<number> {
    return this.#call(() => this.#inner.update(key, value, expectedRevision));
  }
  delete(key: string, expectedRevision?: number, tombstone?: Uint8Array): Promise<number> {
    return this.#call(() => this.#inner.delete(key, expectedRevision, tombstone));
  }
  list(filter: string): Promise<StoreList> {
    return this.#call(() => this.#inner.list(filter));
  }
  watch(filter: string, options?: StoreWatchOptions): Promise<StoreWatch> {
    return this.#call(() => this.#inner.watch(filter, options));
  }
  revision(): Promise<number> {
    return this.#call(() => this.#inner.revision());
  }
}

/** An elector that records when it started and stopped leading (performance.now()). */
function candidate(name: string, identity: string, options: Partial<LeaderElectorOptions> = {}) {
  const events = { started: [] as number[], stopped: [] as number[], leaders: [] as string[] };
  const elector = new LeaderElector({ store: leases, name, identity, logger: quiet, ...options });
  elector.start({
    onStartedLeading: () => void events.started.push(performance.now()),
    onStoppedLeading: () => void events.stopped.push(performance.now()),
    onNewLeader: (leader) => void events.leaders.push(leader),
  });
  return { elector, events };
}

test("of three candidates exactly one leads at any time, and all see it as the leader", async (t) => {
  const candidates = ["a", "b", "c"].map((identity) => candidate("one-leader", identity));
  const sampleUntil = performance.now() + 1500;
  while (performance.now() < sampleUntil) {
    const leading = candidates.filter(({ elector }) => elector.isLeader).length;
    t.true(leading <= 1, `${leading} leaders at once`);
    await tick(5);
  }
  const leaders = candidates.filter(({ elector }) => elector.isLeader);
  t.is(leaders.length, 1);
  t.is(candidates.reduce((sum, { events }) => sum + events.started.length, 0), 1);
  for (const { elector } of candidates) t.is(elector.leader, leaders[0].elector.identity);
  const lease = await new LeaseLock(leases, "one-leader").get();
  t.is(lease?.record.holderIdentity, leaders[0].elector.identity);
  t.is(lease?.record.leaseDurationSeconds, 2);
  await Promise.all(candidates.map(({ elector }) => elector.stop()));
});

test("when the leader dies without releasing, the standby takes over within 3 s, after the old leader stepped down", async (t) => {
  const killable = new KillableStore(leases);
  const registry = new Registry();
  const first = candidate("dies", "first", { store: killable });
  await until(() => first.elector.isLeader, "the first leader");
  const second = candidate("dies", "second", { registry });
  await until(() => second.elector.leader === "first", "the standby to see the leader");
  await tick(300);
  t.false(second.elector.isLeader);

  const diedAt = performance.now();
  killable.killed = true;
  await until(() => second.elector.isLeader, "the takeover");
  const failover = second.events.started[0] - diedAt;
  t.log(`fail-over after the leader died: ${Math.round(failover)} ms`);
  t.true(failover < 3000, `fail-over took ${failover} ms`);
  t.is(first.events.stopped.length, 1);
  t.true(first.events.stopped[0] < second.events.started[0], "the old leader stepped down before the new one started");
  t.false(first.elector.isLeader);
  t.is(await sampleValue(registry, "troupe_leader_is_leader", { lease: "dies" }), 1);
  t.is(await sampleValue(registry, "troupe_leader_transitions_total", { lease: "dies" }), 1);
  const lease = await new LeaseLock(leases, "dies").get();
  t.is(lease?.record.holderIdentity, "second");
  t.is(lease?.record.leaseTransitions, 1);
  await Promise.all([first.elector.stop(), second.elector.stop()]);
});

test("a leader that stops releases the lease and the standby takes over within 1 s", async (t) => {
  const first = candidate("release", "first");
  await until(() => first.elector.isLeader, "the first leader");
  const second = candidate("release", "second");
  await until(() => second.elector.leader === "first", "the standby to see the leader");

  const stoppingAt = performance.now();
  await first.elector.stop();
  t.deepEqual(first.events.stopped.length, 1);
  await until(() => second.elector.isLeader, "the takeover");
  const takeover = second.events.started[0] - stoppingAt;
  t.log(`takeover after a graceful release: ${Math.round(takeover)} ms`);
  t.true(takeover < 1000, `takeover took ${takeover} ms`);
  t.true(first.events.stopped[0] < second.events.started[0]);
  await second.elector.stop();
});

test("a leader keeps the lease across many renewals and reports itself as the new leader once", async (t) => {
  const only = candidate("steady", "only", { retryPeriodMs: 50, renewDeadlineMs: 300, leaseDurationMs: 500 });
  await until(() => only.elector.isLeader, "the leader");
  const acquired = await new LeaseLock(leases, "steady").get();
  await tick(400);
  const renewed = await new LeaseLock(leases, "steady").get();
  t.true(only.elector.isLeader);
  t.true(renewed!.revision > acquired!.revision);
  t.is(renewed?.record.acquireTime, acquired?.record.acquireTime);
  t.not(renewed?.record.renewTime, acquired?.record.renewTime);
  t.deepEqual(only.events.leaders, ["only"]);
  t.is(only.events.started.length, 1);
  await only.elector.stop();
  t.is((await new LeaseLock(leases, "steady").get())?.record.holderIdentity, "");
});

test("leader elector options must leave a leader time to step down before the lease expires", (t) => {
  const store = new MemoryStore();
  t.throws(() => new LeaderElector({ store, name: "x", leaseDurationMs: 1000, renewDeadlineMs: 1000 }), { instanceOf: InvalidLeaderElectorOptionsError });
  t.throws(() => new LeaderElector({ store, name: "x", renewDeadlineMs: 300, retryPeriodMs: 300 }), { instanceOf: InvalidLeaderElectorOptionsError });
  t.throws(() => new LeaderElector({ store, name: "bad name" }), { instanceOf: InvalidLeaderElectorOptionsError });
  t.notThrows(() => new LeaderElector({ store, name: "troupe-controller-manager.v1" }));
});
