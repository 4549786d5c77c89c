// The web console's latency: from a pod's status change written through the API to a real
// headless browser (Debian's chromium, playwright-core) showing it on the nodes page, with 10
// pods on the page (baseline) and then with BENCH_PODS (default 1,000), in one run. The pods sit
// on BENCH_FAKE_NODES fake nodes (Node objects no kubelet serves: only the API, the console and
// the browser are measured; bench/hollow.ts runs hollow kubelets). A change is "shown" once the
// pod's row holds the new status and the browser has painted the next frame.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect } from "@nats-io/transport-node";
import { waitForApi } from "../cli/cluster/wait-for-api.ts";
import { createNatsAuthority, keyPair } from "../runtime/auth/nats-authority.ts";
import { mintUserCredentials } from "../runtime/auth/nats-user-credentials.ts";
import { roleUser } from "../runtime/auth/role-permissions.ts";
import { JsonApiClient, type KubeObject } from "../runtime/api-client.ts";
import { findFreePort } from "../runtime/free-port.ts";
import { startNatsServer } from "../runtime/nats-server.ts";
import { chromiumMissing, launchChromium } from "../test/helpers/headless-chromium.ts";
import { eventually } from "../test/helpers/workload-cluster.ts";
import { report, round, summarize } from "./stats.ts";
import { metricValue, startBenchService, type BenchService } from "./support/service-process.ts";

const podCount = Number(process.env.BENCH_PODS ?? 1000);
const nodeCount = Number(process.env.BENCH_FAKE_NODES ?? 20);
const samples = Number(process.env.BENCH_SAMPLES ?? 200);
const BASELINE_PODS = 10;

declare const document: { querySelector(selector: string): { textContent: string | null } | null; querySelectorAll(selector: string): { length: number }; body: object };
declare const MutationObserver: new (callback: () => void) => { observe(target: object, options: object): void; disconnect(): void };
declare function requestAnimationFrame(callback: () => void): void;

const missing = chromiumMissing();
if (missing) {
  console.error(`bench console: skipped: ${missing}`);
  process.exit(0);
}

function fakeNode(name: string): KubeObject {
  return { apiVersion: "v1", kind: "Node", metadata: { name, labels: { "troupe.io/fake": "true" } }, status: { conditions: [{ type: "Ready", status: "True" }], allocatable: { cpu: "32", memory: "128Gi", pods: "110" } } };
}

function boundPod(index: number): KubeObject {
  return { apiVersion: "v1", kind: "Pod", metadata: { name: `bench-${index}`, namespace: "default" }, spec: { nodeName: `fake-${index % nodeCount}`, containers: [{ name: "main", image: "host" }] } };
}

async function createAll(count: number, create: (index: number) => Promise<unknown>, from = 0): Promise<void> {
  let next = from;
  await Promise.all(Array.from({ length: 32 }, async () => {
    while (next < count) await create(next++);
  }));
}

const server = await startNatsServer();
const scratch = await mkdtemp(join(tmpdir(), "troupe-bench-console-"));
const services: BenchService[] = [];
const browser = await launchChromium();
try {
  services.push(await startBenchService("services/api/main.ts", server.url));
  await waitForApi({ natsUrl: server.url, timeoutMs: 60_000, abort: new Promise<never>(() => {}) });
  // A throwaway authority signs the login token, as troupe up's does (cli/cluster/console-token.ts).
  const authority = createNatsAuthority();
  const admin = roleUser({ role: "admin" });
  const token = (await mintUserCredentials(authority, admin, {}, { bearer: true, expiresAt: new Date(Date.now() + 3_600_000) })).jwt;
  const urlFile = join(scratch, "console.url");
  services.push(await startBenchService("services/console/main.ts", server.url, {
    TROUPE_CONSOLE_PORT: String(await findFreePort()), TROUPE_CONSOLE_URL_FILE: urlFile,
    TROUPE_CONSOLE_TOKEN_ISSUER_KEYS: keyPair(authority.signingKey).getPublicKey(),
  }));
  const consoleUrl = await eventually(() => readFile(urlFile, "utf8").then((text) => text.trim(), () => ""), Boolean, "the console's URL", 60_000);

  const nc = await connect({ servers: server.url });
  const client = new JsonApiClient(nc, { timeoutMs: 30_000 });
  await createAll(nodeCount, (index) => client.create(fakeNode(`fake-${index}`)));
  await createAll(BASELINE_PODS, (index) => client.create(boundPod(index)));

  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${consoleUrl}login`);
  await page.fill("#token", token);
  await Promise.all([page.waitForURL(consoleUrl), page.click("button[type=submit]")]);

  const showRows = (count: number) => page.waitForFunction((wanted) => document.querySelectorAll("[data-pod^='default/bench-']").length >= wanted, count, { timeout: 120_000 });

  /** Milliseconds from the status write to the page painting it, per sample. */
  async function measure(pods: number, label: string): Promise<number[]> {
    const latencies: number[] = [];
    for (let i = 0; i < samples; i++) {
      const name = `bench-${(i * 7919) % pods}`;
      const reason = `Bench${label}${i}`;
      const pod = await client.get("pods", name, { namespace: "default" });
      const shown = page.evaluate(([key, wanted]) => new Promise<number>((resolve) => {
        const cell = () => document.querySelector(`[data-pod='${key}'] [data-status]`);
        const done = () => requestAnimationFrame(() => resolve(Date.now()));
        if (cell()?.textContent === wanted) return done();
        const observer = new MutationObserver(() => {
          if (cell()?.textContent !== wanted) return;
          observer.disconnect();
          done();
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      }), [`default/${name}`, reason] as const);
      // The observer is in place before the write: nothing is missed.
      await page.evaluate(() => 0);
      const writtenAt = Date.now();
      await client.updateStatus({ ...pod, status: { phase: "Running", reason } });
      latencies.push((await shown) - writtenAt);
    }
    return latencies;
  }

  await showRows(BASELINE_PODS);
  const baseline = await measure(BASELINE_PODS, "b");
  console.error(`baseline (${BASELINE_PODS} pods): ${JSON.stringify(summarize(baseline))}`);
  const creatingAt = performance.now();
  await createAll(podCount, (index) => client.create(boundPod(index)), BASELINE_PODS);
  await showRows(podCount);
  const allShownSeconds = round((performance.now() - creatingAt) / 1000, 1);
  console.error(`${podCount} pods on the page after ${allShownSeconds} s`);
  const loaded = await measure(podCount, "l");
  const consoleMetrics = await services[1].metrics();
  await nc.close();
  const summary = summarize(loaded);
  await report("console", {
    pods: podCount,
    fakeNodes: nodeCount,
    samples,
    statusToPage: summary,
    baseline: { pods: BASELINE_PODS, ...summarize(baseline) },
    p99Ratio: round(summary.p99Ms / Math.max(1, summarize(baseline).p99Ms), 2),
    allPodsOnPageSeconds: allShownSeconds,
    rowChangesSent: metricValue(consoleMetrics, "troupe_console_row_changes_sent_total"),
    browser: browser.version(),
    targetP99Ms: 1000,
  });
} finally {
  await browser.close();
  for (const service of services.reverse()) await service.stop();
  await server.destroy();
  await rm(scratch, { recursive: true, force: true });
}
