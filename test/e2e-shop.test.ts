// Issue 4 end to end, the mesh half: examples/shop (gateway -> orders -> inventory on the mesh
// SDK, each a Deployment of the shop image) behind an Ingress, on a 3-node cluster with node
// proxies; one request through the ingress is one trace across every service it touched.
import { request as httpRequest } from "node:http";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import test from "ava";
import { parseAllDocuments } from "yaml";
import type { KubeObject } from "../runtime/api-client.ts";
import { startOtlpCollector, type OtlpCollector } from "./helpers/otlp-collector.ts";
import { REPO_ROOT } from "./helpers/troupe-cli.ts";
import { eventually, startWorkloadCluster, type WorkloadCluster } from "./helpers/workload-cluster.ts";

interface PodJson extends KubeObject {
  status?: { phase?: string; conditions?: { type: string; status: string }[] };
}

let cluster: WorkloadCluster;
let collector: OtlpCollector;

test.before(async () => {
  collector = await startOtlpCollector();
  cluster = await startWorkloadCluster({ nodes: 3, proxies: true, images: [join(REPO_ROOT, "examples", "shop", "app")], env: { OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint } });
  const text = await readFile(join(REPO_ROOT, "examples", "shop", "shop.yaml"), "utf8");
  for (const document of parseAllDocuments(text)) await cluster.json.apply(document.toJS() as KubeObject);
  const ready = (pods: PodJson[]) => pods.filter((pod) => pod.status?.conditions?.some((c) => c.type === "Ready" && c.status === "True")).length;
  await eventually(async () => (await cluster.json.list("pods", { namespace: "default", labelSelector: "app=shop" })).items as PodJson[], (pods) => ready(pods) === 6, "the 6 shop pods Ready", 60_000);
});

test.after.always(async () => {
  await cluster?.stop();
  await collector?.close();
});

interface Reply {
  status: number;
  body: Record<string, unknown>;
}

/** A request to the ingress on the node address. */
function shop(method: string, path: string, body?: unknown): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ host: cluster.network.nodeAddress, port: cluster.network.ingressPort, method, path, agent: false }, (response) => {
      let text = "";
      response.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body: text ? JSON.parse(text) : {} }));
    });
    outgoing.on("error", reject);
    outgoing.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

test.serial("an order through the ingress goes gateway -> orders -> inventory and comes back", async (t) => {
  // The ingress and the gateway's endpoints reach the proxies shortly after the pods are Ready.
  const first = await eventually(() => shop("POST", "/orders", { item: "tea", quantity: 2 }), (reply) => reply.status === 200, "the shop to take an order", 20_000);
  t.is(first.body.item, "tea");
  t.is(first.body.quantity, 2);
  t.is(typeof first.body.id, "string");
  const stock = await shop("GET", "/stock");
  t.is(stock.status, 200);
  t.is(stock.body.tea, first.body.left, "the inventory counted the reservation");

  const direct = await shop("POST", "/api/orders", { item: "cake" });
  t.is(direct.status, 200, "the Ingress rule for the orders.create mesh method");
  t.is(direct.body.item, "cake");

  const unknown = await shop("POST", "/orders", { item: "caviar" });
  t.is(unknown.status, 400, JSON.stringify(unknown.body));
  t.regex(String(unknown.body.error), /unknown item "caviar"/);
});

test.serial("one order is one trace across the ingress, the gateway, orders and inventory", async (t) => {
  const reply = await shop("POST", "/orders", { item: "coffee" });
  t.is(reply.status, 200);
  // Pods export their spans in batches (every few seconds).
  const services = (traceId: string) => new Set(collector.spans.filter((span) => span.traceId === traceId).map((span) => span.service.replace(/-[a-z0-9]+-[a-z0-9]+$/, "")));
  const ingressSpans = () => collector.spans.filter((span) => span.service === "troupe-proxy" && span.name.endsWith("ingress"));
  const trace = await eventually(
    async () => ingressSpans().map((span) => ({ traceId: span.traceId, services: services(span.traceId) })),
    (traces) => traces.some((candidate) => ["gateway", "orders", "inventory"].every((service) => candidate.services.has(service))),
    "a trace with spans of every shop service",
    30_000,
  );
  const full = trace.find((candidate) => ["gateway", "orders", "inventory"].every((service) => candidate.services.has(service)));
  t.truthy(full, JSON.stringify(trace.map((candidate) => [...candidate.services])));
  t.true(full?.services.has("troupe-proxy"));
});
