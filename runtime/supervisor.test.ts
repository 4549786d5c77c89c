import test from "ava";
import { sampleValue } from "../test/helpers/metrics.ts";
import { createLogger } from "./log.ts";
import { createActorMetrics, createMetricsRegistry } from "./metrics.ts";
import { Supervisor } from "./supervisor.ts";
import type { CrashReport, SupervisorOptions } from "./supervisor.ts";

async function until(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

function supervisor(options: SupervisorOptions = {}) {
  const lines: Record<string, unknown>[] = [];
  const reports: CrashReport[] = [];
  const sup = new Supervisor({
    logger: createLogger("supervisor", {}, { write: (line) => lines.push(JSON.parse(line) as Record<string, unknown>) }),
    onCrash: (report) => reports.push(report),
    ...options,
  });
  return { sup, lines, reports };
}

test("supervisor restarts a crashing actor with growing delays", async (t) => {
  const registry = createMetricsRegistry({ service: "svc", defaultMetrics: false });
  const { sup, reports } = supervisor({
    backoff: { baseMs: 20, maxMs: 1000, jitter: 0 },
    metrics: createActorMetrics(registry),
  });
  const builtAt: number[] = [];
  const actor = sup.spawn<number>({
    kind: "crasher",
    factory: () => {
      builtAt.push(performance.now());
      return () => {
        throw new Error("always fails");
      };
    },
  });
  for (let n = 0; n < 4; n++) actor.send(n);
  await until(() => builtAt.length === 5);
  await actor.stop();

  t.deepEqual(
    reports.map((r) => r.restartInMs),
    [20, 40, 80, 160],
  );
  t.deepEqual(
    reports.map((r) => r.consecutiveCrashes),
    [1, 2, 3, 4],
  );
  t.is(builtAt.length, 5);
  const gaps = builtAt.slice(1).map((at, i) => at - builtAt[i]);
  t.true(gaps[0] >= 19 && gaps[1] >= 39 && gaps[2] >= 79 && gaps[3] >= 159, `gaps ${gaps.join(", ")}`);
  t.is(await sampleValue(registry, "troupe_actor_restarts_total", { actor_kind: "crasher" }), 4);
  t.is(await sampleValue(registry, "troupe_actor_messages_total", { actor_kind: "crasher", outcome: "error" }), 4);
});

test("supervisor starts the backoff over once the actor has been stable", async (t) => {
  const { sup, reports } = supervisor({ backoff: { baseMs: 10, maxMs: 1000, jitter: 0 }, resetAfterMs: 100 });
  const actor = sup.spawn<string>({
    kind: "flaky",
    factory: () => (msg) => {
      if (msg === "crash") throw new Error("flaked");
    },
  });
  actor.send("crash");
  actor.send("crash");
  await new Promise((resolve) => setTimeout(resolve, 300));
  actor.send("crash");
  await actor.stop();
  t.deepEqual(
    reports.map((r) => r.restartInMs),
    [10, 20, 10],
  );
});

test("supervisor logs the crash with its error and keeps the actor serving", async (t) => {
  const { sup, lines, reports } = supervisor({ backoff: { baseMs: 1, jitter: 0 } });
  const handled: string[] = [];
  const actor = sup.spawn<{ id: string; secret: string }>({
    kind: "pod-worker",
    name: "default/web-1",
    describe: (msg) => ({ id: msg.id }),
    factory: () => (msg) => {
      if (msg.id === "bad") throw Object.assign(new Error("exploded"), { code: "E_BOOM" });
      handled.push(msg.id);
    },
  });
  actor.send({ id: "bad", secret: "s3cret" });
  actor.send({ id: "good", secret: "s3cret" });
  await actor.stop();

  t.deepEqual(handled, ["good"]);
  const crash = lines.find((l) => l.msg === "actor crashed")!;
  t.is(crash.level, "error");
  t.is(crash.actor_kind, "pod-worker");
  t.is(crash.actor_name, "default/web-1");
  t.like(crash.error, { name: "Error", message: "exploded", code: "E_BOOM" });
  t.deepEqual(crash.crashed_message, { id: "bad" });
  t.false(JSON.stringify(lines).includes("s3cret"));
  t.deepEqual(reports[0].message, { id: "bad", secret: "s3cret" });
});

test("supervisor retries a factory that fails and then delivers the queued messages", async (t) => {
  const { sup, reports, lines } = supervisor({ backoff: { baseMs: 5, jitter: 0 } });
  let attempts = 0;
  const handled: string[] = [];
  const actor = sup.spawn<string>({
    kind: "late-starter",
    factory: () => {
      if (++attempts < 3) throw new Error(`not yet (${attempts})`);
      return (msg) => void handled.push(msg);
    },
  });
  actor.send("queued while starting");
  await until(() => handled.length === 1);
  await actor.stop();
  t.is(attempts, 3);
  t.deepEqual(handled, ["queued while starting"]);
  t.deepEqual(
    reports.map((r) => [r.phase, r.message]),
    [
      ["start", undefined],
      ["start", undefined],
    ],
  );
  t.is(lines.filter((l) => l.msg === "actor failed to start").length, 2);
});

test("supervisor stop cuts a restart delay short and drains every child", async (t) => {
  const { sup } = supervisor({ backoff: { baseMs: 10_000, maxMs: 10_000, jitter: 0 } });
  const handled: string[] = [];
  const crashing = sup.spawn<string>({
    kind: "slow-restart",
    factory: () => (msg) => {
      if (msg === "crash") throw new Error("down for 10s");
      handled.push(`slow:${msg}`);
    },
  });
  const calm = sup.spawn<string>({ kind: "calm", factory: () => (msg) => void handled.push(`calm:${msg}`) });
  crashing.send("crash");
  crashing.send("after");
  calm.send("one");
  t.is(sup.size, 2);

  const started = performance.now();
  await sup.stop();
  t.true(performance.now() - started < 1000);
  t.deepEqual(handled.sort(), ["calm:one", "slow:after"]);
  t.is(sup.size, 0);
});
