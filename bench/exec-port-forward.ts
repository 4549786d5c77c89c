// exec and port-forward through the kubelet's NATS streams, each against the direct way in the
// same run (a real API, nats-server and a kubelet with the process driver, in this process; the
// pod is a Node HTTP server):
//   1. exec round trip: `exec -- true` from the in-process client (open the stream session, run,
//      exit code back) vs spawning `true` here; and the whole `troupe exec POD -- true` CLI process
//      vs `troupe version --client` (the same CLI start-up without a cluster);
//   2. port-forward throughput: GET of a BENCH_BIG_MB body through a local listener that
//      forwards each connection over NATS (as `troupe port-forward` does) vs straight to the
//      pod's port, MB/s;
//   3. port-forward request latency: BENCH_REQUESTS sequential keep-alive GETs, p50/p99, same two.
import { spawn } from "node:child_process";
import { readFile, mkdtemp, rm } from "node:fs/promises";
import { Agent, get } from "node:http";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pipeline } from "node:stream";
import { execInContainer } from "../runtime/kubelet-client/exec-client.ts";
import { openPortForward } from "../runtime/kubelet-client/port-forward-client.ts";
import { ProcessDriver } from "../services/kubelet/drivers/process-driver.ts";
import type { Pod } from "../services/kubelet/pod/container-spec.ts";
import { eventuallyValue, startKubeletHarness } from "../test/helpers/kubelet-harness.ts";
import { CLI, REPO_ROOT } from "../test/helpers/troupe-cli.ts";
import { percentile, report, round, summarize } from "./stats.ts";

const EXECS = Number(process.env.BENCH_EXECS ?? 200);
const CLI_RUNS = Number(process.env.BENCH_CLI_RUNS ?? 10);
const BIG_MB = Number(process.env.BENCH_BIG_MB ?? 64);
const BIG_ROUNDS = Number(process.env.BENCH_BIG_ROUNDS ?? 3);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 1000);
const NODE = "node-b";

const portFile = join(await mkdtemp(join(tmpdir(), "troupe-bench-pf-")), "port");
const SERVER = `const big = Buffer.alloc(${BIG_MB} * 1024 * 1024, 120);
require('http').createServer((q, s) => s.end(q.url === '/big' ? big : 'pong')).listen(process.env.PORT, () => require('fs').writeFileSync(${JSON.stringify(portFile)}, process.env.PORT));`;

const harness = await startKubeletHarness({
  name: "bench-exec-port-forward",
  driver: (_root, logger) => new ProcessDriver({ logger, cgroups: false }),
  kubelet: { nodeName: NODE, cpu: "2", memory: "4Gi", statusIntervalMs: 500 },
});

function time(command: string, args: string[], env: Record<string, string | undefined> = process.env): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "ignore", env, cwd: REPO_ROOT });
    child.once("error", reject);
    child.once("close", (code) => (code === 0 ? resolve(performance.now() - started) : reject(new Error(`${command} ${args.join(" ")} exited ${code}`))));
  });
}

async function execTrue(): Promise<number> {
  const started = performance.now();
  const exec = await execInContainer(harness.cluster.nc, NODE, { namespace: "default", pod: "web", command: ["true"] });
  exec.stdout.resume();
  exec.stderr.resume();
  const exit = await exec.exit;
  if (exit.exitCode !== 0) throw new Error(`exec true exited ${exit.exitCode}`);
  return performance.now() - started;
}

