// The metrics catalogue against the running system: a real cluster (API, controller manager,
// scheduler, a kubelet, a node proxy with DNS and ingress), the Kubernetes front end and a mesh
// SDK service, each scraped over HTTP on its own /metrics. Every metric docs/metrics.md lists
// must be served by some service, every served metric must be listed, with the same type and
// label names. prom-client's process_*/nodejs_* defaults are listed in the doc but not compared
// (their set depends on the Node version).
import test from "ava";
import { context, propagation, trace, TraceFlags } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { W3CTraceContextPropagator } from "@opentelemetry/core";
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SERVICE_NODE_ENV, serviceNodeFlags } from "../cli/cluster/cluster-services.ts";
import { findFreePort } from "../runtime/free-port.ts";
import { createLogger } from "../runtime/log.ts";
import { defineService, Mesh } from "../runtime/mesh/mod.ts";
import { createCertificateAuthority, issueCertificate } from "../runtime/pki/certificates.ts";
import { parseCatalogue, type DocumentedMetric } from "../scripts/metrics-catalogue.ts";
import { REPO_ROOT } from "./helpers/troupe-cli.ts";
import { eventually, startWorkloadCluster, type WorkloadCluster } from "./helpers/workload-cluster.ts";

interface ServedMetric {
  type: string;
  /** Label names seen on its series (`service`, `le`, `quantile` left out); undefined when it has no series yet. */
  labels: Set<string> | undefined;
  services: Set<string>;
}

const IGNORED_LABELS = new Set(["service", "le", "quantile"]);
const isDefault = (name: string) => name.startsWith("process_") || name.startsWith("nodejs_");

/** Families of a Prometheus text exposition, with the label names their samples carry. */
export function parseExposition(text: string): Map<string, { type: string; labels: Set<string> | undefined }> {
  const families = new Map<string, { type: string; labels: Set<string> | undefined }>();
  let current: { type: string; labels: Set<string> | undefined } | undefined;
  for (const line of text.split("\n")) {
    const typed = /^# TYPE (\S+) (\S+)$/.exec(line);
    if (typed) {
      current = { type: typed[2] ?? "", labels: undefined };
      families.set(typed[1] ?? "", current);
      continue;
    }
    if (!current || line.startsWith("#") || line.trim() === "") continue;
    const braces = /^[^{\s]+\{(.*)\}\s/.exec(line);
    current.labels ??= new Set();
    for (const match of (braces?.[1] ?? "").matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="(?:[^"\\]|\\.)*"/g)) {
      if (!IGNORED_LABELS.has(match[1] ?? "")) current.labels.add(match[1] ?? "");
    }
  }
  return families;
}

let cluster: WorkloadCluster | undefined;
let kubeApi: ChildProcess | undefined;
let mesh: Mesh | undefined;
let dir: string | undefined;
const scrapeUrls: Record<string, string> = {};

test.before(async () => {
  cluster = await startWorkloadCluster({ nodes: 1, proxies: true });
  Object.assign(scrapeUrls, cluster.metricsUrls);

  // The Kubernetes front end, as its own process like `troupe up` runs it.
  dir = await mkdtemp(join(tmpdir(), "troupe-metrics-catalogue-"));
  const ca = await createCertificateAuthority("catalogue-ca");
  const serving = await issueCertificate(ca, { commonName: "kube-api", ipAddresses: ["127.0.0.1"], usage: "server" });
  await writeFile(join(dir, "tls.crt"), serving.certPem);
  await writeFile(join(dir, "tls.key"), serving.keyPem, { mode: 0o600 });
  const kubeApiMetricsPort = await findFreePort();
  const script = "services/kube-api/main.ts";
  kubeApi = spawn(process.execPath, [...serviceNodeFlags(script), script], {
    cwd: REPO_ROOT,
    env: {
      ...process.env, ...SERVICE_NODE_ENV, TROUPE_LOG_LEVEL: "warn", TROUPE_NATS_URL: cluster.server.url, TROUPE_KUBE_API_PORT: "0",
      TROUPE_KUBE_API_TLS_CERT_FILE: join(dir, "tls.crt"), TROUPE_KUBE_API_TLS_KEY_FILE: join(dir, "tls.key"), TROUPE_METRICS_PORT: String(kubeApiMetricsPort),
    },
    stdio: ["ignore", "ignore", process.env.TROUPE_TEST_SERVICE_LOGS ? "inherit" : "ignore"],
  });
  scrapeUrls["kube-api"] = `http://127.0.0.1:${kubeApiMetricsPort}`;

  // A mesh SDK service that serves, calls itself and handles an event, so its series exist.
  mesh = await Mesh.connect({ servers: cluster.server.url, name: "catalogue-echo", tokenFile: false, logger: createLogger("mesh", {}, { level: "error" }) });
  await mesh.serve(defineService({ name: "echo", handlers: { say: (request: unknown) => request } }));
  await mesh.on("said", () => undefined);
  await mesh.call("echo.say", { hello: "world" });
  mesh.emit("said", { hello: "world" });
  const health = await mesh.serveHealth({ port: 0, host: "127.0.0.1" });
  scrapeUrls.mesh = health.url;

  // A workload, so the kubelet's, scheduler's and controllers' labelled series exist.
  await cluster.json.create({
    apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "hello", namespace: "default" },
    spec: { replicas: 1, selector: { matchLabels: { app: "hello" } }, template: { metadata: { labels: { app: "hello" } }, spec: { containers: [{ name: "hello", image: "hello:plain-text", ports: [{ containerPort: 80 }] }] } } },
  });
  const json = cluster.json;
  await eventually(async () => (await json.list("pods", { namespace: "default" })).items, (pods) => pods.some((pod) => (pod.status as { phase?: string } | undefined)?.phase === "Running"), "a hello pod Running", 60_000);
});

