// The API flood as numbers: one user sends BENCH_FLOOD_RATE (2,000) list requests/s for
// BENCH_FLOOD_SECONDS (10) to an API process; another user makes 50 small requests/s (open loop);
// 3 fake-driver kubelets heartbeat every second. Per round, in one run: a baseline without flood,
// the flood with flow control (the default seats), and the flood with flow control off
// (TROUPE_API_MAX_INFLIGHT=0), each the other user's p50/p99, the heartbeat delay p99 (a gap
// beyond the interval, seen by a watcher of the leases bucket), the flood's 429 rate and whether
// a node went NotReady. Medians over BENCH_ROUNDS (3) rounds.
import { authenticatedUser } from "../runtime/auth/user-info.ts";
import {
  flood, followHeartbeats, followReadiness, heartbeatDelays, measureLatency, startFloodCluster, type FloodCluster, type FloodResult,
} from "../test/helpers/flood-cluster.ts";
import { percentile, report, round } from "./stats.ts";

const rate = Number(process.env.BENCH_FLOOD_RATE ?? 2000);
const floodMs = Number(process.env.BENCH_FLOOD_SECONDS ?? 10) * 1000;
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const BASELINE_MS = 5000;

interface Phase {
  otherP50Ms: number;
  otherP99Ms: number;
  otherErrors: number;
  otherErrorMessages: string[];
  heartbeatDelayP99Ms: number;
  heartbeatDelayMaxMs: number;
  nodesNotReady: number;
  floodSent?: number;
  floodOk?: number;
  flood429Rate?: number;
  floodFailed?: number;
}

async function phase(cluster: FloodCluster, durationMs: number, floodRate: number, user: string): Promise<Phase> {
  const heartbeats = await followHeartbeats(cluster);
  const readiness = await followReadiness(cluster);
  const started = performance.now();
  const load: Promise<FloodResult | undefined> = floodRate > 0
    ? flood(cluster, authenticatedUser(`flooder-${user}`), floodRate, durationMs)
    : new Promise((resolve) => setTimeout(() => resolve(undefined), durationMs));
  const other = await measureLatency(cluster, authenticatedUser(user), 50, load);
  const result = await load;
  const delays = heartbeatDelays(heartbeats.arrivals, started, performance.now());
  heartbeats.stop();
  readiness.stop();
  return {
    otherP50Ms: round(percentile(other.latencies, 50), 1),
    otherP99Ms: round(percentile(other.latencies, 99), 1),
    otherErrors: other.errors,
    otherErrorMessages: other.errorMessages,
    heartbeatDelayP99Ms: round(percentile(delays, 99), 1),
    heartbeatDelayMaxMs: round(Math.max(0, ...delays), 1),
    nodesNotReady: readiness.notReadyAt.size,
    ...(result ? { floodSent: result.sent, floodOk: result.ok, flood429Rate: round(result.tooManyRequests / result.sent, 3), floodFailed: result.failed } : {}),
  };
}

const median = (values: number[]) => percentile(values, 50);

const perRound: { baseline: Phase; flood: Phase; floodWithoutFlowControl: Phase }[] = [];
for (let i = 1; i <= rounds; i++) {
  const limited = await startFloodCluster({ nodes: 3 });
  let baseline: Phase;
  let flooded: Phase;
  try {
    baseline = await phase(limited, BASELINE_MS, 0, `baseline-${i}`);
    flooded = await phase(limited, floodMs, rate, `alice-${i}`);
  } finally {
    await limited.stop();
  }
  const unlimited = await startFloodCluster({ nodes: 3, apiEnv: { TROUPE_API_MAX_INFLIGHT: "0" } });
  let off: Phase;
  try {
    off = await phase(unlimited, floodMs, rate, `alice-${i}`);
  } finally {
    await unlimited.stop();
  }
  perRound.push({ baseline, flood: flooded, floodWithoutFlowControl: off });
  console.error(`round ${i}: ${JSON.stringify(perRound.at(-1))}`);
}

const pick = (key: "baseline" | "flood" | "floodWithoutFlowControl", field: keyof Phase) => round(median(perRound.map((r) => Number(r[key][field] ?? 0))), 3);
await report("api-flood", {
  floodRatePerSecond: rate,
  floodSeconds: floodMs / 1000,
  rounds,
  baselineOtherUserP99Ms: pick("baseline", "otherP99Ms"),
  baselineHeartbeatDelayP99Ms: pick("baseline", "heartbeatDelayP99Ms"),
  floodOtherUserP50Ms: pick("flood", "otherP50Ms"),
  floodOtherUserP99Ms: pick("flood", "otherP99Ms"),
  floodHeartbeatDelayP99Ms: pick("flood", "heartbeatDelayP99Ms"),
  flood429Rate: pick("flood", "flood429Rate"),
  floodNodesNotReady: pick("flood", "nodesNotReady"),
  withoutFlowControlOtherUserP99Ms: pick("floodWithoutFlowControl", "otherP99Ms"),
  withoutFlowControlOtherUserErrors: pick("floodWithoutFlowControl", "otherErrors"),
  withoutFlowControlHeartbeatDelayP99Ms: pick("floodWithoutFlowControl", "heartbeatDelayP99Ms"),
  withoutFlowControlFloodFailed: pick("floodWithoutFlowControl", "floodFailed"),
  perRound,
});