/** A local listener that carries each connection over NATS to the pod, as troupe port-forward. */
function forwarder(): Promise<Server> {
  const server = createServer((socket) => {
    openPortForward(harness.cluster.nc, NODE, { namespace: "default", pod: "web", port: 8080 }).then(
      (stream) => pipeline(socket, stream, socket, () => socket.destroy()),
      () => socket.destroy(),
    );
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

function fetchBody(port: number, path: string, agent: Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    get({ host: "127.0.0.1", port, path, agent }, (response) => {
      let bytes = 0;
      response.on("data", (chunk: Buffer) => (bytes += chunk.length));
      response.once("end", () => resolve(bytes));
      response.once("error", reject);
    }).once("error", reject);
  });
}

async function throughput(port: number): Promise<number> {
  const agent = new Agent({ keepAlive: false });
  let best = 0;
  for (let round_ = 0; round_ < BIG_ROUNDS; round_++) {
    const started = performance.now();
    const bytes = await fetchBody(port, "/big", agent);
    best = Math.max(best, bytes / 1024 / 1024 / ((performance.now() - started) / 1000));
  }
  agent.destroy();
  return round(best, 1);
}

async function latencies(port: number): Promise<number[]> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const samples: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const started = performance.now();
    await fetchBody(port, `/r${i}`, agent);
    samples.push(performance.now() - started);
  }
  agent.destroy();
  return samples;
}

const median = (samples: number[]) => round(percentile(samples, 50));

try {
  const pod = {
    apiVersion: "v1", kind: "Pod", metadata: { name: "web", namespace: "default" },
    spec: { nodeName: NODE, containers: [{ name: "main", image: "host", command: [process.execPath, "-e", SERVER], ports: [{ containerPort: 8080 }], readinessProbe: { tcpSocket: { port: { intVal: 8080 } }, periodSeconds: 1 } }] },
  } as Pod;
  await harness.client.create(pod);
  await eventuallyValue(() => harness.client.get<Pod>("pods", "default", "web"), (p) => p.status?.conditions?.find((c) => c.type === "Ready")?.status === "True", "web Ready", 30_000);
  const directPort = Number(await readFile(portFile, "utf8"));

  // 1. exec, alternating with the baseline so load on the machine hits both alike.
  await execTrue();
  const viaExec: number[] = [];
  const spawned: number[] = [];
  for (let i = 0; i < EXECS; i++) {
    viaExec.push(await execTrue());
    spawned.push(await time("true", []));
  }
  const cliEnv = { ...process.env, TROUPE_NATS_URL: harness.cluster.server.url };
  const cliExec: number[] = [];
  const cliVersion: number[] = [];
  for (let i = 0; i < CLI_RUNS; i++) {
    cliExec.push(await time(process.execPath, [CLI, "exec", "web", "--", "true"], cliEnv));
    cliVersion.push(await time(process.execPath, [CLI, "version", "--client"], cliEnv));
  }

  // 2. and 3. port-forward against the direct connection.
  const server = await forwarder();
  const forwardPort = (server.address() as { port: number }).port;
  const directMBs = await throughput(directPort);
  const forwardMBs = await throughput(forwardPort);
  const directLatency = await latencies(directPort);
  const forwardLatency = await latencies(forwardPort);
  server.close();

  const direct = summarize(directLatency);
  const forwarded = summarize(forwardLatency);
  await report("exec-port-forward", {
    exec: {
      runs: EXECS,
      natsExecMedianMs: median(viaExec), natsExecP99Ms: round(percentile(viaExec, 99)),
      spawnTrueMedianMs: median(spawned), ratio: round(median(viaExec) / median(spawned), 2),
    },
    cliExec: {
      runs: CLI_RUNS,
      troupeExecMedianMs: median(cliExec), troupeVersionClientMedianMs: median(cliVersion),
      addedByExecMs: round(median(cliExec) - median(cliVersion)), ratio: round(median(cliExec) / median(cliVersion), 2),
    },
    portForwardThroughput: { bodyMb: BIG_MB, bestOfRounds: BIG_ROUNDS, directMBs, forwardMBs, ratio: round(forwardMBs / directMBs, 3) },
    portForwardLatency: {
      requests: REQUESTS, direct, forwarded,
      p50Ratio: round(forwarded.p50Ms / direct.p50Ms, 2), p99Ratio: round(forwarded.p99Ms / direct.p99Ms, 2),
    },
  });
} finally {
  await harness.stop(1);
  await rm(join(portFile, ".."), { recursive: true, force: true });
}