test.after.always(async () => {
  await mesh?.stop().catch(() => undefined);
  if (kubeApi && kubeApi.exitCode === null) {
    const exited = new Promise((resolve) => kubeApi?.once("exit", resolve));
    kubeApi.kill("SIGTERM");
    await exited;
  }
  await cluster?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function scrapeAll(): Promise<Map<string, ServedMetric>> {
  const served = new Map<string, ServedMetric>();
  for (const [role, url] of Object.entries(scrapeUrls)) {
    // The JetStream sampler's first pass and the kube-api's start may still be under way.
    const text = await eventually(async () => {
      const response = await fetch(`${url}/metrics`);
      if (!response.ok) throw new Error(`${role}: ${response.status}`);
      return response.text();
    }, (body) => body.includes("troupe_nats_connected"), `${role} serving /metrics`, 30_000);
    for (const [name, family] of parseExposition(text)) {
      const entry = served.get(name) ?? { type: family.type, labels: undefined, services: new Set<string>() };
      entry.services.add(role);
      if (family.labels) entry.labels = new Set([...(entry.labels ?? []), ...family.labels]);
      served.set(name, entry);
    }
  }
  return served;
}

test("every metric in docs/metrics.md is exported by some service, and every exported metric is in it, with its type and labels", async (t) => {
  const api = scrapeUrls.api ?? "";
  await eventually(async () => (await (await fetch(`${api}/metrics`)).text()), (text) => text.includes("troupe_jetstream_stream_bytes{"), "the API's first JetStream sample", 30_000);
  const served = await scrapeAll();
  const documented = new Map<string, DocumentedMetric>(parseCatalogue(await readFile(join(REPO_ROOT, "docs", "metrics.md"), "utf8")).map((metric) => [metric.name, metric]));
  t.true(documented.size > 50, `the catalogue parsed (${documented.size} rows)`);
  const missingFromDoc = [...served.keys()].filter((name) => !isDefault(name) && !documented.has(name)).sort();
  const exportedByNone = [...documented.keys()].filter((name) => !isDefault(name) && !served.has(name)).sort();
  // One list, so a failure names every problem at once.
  const problems = [
    ...missingFromDoc.map((name) => `served but not in docs/metrics.md: ${name} (by ${[...(served.get(name)?.services ?? [])].join(", ")})`),
    ...exportedByNone.map((name) => `in docs/metrics.md but exported by no service: ${name}`),
  ];
  for (const [name, doc] of documented) {
    const metric = served.get(name);
    if (!metric || isDefault(name)) continue;
    if (metric.type !== doc.type) problems.push(`${name}: type ${metric.type} served, ${doc.type} documented`);
    const docLabels = doc.labels.filter((label) => !IGNORED_LABELS.has(label)).sort();
    if (metric.labels && [...metric.labels].sort().join(",") !== docLabels.join(",")) {
      problems.push(`${name}: labels {${[...metric.labels].sort().join(",")}} served, {${docLabels.join(",")}} documented`);
    }
  }
  t.deepEqual(problems, [], `${problems.length} differences between docs/metrics.md and the served metrics (run npm run metrics:doc after changing metrics)`);
  const withSeries = [...served.entries()].filter(([name, metric]) => !isDefault(name) && metric.labels).length;
  t.log(`${served.size} metric families served by ${Object.keys(scrapeUrls).length} processes; ${withSeries} Troupe families had series to check labels on`);
});

test("the API serves OpenMetrics to a scraper that asks for it, its latency buckets carrying the trace ids of sampled requests", async (t) => {
  // The request's trace context travels to the API in its headers, as from a traced CLI.
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  const traceId = randomBytes(16).toString("hex");
  const sampled = trace.wrapSpanContext({ traceId, spanId: randomBytes(8).toString("hex"), traceFlags: TraceFlags.SAMPLED });
  const json = cluster?.json;
  await context.with(trace.setSpan(context.active(), sampled), () => json?.list("pods", { namespace: "default" }));
  const response = await fetch(`${scrapeUrls.api}/metrics`, { headers: { accept: "application/openmetrics-text; version=1.0.0" } });
  t.regex(response.headers.get("content-type") ?? "", /^application\/openmetrics-text/);
  const text = await response.text();
  t.regex(text, /^# TYPE troupe_api_requests counter$/m);
  t.regex(text, /^troupe_api_request_duration_seconds_bucket\{/m);
  t.true(text.endsWith("# EOF\n"));
  t.regex(text, new RegExp(`^troupe_api_request_duration_seconds_bucket\\{[^}]*verb="list"[^}]*\\} \\d+ # \\{trace_id="${traceId}"\\} [0-9.e-]+ [0-9.]+$`, "m"));
  const classic = await (await fetch(`${scrapeUrls.api}/metrics`)).text();
  t.false(classic.includes(traceId), "the classic text has no exemplars");
});
