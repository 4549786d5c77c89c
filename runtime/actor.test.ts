import { trace } from "@opentelemetry/api";
import { InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import test from "ava";
import { sampleValue } from "../test/helpers/metrics.ts";
import { Actor, ActorStoppedError, MailboxFullError } from "./actor.ts";
import type { ActorCrash, ActorOptions } from "./actor.ts";
import { createLogger } from "./log.ts";
import { createActorMetrics, createMetricsRegistry } from "./metrics.ts";
import { startTelemetry } from "./telemetry.ts";

const quiet = createLogger("actor-test", {}, { write: () => undefined });

function actor<M>(options: Omit<ActorOptions<M>, "onCrash"> & Partial<Pick<ActorOptions<M>, "onCrash">>): Actor<M> {
  return new Actor<M>({ logger: quiet, onCrash: () => undefined, ...options });
}

test("actor handles messages one at a time in the order they were sent", async (t) => {
  const handled: number[] = [];
  let active = 0;
  let maxActive = 0;
  const a = actor<number>({
    kind: "counter",
    factory: () => async (n) => {
      active++;
      maxActive = Math.max(maxActive, active);
      await new Promise((resolve) => setTimeout(resolve, n % 3));
      handled.push(n);
      active--;
    },
  });
  for (let n = 0; n < 20; n++) t.true(a.send(n));
  await a.stop();
  t.deepEqual(
    handled,
    Array.from({ length: 20 }, (_, n) => n),
  );
  t.is(maxActive, 1);
});

test("bounded actor refuses messages when its mailbox is full", async (t) => {
  const registry = createMetricsRegistry({ service: "svc", defaultMetrics: false });
  const gate = Promise.withResolvers<void>();
  const started = Promise.withResolvers<void>();
  const a = actor<string>({
    kind: "bounded",
    mailboxCapacity: 2,
    metrics: createActorMetrics(registry),
    factory: () => async () => {
      started.resolve();
      await gate.promise;
    },
  });
  t.true(a.send("in flight"));
  await started.promise;
  t.true(a.send("queued 1"));
  t.true(a.send("queued 2"));
  t.false(a.send("overflow"));
  t.is(a.depth, 2);
  t.is(await sampleValue(registry, "troupe_actor_mailbox_depth", { actor_kind: "bounded" }), 2);
  t.is(await sampleValue(registry, "troupe_actor_messages_total", { actor_kind: "bounded", outcome: "rejected" }), 1);
  gate.resolve();
  await a.stop();
  t.is(await sampleValue(registry, "troupe_actor_messages_total", { actor_kind: "bounded", outcome: "ok" }), 3);
  t.is(await sampleValue(registry, "troupe_actor_mailbox_depth", { actor_kind: "bounded" }), 0);
});

test("bounded actor in throw mode raises MailboxFullError", async (t) => {
  const gate = Promise.withResolvers<void>();
  const a = actor<string>({ kind: "strict", mailboxCapacity: 1, overflow: "throw", factory: () => () => gate.promise });
  a.send("first");
  const error = t.throws(() => a.send("second"), { instanceOf: MailboxFullError });
  t.is(error?.code, "MAILBOX_FULL");
  t.is(error?.capacity, 1);
  gate.resolve();
  await a.stop();
});

test("stopped actor handles what was queued and refuses the rest", async (t) => {
  const handled: string[] = [];
  const a = actor<string>({
    kind: "drainer",
    overflow: "throw",
    factory: () => async (msg) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      handled.push(msg);
    },
  });
  a.send("a");
  a.send("b");
  a.send("c");
  const stopping = a.stop();
  t.throws(() => a.send("late"), { instanceOf: ActorStoppedError });
  await stopping;
  t.deepEqual(handled, ["a", "b", "c"]);
  t.true(a.stopped);
});

test("actor crash rebuilds its state through the factory and skips the crashing message", async (t) => {
  const crashes: ActorCrash<string>[] = [];
  const states: string[][] = [];
  const a = actor<string>({
    kind: "stateful",
    onCrash: (crash) => void crashes.push(crash),
    factory: () => {
      const seen: string[] = [];
      states.push(seen);
      return (msg) => {
        if (msg === "poison") throw new TypeError("cannot digest");
        seen.push(msg);
      };
    },
  });
  for (const msg of ["a", "b", "poison", "c"]) a.send(msg);
  await a.stop();

  t.deepEqual(states, [["a", "b"], ["c"]]);
  t.is(crashes.length, 1);
  t.is(crashes[0].phase, "handle");
  t.is(crashes[0].message, "poison");
  t.true(crashes[0].error instanceof TypeError);
  t.is(crashes[0].kind, "stateful");
});

test.serial("actor handles each message inside the sender's trace", async (t) => {
  const exporter = new InMemorySpanExporter();
  const telemetry = await startTelemetry({ serviceName: "actor-test", spanProcessors: [new SimpleSpanProcessor(exporter)] });
  t.teardown(() => telemetry.shutdown());
  const traceIds: string[] = [];
  const a = actor<string>({
    kind: "traced",
    factory: () => () => void traceIds.push(trace.getActiveSpan()?.spanContext().traceId ?? ""),
  });

  const sender = trace.getTracer("test").startActiveSpan("sender", (span) => {
    a.send("hello");
    span.end();
    return span.spanContext();
  });
  await a.stop();

  t.deepEqual(traceIds, [sender.traceId]);
  const handled = exporter.getFinishedSpans().find((s) => s.name === "actor traced")!;
  t.is(handled.parentSpanContext?.spanId, sender.spanId);
  t.is(handled.attributes["troupe.actor.kind"], "traced");
});

test("stopping actor whose factory keeps failing drops its mailbox instead of spinning", async (t) => {
  const lines: string[] = [];
  let attempts = 0;
  const a = new Actor<string>({
    kind: "broken",
    logger: createLogger("actor-test", {}, { write: (line) => lines.push(line) }),
    onCrash: (crash) => new Promise<void>((resolve) => crash.signal.addEventListener("abort", () => resolve())),
    factory: () => {
      attempts++;
      throw new Error("no state for you");
    },
  });
  a.send("x");
  a.send("y");
  await a.stop();
  t.is(attempts, 2);
  t.is(a.depth, 0);
  t.regex(lines.join("\n"), /dropped its mailbox/);
});
