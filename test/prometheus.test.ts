// A real Prometheus (Debian's package) against a real cluster: `troupe up -d --prometheus` in a
// temporary TROUPE_HOME on its own addresses, scraping every second with the scrape config it
// generated from the cluster's context. After a workload ran (the shop: Deployments with readiness
// probes, a Service, mesh calls behind an Ingress; a DNS query; a crash-looping pod; an API 404):
// every target is up, and every PromQL expression of every dashboard panel and every alert rule
// (its final comparison dropped) returns at least one series. Skipped, with the reason printed,
// where prometheus is not installed.
import { Resolver } from "node:dns/promises";
import { request as httpRequest } from "node:http";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import test from "ava";
import { findPrometheus, prometheusMissingReason } from "../cli/cluster/prometheus-binary.ts";
import { readContext, troupeHome, type ClusterContext } from "../cli/cluster/home.ts";
import { alertRuleExpressions, dashboardExpressions, type NamedExpression } from "./helpers/promql-expressions.ts";
import { REPO_ROOT, troupe } from "./helpers/troupe-cli.ts";
import { eventually } from "./helpers/workload-cluster.ts";
import { startOtlpCollector, type OtlpCollector } from "./helpers/otlp-collector.ts";

const missing = findPrometheus() ? undefined : prometheusMissingReason("prometheus");
const byte = () => 1 + Math.floor(Math.random() * 250);
const servicePrefix = `127.${70 + Math.floor(Math.random() * 40)}.${byte()}`;
/** Its own node address, service range, cluster DNS and ingress port, as test/helpers/workload-cluster.ts does. */
const network = { nodeAddress: `127.1.${byte()}.${byte()}`, serviceCidr: `${servicePrefix}.0/24`, clusterDns: `${servicePrefix}.10`, ingressPort: 20_000 + Math.floor(Math.random() * 9000) };

let home: string | undefined;
let env: Record<string, string> = {};
let context: ClusterContext;
let prometheusUrl = "";
/** Spans go here, so requests are sampled and the API's latency histogram carries trace_id exemplars. */
let collector: OtlpCollector | undefined;

const CRASH_LOOP_POD = `apiVersion: v1
kind: Pod
metadata:
  name: crash-looper
spec:
  containers:
  - name: crash
    image: shop:1
    args: [no-such-role]
`;

test.before(async (t) => {
  if (missing) return;
  t.timeout(240_000);
  home = await mkdtemp(join(tmpdir(), "troupe-prometheus-test-"));
  collector = await startOtlpCollector();
  env = {
    OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint,
    TROUPE_HOME: home,
    TROUPE_NODE_ADDRESS: network.nodeAddress,
    TROUPE_SERVICE_CIDR: network.serviceCidr,
    TROUPE_CLUSTER_DNS: network.clusterDns,
    TROUPE_INGRESS_PORT: String(network.ingressPort),
    TROUPE_PROMETHEUS_SCRAPE_INTERVAL: "1s",
    TROUPE_CRASHLOOP_BASE_MS: "500",
  };
  const up = await troupe(["up", "-d", "--prometheus"], { env });
  if (up.code !== 0) throw new Error(`troupe up failed: ${up.stderr}`);
  prometheusUrl = up.stdout.match(/\n {2}Prometheus: +(http:\/\/127\.0\.0\.1:\d+) /)?.[1] ?? "";
  if (!prometheusUrl) throw new Error(`troupe up printed no Prometheus address:\n${up.stdout}`);
  const found = await readContext(troupeHome(env));
  if (!found) throw new Error("no context.json");
  context = found;
  const built = await troupe(["image", "build", join(REPO_ROOT, "examples", "shop", "app"), "-t", "shop:1"], { env });
  if (built.code !== 0) throw new Error(`image build: ${built.stderr}`);
  const manifests = join(home, "crash-looper.yaml");
  await writeFile(manifests, CRASH_LOOP_POD);
  for (const file of [join(REPO_ROOT, "examples", "shop", "shop.yaml"), manifests]) {
    const applied = await troupe(["apply", "-f", file], { env });
    if (applied.code !== 0) throw new Error(`apply ${file}: ${applied.stderr}`);
  }
  await eventually(() => readyShopPods(), (ready) => ready === 6, "the 6 shop pods Ready", 90_000);
  // Mesh calls behind the ingress (gateway -> orders -> inventory), once the proxies route to it.
  await eventually(() => ingress("POST", "/orders", { item: "tea", quantity: 1 }), (status) => status === 200, "an order through the ingress", 30_000);
  await ingress("GET", "/stock");
  // The cluster DNS in the node proxies.
  const resolver = new Resolver({ timeout: 2000, tries: 3 });
  resolver.setServers([network.clusterDns]);
  await eventually(() => resolver.resolve4("gateway.default.svc.cluster.local").catch(() => []), (addresses) => addresses.length > 0, "the cluster DNS to answer", 20_000);
  // An API error (404), so the non-2xx panels have a series.
  await troupe(["get", "pod", "no-such-pod"], { env });
});

