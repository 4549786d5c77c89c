// The Kubernetes front end against the NATS API it translates to, in one run on one cluster
// shaped as `troupe up` runs it (nats-server, the API service and kube-api each their own
// process; the load comes from this one; 1,000 pods stored, no kubelets):
//   1. `kubectl get pods` over 1,000 pods vs `troupe get pods` (whole commands, medians of
//      BENCH_ROUNDS runs each, alternated);
//   2. `kubectl apply -f` of 100 ConfigMaps vs `troupe apply -f` of the same file (fresh
//      namespace each run);
//   3. the front end's added latency per request: GET of one object over HTTPS (keep-alive)
//      vs the same get over NATS, each at 200 requests/s open loop, p50/p99 and the difference;
//   4. watch fan-out: 100 kubectl-style HTTP watches on pods while 1,000 pod updates are written;
//      delivery lag p50/p99 (update sent -> event received: an event often arrives before the
//      writer's own reply, so the clock starts at the send), against 100 NATS API watches fed by
//      the same writes.
import { execFile, spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { Agent, request } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect } from "@nats-io/transport-node";
import { stringify } from "yaml";
import { kubeconfigYaml } from "../cli/cluster/kubeconfig.ts";
import { waitForKubeApi } from "../cli/cluster/wait-for-kube-api.ts";
import { JsonApiClient, type ApiWatch, type KubeObject } from "../runtime/api-client.ts";
import { startNatsServer } from "../runtime/nats-server.ts";
import { createCertificateAuthority, issueCertificate, type PemPair } from "../runtime/pki/certificates.ts";
import { startApiProcess } from "../test/helpers/api-process.ts";
import { kubectlMissing } from "../test/helpers/kube-api-fixture.ts";
import { CLI, REPO_ROOT } from "../test/helpers/troupe-cli.ts";
import { atRate, percentile, report, round, summarize } from "./stats.ts";

const PODS = Number(process.env.BENCH_PODS ?? 1000);
const APPLY_OBJECTS = Number(process.env.BENCH_APPLY_OBJECTS ?? 100);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const RATE = Number(process.env.BENCH_RATE ?? 200);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);
const WATCHERS = Number(process.env.BENCH_WATCHERS ?? 100);
const UPDATES = Number(process.env.BENCH_UPDATES ?? 1000);

const missing = kubectlMissing();
if (missing) {
  console.error(`kube-api benchmark: ${missing}`);
  process.exit(1);
}

function timed(command: string, args: string[], env: Record<string, string>): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    execFile(command, args, { env: { PATH: process.env.PATH ?? "", ...env }, maxBuffer: 256 * 1024 * 1024 }, (error) => (error ? reject(error) : resolve(performance.now() - started)));
  });
}

const pod = (i: number): KubeObject => ({
  apiVersion: "v1", kind: "Pod",
  metadata: { name: `bench-pod-${String(i).padStart(4, "0")}`, namespace: "default", labels: { app: "bench" } },
  spec: { containers: [{ name: "main", image: "hello:plain-text" }] },
});

async function inBatches(count: number, size: number, make: (i: number) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < count; start += size) await Promise.all(Array.from({ length: Math.min(size, count - start) }, (_, k) => make(start + k)));
}

interface FrontEnd {
  url: string;
  ca: PemPair;
  admin: PemPair;
  dir: string;
  kubeconfig: string;
}

