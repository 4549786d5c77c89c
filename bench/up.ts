// `troupe up` to API ready: the wall time of `troupe up -d` (it exits 0 only once the API
// answers) in a fresh TROUPE_HOME, over BENCH_ROUNDS rounds (default 5); `troupe down` after
// each round is not timed. Baseline, in the same run and rounds: starting a bare nats-server
// with JetStream until it accepts connections, the floor under any cluster start.
import { startNatsServer } from "../runtime/nats-server.ts";
import { percentile, report, round } from "./stats.ts";
import { LocalCluster } from "./support/local-cluster.ts";

const rounds = Number(process.env.BENCH_ROUNDS ?? 5);

const upToReady: number[] = [];
const natsServerStart: number[] = [];
for (let i = 0; i < rounds; i++) {
  const cluster = await LocalCluster.create();
  try {
    upToReady.push(await cluster.up());
  } finally {
    await cluster.destroy();
  }

  const started = performance.now();
  const server = await startNatsServer();
  natsServerStart.push(performance.now() - started);
  await server.destroy();
}

await report("up", {
  rounds,
  upToReadyP50Ms: round(percentile(upToReady, 50), 1),
  upToReadyMaxMs: round(Math.max(...upToReady), 1),
  natsServerStartP50Ms: round(percentile(natsServerStart, 50), 1),
  targetMs: 2000,
});