test.after.always(async () => {
  if (home) {
    await troupe(["down", "--timeout", "20s"], { env });
    await rm(home, { recursive: true, force: true });
  }
  await collector?.close();
});

async function readyShopPods(): Promise<number> {
  const listed = await troupe(["get", "pods", "-l", "app=shop", "-o", "json"], { env });
  if (listed.code !== 0) return 0;
  const pods = (JSON.parse(listed.stdout) as { items: { status?: { conditions?: { type: string; status: string }[] } }[] }).items;
  return pods.filter((pod) => pod.status?.conditions?.some((condition) => condition.type === "Ready" && condition.status === "True")).length;
}

function ingress(method: string, path: string, body?: unknown): Promise<number> {
  return new Promise((resolve) => {
    const outgoing = httpRequest({ host: network.nodeAddress, port: network.ingressPort, method, path, agent: false }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
    });
    outgoing.on("error", () => resolve(0));
    outgoing.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

interface Target {
  labels: Record<string, string>;
  health: string;
  lastError: string;
  scrapeUrl: string;
}

async function api<T>(path: string): Promise<T> {
  const response = await fetch(`${prometheusUrl}${path}`);
  const reply = (await response.json()) as { status: string; data: T; error?: string };
  if (reply.status !== "success") throw new Error(`${path}: ${reply.error}`);
  return reply.data;
}

const hasSeries = (count: number | string | undefined) => typeof count === "number" && count > 0;

async function seriesCount(expr: string): Promise<number | string> {
  try {
    const data = await api<{ resultType: string; result: unknown[] }>(`/api/v1/query?query=${encodeURIComponent(expr)}`);
    return data.resultType === "scalar" ? 1 : data.result.length;
  } catch (error) {
    return (error as Error).message;
  }
}

test("up --prometheus without a prometheus binary is refused, saying how to get one", async (t) => {
  const dir = await mkdtemp(join(tmpdir(), "troupe-prometheus-missing-"));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const up = await troupe(["up", "-d", "--prometheus"], { env: { TROUPE_HOME: dir, TROUPE_PROMETHEUS: join(dir, "no-prometheus") } });
  t.is(up.code, 1, up.stderr);
  t.is(up.stderr, `error: --prometheus: TROUPE_PROMETHEUS=${join(dir, "no-prometheus")} is not an executable file\n`);
});

test.serial("every target of the generated config is up: each role of the context, the annotated pods, Prometheus itself", async (t) => {
  if (missing) return t.log(`skipped: ${missing}`) ?? t.pass();
  t.timeout(60_000);
  const roles = context.services.filter((service) => service.metricsUrl).map((service) => service.name);
  t.true(roles.includes("prometheus") && roles.includes("api") && roles.includes("kubelet-node-3"));
  const targets = await eventually(
    async () => (await api<{ activeTargets: Target[] }>("/api/v1/targets")).activeTargets,
    (active) => active.length === roles.length + 6 && active.every((target) => target.health === "up"),
    "every target up",
    30_000,
  ).catch(async () => (await api<{ activeTargets: Target[] }>("/api/v1/targets")).activeTargets);
  for (const target of targets) t.is(target.health, "up", `${target.labels.job} ${target.scrapeUrl}: ${target.lastError}`);
  t.deepEqual(targets.filter((target) => target.labels.job !== "troupe-pods").map((target) => target.labels.role).sort(), [...roles].sort());
  t.is(targets.filter((target) => target.labels.job === "troupe-pods").length, 6, "the six shop pods");
  // The generated file on disk is what Prometheus read.
  t.regex(await readFile(join(home!, "prometheus", "prometheus.yml"), "utf8"), /scrape_interval: 1s/);
  const rules = await api<{ groups: { name: string }[] }>("/api/v1/rules");
  t.deepEqual(rules.groups.map((group) => group.name).sort(), ["troupe-api", "troupe-jetstream", "troupe-leaders", "troupe-nodes", "troupe-workloads"]);
});

test.serial("every dashboard panel's and every alert rule's expression returns at least one series", async (t) => {
  if (missing) return t.log(`skipped: ${missing}`) ?? t.pass();
  t.timeout(120_000);
  const expressions: NamedExpression[] = [
    ...dashboardExpressions(join(REPO_ROOT, "deploy", "grafana", "dashboards")),
    ...alertRuleExpressions(join(REPO_ROOT, "deploy", "prometheus", "rules")),
  ];
  t.true(expressions.length > 80, `${expressions.length} expressions`);
  // Rates need two samples in their window and some series appear with the first event (a pull,
  // a probe): ask again until every expression answers, or the time is up.
  let failing = expressions;
  const results = new Map<NamedExpression, number | string>();
  const deadline = Date.now() + 60_000;
  while (failing.length > 0 && Date.now() < deadline) {
    for (const expression of failing) results.set(expression, await seriesCount(expression.expr));
    failing = failing.filter((expression) => !hasSeries(results.get(expression)));
    if (failing.length > 0) await new Promise((resolve) => setTimeout(resolve, 2000));
  }
  for (const expression of failing) t.log(`no series: ${expression.where}: ${expression.expr} (${results.get(expression)})`);
  t.deepEqual(failing.map((expression) => expression.where), [], "expressions without a series (printed above)");
  t.log(`${expressions.length} expressions, each with at least one series`);
});

test.serial("the workload shows: a container crash looping, restarts counted, probes run, pods started", async (t) => {
  if (missing) return t.log(`skipped: ${missing}`) ?? t.pass();
  t.timeout(60_000);
  const value = async (expr: string) => Number((await api<{ result: { value: [number, string] }[] }>(`/api/v1/query?query=${encodeURIComponent(expr)}`)).result[0]?.value[1] ?? 0);
  for (const [expr, what] of [
    ['sum(troupe_kubelet_containers_waiting{reason="CrashLoopBackOff"})', "a container in CrashLoopBackOff"],
    ["sum(troupe_kubelet_container_restarts_total)", "restarts"],
    ['sum(troupe_kubelet_probe_results_total{probe_type="readiness"})', "readiness probes"],
    ["sum(troupe_kubelet_pod_start_sli_duration_seconds_count)", "pod startups measured"],
    ['sum(troupe_mesh_server_requests_total{service="orders"})', "mesh requests to orders"],
    ["sum(troupe_dns_queries_total)", "DNS queries"],
    ['sum(troupe_ingress_requests_total{ingress="default/shop"})', "ingress requests"],
  ] as const) {
    t.true((await eventually(() => value(expr), (found) => found >= 1, what, 30_000).catch(() => 0)) >= 1, `${what}: ${expr}`);
  }
});

test.serial("the API's latency histogram carries exemplars with trace ids, kept by Prometheus", async (t) => {
  if (missing) return t.log(`skipped: ${missing}`) ?? t.pass();
  const now = Date.now() / 1000;
  const exemplars = await api<{ exemplars: { labels: Record<string, string> }[] }[]>(`/api/v1/query_exemplars?query=${encodeURIComponent("troupe_api_request_duration_seconds_bucket")}&start=${now - 600}&end=${now}`);
  const labels = exemplars.flatMap((series) => series.exemplars.map((exemplar) => exemplar.labels));
  t.log(`${labels.length} exemplars`);
  t.true(labels.some((exemplar) => /^[0-9a-f]{32}$/.test(exemplar.trace_id ?? "")), JSON.stringify(labels.slice(0, 3)));
});