/** kube-api as its own process, with a CA, serving and admin certificates in a temporary directory. */
async function startFrontEnd(natsUrl: string): Promise<{ kube: FrontEnd; stop: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "troupe-bench-kube-api-"));
  const ca = await createCertificateAuthority("bench-ca");
  const serving = await issueCertificate(ca, { commonName: "kube-api", dnsNames: ["localhost"], ipAddresses: ["127.0.0.1"], usage: "server" });
  const admin = await issueCertificate(ca, { commonName: "troupe-admin", organizations: ["system:masters"], usage: "client" });
  await writeFile(join(dir, "kube-api.crt"), serving.certPem);
  await writeFile(join(dir, "kube-api.key"), serving.keyPem);
  await writeFile(join(dir, "ca.crt"), ca.certPem);
  const child = spawn(process.execPath, ["services/kube-api/main.ts"], {
    cwd: REPO_ROOT,
    env: {
      ...process.env, TROUPE_NATS_URL: natsUrl, TROUPE_KUBE_API_PORT: "0", TROUPE_KUBE_API_URL_FILE: join(dir, "url"), TROUPE_LOG_LEVEL: "warn", TROUPE_METRICS_PORT: "0",
      TROUPE_KUBE_API_TLS_CERT_FILE: join(dir, "kube-api.crt"), TROUPE_KUBE_API_TLS_KEY_FILE: join(dir, "kube-api.key"), TROUPE_KUBE_API_CLIENT_CA_FILE: join(dir, "ca.crt"),
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = await waitForKubeApi({ urlFile: join(dir, "url"), caPem: ca.certPem, timeoutMs: 30_000, abort: new Promise(() => {}) });
  const kubeconfig = join(dir, "kubeconfig");
  await writeFile(kubeconfig, kubeconfigYaml("bench", url, ca, admin));
  return {
    kube: { url, ca, admin, dir, kubeconfig },
    async stop() {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}

function httpsGet(kube: FrontEnd, agent: Agent, path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    request(new URL(path, kube.url), { agent, ca: kube.ca.certPem, cert: kube.admin.certPem, key: kube.admin.keyPem }, (res) => {
      res.resume();
      res.on("end", () => (res.statusCode === 200 ? resolve() : reject(new Error(`status ${res.statusCode}`))));
    }).on("error", reject).end();
  });
}

/** One HTTP watch; calls `onEvent(object)` per event line. */
function httpWatch(kube: FrontEnd, path: string, onEvent: (object: KubeObject) => void): Promise<() => void> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, kube.url), { ca: kube.ca.certPem, cert: kube.admin.certPem, key: kube.admin.keyPem, agent: false }, (res) => {
      let buffer = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        buffer += chunk;
        let newline = buffer.indexOf("\n");
        while (newline >= 0) {
          const line = buffer.slice(0, newline);
          buffer = buffer.slice(newline + 1);
          const event = JSON.parse(line) as { object: KubeObject };
          onEvent(event.object);
          newline = buffer.indexOf("\n");
        }
      });
      resolve(() => req.destroy());
    });
    req.on("error", (error) => (error.message.includes("socket hang up") ? undefined : reject(error)));
    req.end();
  });
}

