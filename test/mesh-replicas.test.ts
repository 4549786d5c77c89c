// Mesh replicas as separate processes: load spreads over them, a SIGTERM'd replica drains
// without losing a call, a SIGKILL'd one loses only calls that then fail with a clear error
// (or succeed on retry when idempotent), and no call reports success without having run.
import test from "ava";
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { Mesh, MeshError } from "../runtime/mesh/mod.ts";
import { createLogger } from "../runtime/log.ts";
import { sampleValue } from "./helpers/metrics.ts";
import { useNatsServer } from "./helpers/nats.ts";

const nats = useNatsServer(test);
const FIXTURE = join(import.meta.dirname, "fixtures", "mesh-replica.ts");

interface Replica {
  id: string;
  child: ChildProcess;
  handled: Set<number>;
  /** Calls that reached the replica; received but not handled = in flight when it died. */
  received: Set<number>;
  exited: Promise<number | null>;
  /** Settles once the process has exited and its stdout is fully read: only then is `handled` complete. */
  closed: Promise<void>;
}

async function startReplica(id: string, workDelayMs = 20): Promise<Replica> {
  const child = spawn(process.execPath, [FIXTURE], {
    env: { ...process.env, TROUPE_NATS_URL: nats.server.url, REPLICA_ID: id, WORK_DELAY_MS: String(workDelayMs), TROUPE_LOG_LEVEL: "error", TROUPE_METRICS_PORT: "", PORT: "" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const handled = new Set<number>();
  const received = new Set<number>();
  const ready = Promise.withResolvers<void>();
  let buffer = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines) {
      if (line === "ready") ready.resolve();
      else if (line.startsWith("handled ")) handled.add(Number(line.slice("handled ".length)));
      else if (line.startsWith("received ")) received.add(Number(line.slice("received ".length)));
    }
  });
  const exited = once(child, "exit").then(([code]) => code as number | null);
  const closed = once(child, "close").then(() => undefined);
  void exited.then(() => ready.reject(new Error(`replica ${id} exited before it was ready`)));
  await ready.promise;
  return { id, child, handled, received, exited, closed };
}

/**
 * A reply can reach the test before the replica's "handled" line does (the NATS socket and the
 * stdout pipe are read in whatever order the event loop sees them), so the records are read only
 * after every replica has stopped and its pipe is drained.
 */
async function stopAndReadRecords(replicas: Replica[]): Promise<void> {
  for (const replica of replicas) if (replica.child.exitCode === null && replica.child.signalCode === null) replica.child.kill("SIGTERM");
  await Promise.all(replicas.map((replica) => replica.closed));
}

async function startReplicas(t: { teardown(fn: () => void): void }, count: number, firstDelayMs?: number): Promise<Replica[]> {
  const replicas = await Promise.all(Array.from({ length: count }, (_, i) => startReplica(`r${i}`, i === 0 ? firstDelayMs : undefined)));
  t.teardown(() => replicas.forEach((replica) => replica.child.kill("SIGKILL")));
  return replicas;
}

async function client(): Promise<Mesh> {
  return Mesh.connect({ nc: await nats.connect("replicas-client"), logger: createLogger("mesh", {}, { level: "error" }) });
}

type Outcome = { ok: true; id: number; replica: string } | { ok: false; id: number; error: unknown };

/** `count` calls, `concurrency` at a time; `during` runs once `trigger` calls have been sent. */
async function load(mesh: Mesh, count: number, concurrency: number, callOptions: (id: number) => object, trigger: number, during: () => void): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const id = next++;
      if (id === trigger) during();
      try {
        const reply = await mesh.call<{ id: number }, { id: number; replica: string }>("work.run", { id }, callOptions(id));
        outcomes.push({ ok: true, id, replica: reply.replica });
      } catch (error) {
        outcomes.push({ ok: false, id, error });
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return outcomes;
}

test.serial("calls spread over 3 replica processes, and a replica drained by SIGTERM mid-load loses no call", async (t) => {
  const replicas = await startReplicas(t, 3);
  const mesh = await client();
  const outcomes = await load(mesh, 300, 20, () => ({ timeoutMs: 5000 }), 100, () => replicas[0].child.kill("SIGTERM"));
  const failures = outcomes.filter((outcome) => !outcome.ok);
  t.deepEqual(failures, [], "no call lost while a replica drained");
  const byReplica = new Map<string, number>();
  for (const outcome of outcomes) if (outcome.ok) byReplica.set(outcome.replica, (byReplica.get(outcome.replica) ?? 0) + 1);
  t.deepEqual([...byReplica.keys()].sort(), ["r0", "r1", "r2"]);
  t.is(await replicas[0].exited, 0, "the drained replica exits cleanly");
  t.true((byReplica.get("r0") ?? 0) < 100, "the draining replica stopped taking calls");
  await stopAndReadRecords(replicas);
  for (const outcome of outcomes) if (outcome.ok) t.true(replicas.find((r) => r.id === outcome.replica)?.handled.has(outcome.id));
  await mesh.stop();
});

test.serial("a replica killed by SIGKILL mid-load: idempotent calls succeed on retry, others succeed or fail clearly, none succeeds unhandled", async (t) => {
  // r0 takes 200 ms a call, so it surely holds calls when it is killed; which ones it held is
  // read from its records (received, never handled), not assumed.
  const replicas = await startReplicas(t, 3, 200);
  const mesh = await client();
  const idempotent = (id: number) => id % 2 === 0;
  const outcomes = await load(
    mesh,
    300,
    20,
    (id) => (idempotent(id) ? { timeoutMs: 3000, idempotent: true, attempts: 3 } : { timeoutMs: 1000 }),
    100,
    () => replicas[0].child.kill("SIGKILL"),
  );
  t.is(outcomes.length, 300);
  await stopAndReadRecords(replicas);
  const handledAnywhere = new Set(replicas.flatMap((replica) => [...replica.handled]));
  for (const outcome of outcomes) {
    if (outcome.ok) {
      t.true(handledAnywhere.has(outcome.id), `call ${outcome.id} reported success, so it ran`);
    } else {
      t.false(idempotent(outcome.id), `idempotent call ${outcome.id} should have been retried: ${String(outcome.error)}`);
      t.true(outcome.error instanceof MeshError && outcome.error.code === "TIMEOUT", String(outcome.error));
    }
  }
  t.true(outcomes.filter((outcome) => outcome.ok).length >= 280, "only calls in flight on the killed replica can fail");
  t.is(await replicas[0].exited, null, "killed by a signal");
  const inFlight = [...replicas[0].received].filter((id) => !replicas[0].handled.has(id));
  t.true(inFlight.length > 0, "the kill caught calls in flight on r0");
  const retriedIds = inFlight.filter(idempotent);
  for (const id of retriedIds) t.true(outcomes.some((outcome) => outcome.id === id && outcome.ok), `idempotent call ${id}, in flight on the killed replica, succeeded on retry`);
  const retries = await sampleValue(mesh.registry, "troupe_mesh_client_retries_total", { service: "work", method: "run" });
  t.true((retries ?? 0) >= retriedIds.length, `every idempotent call in flight on the killed replica was retried (${retriedIds.length} of ${inFlight.length} in flight)`);
  await mesh.stop();
});
