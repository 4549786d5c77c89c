// Node proxy overhead: HTTP requests through a Service's cluster IP (the proxy in its own process,
// as a node runs it) beside the same requests sent straight to the endpoint, in the same run,
// interleaved round by round. Two modes: keep-alive (connections reused, the proxy only copies
// bytes) and new-connection (every request opens a TCP connection: the proxy accepts, picks an
// endpoint and connects too). Closed loop: BENCH_CONCURRENCY clients each send one request after
// the other. Figures are medians over rounds; each round's are kept in `perRound`.
import { spawn } from "node:child_process";
import { Agent, request } from "node:http";
import { createInterface } from "node:readline";
import { connect } from "@nats-io/transport-node";
import { serviceNodeFlags } from "../cli/cluster/cluster-services.ts";
import { JsonApiClient } from "../runtime/api-client.ts";
import { startNatsServer } from "../runtime/nats-server.ts";
import { endpointsManifest, randomHighPort, randomPodAddress, randomServiceAddress, serviceManifest } from "../test/helpers/proxy-fixtures.ts";
import { percentile, report, round, summarize } from "./stats.ts";
import { startBenchService } from "./support/service-process.ts";

const requests = Number(process.env.BENCH_REQUESTS ?? 3000);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 8);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const warmup = 300;
const MODES = ["keepAlive", "newConnection"] as const;
type Mode = (typeof MODES)[number];

function get(host: string, port: number, agent: Agent | false): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request({ host, port, path: "/", agent }, (res) => {
      res.on("data", () => undefined);
      res.on("end", () => (res.statusCode === 200 ? resolve() : reject(new Error(`HTTP ${res.statusCode}`))));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

/** `count` requests from `concurrency` clients; each request's latency in ms and the requests per second. */
async function load(host: string, port: number, mode: Mode, count: number): Promise<{ latencies: number[]; perSecond: number }> {
  const agent = mode === "keepAlive" ? new Agent({ keepAlive: true, maxSockets: concurrency }) : false;
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < count) {
      next++;
      const t0 = performance.now();
      await get(host, port, agent);
      latencies.push(performance.now() - t0);
    }
  }));
  const elapsedMs = performance.now() - started;
  if (agent) agent.destroy();
  return { latencies, perSecond: (count / elapsedMs) * 1000 };
}

const server = await startNatsServer();
const podIp = randomPodAddress();
const endpoint = spawn(process.execPath, [...serviceNodeFlags("bench/support/http-endpoint.ts"), new URL("./support/http-endpoint.ts", import.meta.url).pathname, podIp], { stdio: ["ignore", "pipe", "inherit"] });
const api = await startBenchService("services/api/main.ts", server.url);
const proxy = await startBenchService("services/proxy/main.ts", server.url, { TROUPE_NODE_NAME: "bench-node", TROUPE_NODE_ADDRESS: randomServiceAddress() });
try {
  const endpointPort = await new Promise<number>((resolve, reject) => {
    endpoint.once("exit", (code) => reject(new Error(`the endpoint exited with code ${code}`)));
    createInterface({ input: endpoint.stdout! }).once("line", (line) => resolve((JSON.parse(line) as { port: number }).port));
  });
  await api.waitForMetrics((text) => text.includes("troupe_api_requests_total"), "the API");
  const nc = await connect({ servers: server.url });
  const client = new JsonApiClient(nc);
  const clusterIP = randomServiceAddress();
  const servicePort = randomHighPort();
  await client.create(serviceManifest("bench", clusterIP, [{ name: "http", port: servicePort }]));
  await client.create(endpointsManifest("bench", "http", [{ ip: podIp, port: endpointPort }]));
  for (let attempt = 0; ; attempt++) {
    try {
      await get(clusterIP, servicePort, false);
      break;
    } catch (error) {
      if (attempt > 200) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  await nc.close();

  const targets = { proxy: { host: clusterIP, port: servicePort }, direct: { host: podIp, port: endpointPort } };
  for (const mode of MODES) for (const target of Object.values(targets)) await load(target.host, target.port, mode, warmup);

  const perRound: Record<string, number>[] = [];
  for (let r = 0; r < rounds; r++) {
    const figures: Record<string, number> = {};
    for (const mode of MODES) {
      for (const [name, target] of Object.entries(targets)) {
        const { latencies, perSecond } = await load(target.host, target.port, mode, requests);
        const summary = summarize(latencies);
        figures[`${mode}.${name}.requestsPerSecond`] = round(perSecond, 0);
        figures[`${mode}.${name}.p50Ms`] = summary.p50Ms;
        figures[`${mode}.${name}.p99Ms`] = summary.p99Ms;
      }
    }
    perRound.push(figures);
    console.error(`round ${r + 1}/${rounds}: ${JSON.stringify(figures)}`);
  }

  const median = (key: string) => round(percentile(perRound.map((figures) => figures[key]), 50));
  const result: Record<string, unknown> = { requestsPerRound: requests, concurrency, rounds };
  for (const mode of MODES) {
    const via = (name: string, figure: string) => median(`${mode}.${name}.${figure}`);
    result[mode] = {
      proxy: { requestsPerSecond: via("proxy", "requestsPerSecond"), p50Ms: via("proxy", "p50Ms"), p99Ms: via("proxy", "p99Ms") },
      direct: { requestsPerSecond: via("direct", "requestsPerSecond"), p50Ms: via("direct", "p50Ms"), p99Ms: via("direct", "p99Ms") },
      addedP50Ms: round(via("proxy", "p50Ms") - via("direct", "p50Ms")),
      addedP99Ms: round(via("proxy", "p99Ms") - via("direct", "p99Ms")),
      throughputRatio: round(via("proxy", "requestsPerSecond") / via("direct", "requestsPerSecond")),
      p50Ratio: round(via("proxy", "p50Ms") / via("direct", "p50Ms")),
    };
  }
  result.perRound = perRound;
  await report("proxy", result);
} finally {
  await proxy.stop();
  await api.stop();
  endpoint.kill("SIGTERM");
  await server.destroy();
}