const nats = await startNatsServer();
const api = await startApiProcess(nats.url);
const frontEnd = await startFrontEnd(nats.url);
const kube = frontEnd.kube;
const nc = await connect({ servers: nats.url });
const cluster = { client: new JsonApiClient(nc) };
const env = { HOME: kube.dir, KUBECONFIG: kube.kubeconfig, TROUPE_NATS_URL: nats.url };
try {
  await inBatches(PODS, 50, (i) => cluster.client.create(pod(i)));

  // 1. get pods over 1,000 pods.
  const kubectlGet: number[] = [];
  const troupeGet: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    kubectlGet.push(await timed("kubectl", ["get", "pods"], env));
    troupeGet.push(await timed(process.execPath, [CLI, "get", "pods"], env));
  }

  // 2. apply of 100 objects.
  const kubectlApply: number[] = [];
  const troupeApply: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    for (const [tool, samples] of [["kubectl", kubectlApply], ["troupe", troupeApply]] as const) {
      const namespace = `apply-${tool}-${i}`;
      await cluster.client.create({ apiVersion: "v1", kind: "Namespace", metadata: { name: namespace } });
      const file = join(kube.dir, `${namespace}.yaml`);
      const objects = Array.from({ length: APPLY_OBJECTS }, (_, k) => ({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: `cm-${k}`, namespace }, data: { k: String(k) } }));
      await writeFile(file, objects.map((object) => stringify(object)).join("---\n"));
      samples.push(tool === "kubectl" ? await timed("kubectl", ["apply", "-f", file], env) : await timed(process.execPath, [CLI, "apply", "-f", file], env));
    }
  }

  // 3. added latency per request at 200/s.
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const path = "/api/v1/namespaces/default/pods/bench-pod-0001";
  await atRate(RATE, 200, () => httpsGet(kube, agent, path));
  await atRate(RATE, 200, async () => void (await cluster.client.get("pods", "bench-pod-0001", { namespace: "default" })));
  const overHttp = await atRate(RATE, REQUESTS, () => httpsGet(kube, agent, path));
  const overNats = await atRate(RATE, REQUESTS, async () => void (await cluster.client.get("pods", "bench-pod-0001", { namespace: "default" })));
  agent.destroy();

  // 4. watch fan-out.
  const sentAt = new Map<string, number>();
  const httpLags: number[] = [];
  const natsLags: number[] = [];
  const startRevision = Number((await cluster.client.list("pods", { namespace: "default", limit: 1 })).metadata.resourceVersion);
  const lagInto = (samples: number[]) => (object: KubeObject) => {
    const at = sentAt.get(object.metadata?.labels?.round ?? "");
    if (at !== undefined) samples.push(performance.now() - at);
  };
  const stops: (() => void)[] = [];
  for (let i = 0; i < WATCHERS; i++) stops.push(await httpWatch(kube, `/api/v1/namespaces/default/pods?watch=true&resourceVersion=${startRevision}`, lagInto(httpLags)));
  const natsWatches: ApiWatch[] = [];
  for (let i = 0; i < WATCHERS; i++) {
    const watch = await cluster.client.watch("pods", { namespace: "default", resourceVersion: String(startRevision) });
    natsWatches.push(watch);
    void (async () => {
      for await (const event of watch) lagInto(natsLags)(event.object);
    })();
  }
  for (let i = 0; i < UPDATES; i++) {
    const name = pod(i % PODS).metadata?.name ?? "";
    const current = await cluster.client.get("pods", name, { namespace: "default" });
    sentAt.set(String(i), performance.now());
    await cluster.client.update({ ...current, metadata: { ...current.metadata, labels: { ...current.metadata?.labels, round: String(i) } } });
  }
  const deadline = Date.now() + 60_000;
  while ((httpLags.length < WATCHERS * UPDATES || natsLags.length < WATCHERS * UPDATES) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  for (const stop of stops) stop();
  for (const watch of natsWatches) await watch.stop();

  const median = (samples: number[]) => round(percentile(samples, 50), 1);
  const http = summarize(overHttp);
  const nats = summarize(overNats);
  await report("kube-api", {
    pods: PODS,
    rounds: ROUNDS,
    getPods: { kubectlMedianMs: median(kubectlGet), troupeMedianMs: median(troupeGet), ratio: round(median(kubectlGet) / median(troupeGet), 2) },
    apply100: { objects: APPLY_OBJECTS, kubectlMedianMs: median(kubectlApply), troupeMedianMs: median(troupeApply), ratio: round(median(kubectlApply) / median(troupeApply), 2) },
    addedLatency: { rate: RATE, requests: REQUESTS, https: http, nats, addedP50Ms: round(http.p50Ms - nats.p50Ms), addedP99Ms: round(http.p99Ms - nats.p99Ms) },
    watchFanOut: {
      watchers: WATCHERS, updates: UPDATES,
      httpDelivered: httpLags.length, natsDelivered: natsLags.length, expected: WATCHERS * UPDATES,
      httpLag: summarize(httpLags), natsLag: summarize(natsLags),
    },
  });
} finally {
  await nc.close();
  await frontEnd.stop();
  await api.stop();
  await nats.destroy();
}
