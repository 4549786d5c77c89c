// Managers over a MemoryStore, with leases in a MemoryStore too and short lease timings.
import test from "ava";
import { findResource } from "../codec/resources.ts";
import type { ResourceInfo } from "../codec/resources.ts";
import { LeaderElector } from "../leader-election/leader-elector.ts";
import { LeaseLock } from "../leader-election/lease-lock.ts";
import { createLogger } from "../log.ts";
import { MemoryStore } from "../store/memory-store.ts";
import { ObjectRepository } from "../store/object-repository.ts";
import { ControllerBuilder } from "./builder.ts";
import { Manager } from "./manager.ts";
import { keyOf } from "./reconciler.ts";
import type { Reconciler, ReconcileRequest } from "./reconciler.ts";

const configMaps = findResource("configmaps") as ResourceInfo;
const quiet = createLogger("manager-test", {}, { write: () => undefined });
const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, what: string, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await tick(2);
  }
}

function configMap(name: string) {
  return { apiVersion: "v1", kind: "ConfigMap", metadata: { name, namespace: "default" } };
}

class CountingReconciler implements Reconciler {
  readonly seen: string[] = [];
  async reconcile(request: ReconcileRequest): Promise<void> {
    this.seen.push(keyOf(request));
  }
}

function managerWith(repo: ObjectRepository, leaderElector?: LeaderElector) {
  const manager = new Manager({ repo, leaderElector, logger: quiet });
  const reconciler = new CountingReconciler();
  manager.add(new ControllerBuilder("configmap").for(configMaps).withReconciler(reconciler).withOptions({ logger: quiet }).build(manager.factory));
  return { manager, reconciler };
}

function elector(leases: MemoryStore, identity: string): LeaderElector {
  return new LeaderElector({ store: leases, name: "manager-test", identity, leaseDurationMs: 300, renewDeadlineMs: 200, retryPeriodMs: 50, logger: quiet });
}

test("a manager without an elector syncs its caches, then runs its controllers, and is ready", async (t) => {
  const repo = new ObjectRepository(new MemoryStore());
  await repo.create(configMaps, configMap("existing"));
  const { manager, reconciler } = managerWith(repo);
  t.false(manager.ready);
  await manager.start();
  t.true(manager.ready);
  t.true(manager.leading);
  await until(() => reconciler.seen.length === 1, "the existing object");
  await repo.create(configMaps, configMap("new"));
  await until(() => reconciler.seen.length === 2, "the new object");
  t.deepEqual(reconciler.seen, ["default/existing", "default/new"]);
  await manager.stop();
  t.false(manager.ready);
  t.is(manager.state, "stopped");
});

test("only the leading manager runs its controllers, and the standby takes over when the leader stops", async (t) => {
  const repo = new ObjectRepository(new MemoryStore());
  const leases = new MemoryStore();
  await repo.create(configMaps, configMap("a"));
  const first = managerWith(repo, elector(leases, "first"));
  await first.manager.start();
  await until(() => first.manager.leading, "the first manager to lead");
  const second = managerWith(repo, elector(leases, "second"));
  await second.manager.start();
  t.true(second.manager.ready, "a standby is ready");
  await until(() => first.reconciler.seen.length === 1, "the leader's reconcile");

  await repo.create(configMaps, configMap("b"));
  await until(() => first.reconciler.seen.length === 2, "the leader to see the change");
  await tick(100);
  t.false(second.manager.leading);
  t.deepEqual(second.reconciler.seen, []);

  await first.manager.stop();
  await until(() => second.manager.leading, "the standby to lead", 1000);
  await until(() => second.reconciler.seen.length === 2, "the new leader to catch up");
  t.deepEqual(second.reconciler.seen.sort(), ["default/a", "default/b"]);
  await second.manager.stop();
});

test("a manager whose elector loses the lease stops its controllers and starts them again when it wins it back", async (t) => {
  const repo = new ObjectRepository(new MemoryStore());
  const leases = new MemoryStore();
  const leaderElector = elector(leases, "flaky");
  const { manager, reconciler } = managerWith(repo, leaderElector);
  await manager.start();
  await until(() => manager.leading, "leadership");

  // Another process writes itself into the lease (as after a long pause of this one): the
  // manager must stop acting at once, and win the lease back once the intruder stops renewing.
  const lock = new LeaseLock(leases, "manager-test");
  const current = await lock.get();
  await lock.update({ ...current!.record, holderIdentity: "intruder" }, current!.revision);
  await until(() => !manager.leading, "stepping down", 1000);
  t.is(leaderElector.leader, "intruder");
  await until(() => manager.leading, "leading again", 2000);
  await repo.create(configMaps, configMap("after"));
  await until(() => reconciler.seen.includes("default/after"), "a reconcile after regaining the lease");
  t.true(manager.leading);
  await manager.stop();
});

test("stopping a manager whose caches never synced returns", async (t) => {
  const store = new MemoryStore();
  // A store whose watch never answers: the informers never sync.
  store.watch = () => new Promise(() => undefined);
  const { manager } = managerWith(new ObjectRepository(store));
  const started = manager.start();
  await tick(10);
  t.is(manager.state, "syncing");
  await manager.stop();
  await started;
  t.false(manager.leading);
  t.is(manager.state, "stopped");
});
