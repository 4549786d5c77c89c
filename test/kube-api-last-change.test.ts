// The kube-api front end returns the trace context of an object's last change on GET of that
// object (Troupe-Last-Change-Traceparent, docs/tracing.md), both for JSON and for a Table.
import test from "ava";
import { trace } from "@opentelemetry/api";
import { InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { LAST_CHANGE_TRACEPARENT_HEADER } from "../runtime/subjects.ts";
import { startTelemetry, type Telemetry } from "../runtime/telemetry.ts";
import { startApiTestCluster, type ApiTestCluster } from "./helpers/api-cluster.ts";
import { startKubeApiFixture, type KubeApiFixture } from "./helpers/kube-api-fixture.ts";
import { kubeHttp } from "./helpers/kube-http.ts";

let telemetry: Telemetry;
let cluster: ApiTestCluster;
let kube: KubeApiFixture;

test.before(async () => {
  telemetry = await startTelemetry({ serviceName: "troupe-test", spanProcessors: [new SimpleSpanProcessor(new InMemorySpanExporter())] });
  cluster = await startApiTestCluster();
  kube = await startKubeApiFixture(cluster.nc);
});

test.after.always(async () => {
  await kube?.stop();
  await cluster?.stop();
  await telemetry?.shutdown();
});

test("GET of one object carries the traceparent of the write that last changed it", async (t) => {
  const traceId = await trace.getTracer("troupe-cli").startActiveSpan("troupe apply", async (span) => {
    await cluster.client.create({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "traced", namespace: "default" }, data: { a: "1" } });
    span.end();
    return span.spanContext().traceId;
  });
  const header = LAST_CHANGE_TRACEPARENT_HEADER.toLowerCase();
  const json = await kubeHttp(kube, "GET", "/api/v1/namespaces/default/configmaps/traced");
  t.is(json.status, 200);
  t.regex(String(json.headers[header]), new RegExp(`^00-${traceId}-[0-9a-f]{16}-0[01]$`));
  const table = await kubeHttp(kube, "GET", "/api/v1/namespaces/default/configmaps/traced", undefined, { Accept: "application/json;as=Table;v=v1;g=meta.k8s.io" });
  t.is(table.status, 200);
  t.is(table.headers[header], json.headers[header]);
  const list = await kubeHttp(kube, "GET", "/api/v1/namespaces/default/configmaps");
  t.is(list.headers[header], undefined, "a list has no single last change");
});
