// Mesh call latency and throughput beside raw NATS request/reply, in the same run, against the
// same nats-server and the same responder process: sequential p50/p99 (one call at a time) and
// calls/s with BENCH_CONCURRENCY calls in flight. Target: mesh p50 <= raw p50 + 100 µs.
// Figures are medians over rounds; the overhead is taken per round, then its median.
import { connect } from "@nats-io/transport-node";
import type { NatsConnection } from "@nats-io/transport-node";
import { Mesh } from "../runtime/mesh/mod.ts";
import { createLogger } from "../runtime/log.ts";
import { startNatsServer } from "../runtime/nats-server.ts";
import { MESH_BENCH_RAW_SUBJECT } from "../runtime/subjects.ts";
import { startBenchService } from "./support/service-process.ts";
import { percentile, report, round } from "./stats.ts";

const count = Number(process.env.BENCH_COUNT ?? 3000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 32);
const throughputCalls = Number(process.env.BENCH_THROUGHPUT_CALLS ?? 10_000);
const warmup = 1000;
const TARGET_OVERHEAD_US = 100;

const request = { item: "x", qty: 1, note: "a small order" };
const requestBytes = new TextEncoder().encode(JSON.stringify(request));

const server = await startNatsServer();
// Without the control plane's small-heap flags: user pods run with Node's defaults.
const responder = await startBenchService("bench/support/mesh-echo-service.ts", server.url, {}, []);
try {
  await responder.waitForMetrics((text) => text.includes("troupe_mesh_server_requests_total"), "the echo service");
  const nc: NatsConnection = await connect({ servers: server.url, noAsyncTraces: true });
  const mesh = await Mesh.connect({ nc, name: "bench-client", logger: createLogger("mesh", {}, { level: "warn" }) });
  const raw = async () => void (await nc.request(MESH_BENCH_RAW_SUBJECT, requestBytes, { timeout: 5000 }));
  const call = async () => void (await mesh.call("bench.echo", request, { timeoutMs: 5000 }));

  await paired(raw, call, warmup);

  const perRound: Record<string, number>[] = [];
  for (let r = 0; r < rounds; r++) {
    const [rawLatency, meshLatency] = await paired(raw, call, count);
    const rawRate = await throughput(raw);
    const meshRate = await throughput(call);
    const figures = {
      rawP50Us: us(percentile(rawLatency, 50)),
      rawP99Us: us(percentile(rawLatency, 99)),
      meshP50Us: us(percentile(meshLatency, 50)),
      meshP99Us: us(percentile(meshLatency, 99)),
      overheadP50Us: us(percentile(meshLatency, 50) - percentile(rawLatency, 50)),
      rawCallsPerSecond: Math.round(rawRate),
      meshCallsPerSecond: Math.round(meshRate),
    };
    perRound.push(figures);
    console.error(`round ${r + 1}/${rounds}: ${JSON.stringify(figures)}`);
  }
  const median = (key: string) => round(percentile(perRound.map((figures) => figures[key]), 50), 1);
  const overheadP50Us = median("overheadP50Us");
  const figures = {
    callsPerRound: count,
    rounds,
    concurrency,
    rawP50Us: median("rawP50Us"),
    rawP99Us: median("rawP99Us"),
    meshP50Us: median("meshP50Us"),
    meshP99Us: median("meshP99Us"),
    overheadP50Us,
    overheadP99Us: round(median("meshP99Us") - median("rawP99Us"), 1),
    rawCallsPerSecond: median("rawCallsPerSecond"),
    meshCallsPerSecond: median("meshCallsPerSecond"),
    targetOverheadP50Us: TARGET_OVERHEAD_US,
    targetMet: overheadP50Us <= TARGET_OVERHEAD_US,
    perRound,
  };
  console.error(`p50 overhead of a mesh call over raw NATS: ${overheadP50Us} µs (target <= ${TARGET_OVERHEAD_US} µs)`);
  await nc.close();
  await report("mesh", figures);
} finally {
  await responder.stop();
  await server.destroy();
}

function us(ms: number): number {
  return round(ms * 1000, 1);
}

/**
 * One call at a time, alternating the two paths call by call, so both see the same moments of
 * a noisy shared machine (measuring one path after the other moved the overhead by ±80 µs).
 */
async function paired(a: () => Promise<void>, b: () => Promise<void>, n: number): Promise<[number[], number[]]> {
  const latencies: [number[], number[]] = [Array.from({ length: n }, () => 0), Array.from({ length: n }, () => 0)];
  for (let i = 0; i < n; i++) {
    for (const [index, operation] of [a, b].entries()) {
      const started = performance.now();
      await operation();
      latencies[index][i] = performance.now() - started;
    }
  }
  return latencies;
}

/** Calls per second with `concurrency` calls in flight until `throughputCalls` are done. */
async function throughput(operation: () => Promise<void>): Promise<number> {
  let started = 0;
  const t0 = performance.now();
  const worker = async () => {
    while (started < throughputCalls) {
      started++;
      await operation();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return throughputCalls / ((performance.now() - t0) / 1000);
}
