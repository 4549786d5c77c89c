// With OTEL_EXPORTER_OTLP_ENDPOINT set, a CLI command is one trace: the CLI's `troupe <command>`
// span is the parent of the API's spans, both exported over OTLP/HTTP to the same collector.
import test from "ava";
import { startNatsServer, type NatsServerHandle } from "../runtime/nats-server.ts";
import { startApiProcess, type ApiProcess } from "./helpers/api-process.ts";
import { startOtlpCollector, type ExportedSpan, type OtlpCollector } from "./helpers/otlp-collector.ts";
import { troupe } from "./helpers/troupe-cli.ts";

let collector: OtlpCollector;
let spans: ExportedSpan[];
let endpoint: string;
let nats: NatsServerHandle;
let api: ApiProcess;

test.before(async () => {
  collector = await startOtlpCollector();
  ({ spans, endpoint } = collector);
  nats = await startNatsServer();
  api = await startApiProcess(nats.url, { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint });
});

test.after.always(async () => {
  await api?.stop();
  await nats?.destroy();
  await collector?.close();
});

test("a command's span is exported by the CLI and the API's spans join its trace", async (t) => {
  const result = await troupe(["get", "namespaces", "default", "--server", nats.url], { env: { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint } });
  t.is(result.code, 0, result.stderr);
  const command = spans.find((span) => span.service === "troupe-cli" && span.name === "troupe get");
  t.truthy(command, `the CLI exported its span before exiting; got ${spans.map((span) => span.name).join(", ")}`);

  // The API batches its exports; stopping it flushes them.
  await api.stop();
  const apiSpans = spans.filter((span) => span.service !== "troupe-cli" && span.traceId === command?.traceId);
  t.true(apiSpans.length > 0, "the API's spans are in the command's trace");
  const cliSpanIds = new Set(spans.filter((span) => span.service === "troupe-cli").map((span) => span.spanId));
  t.true(apiSpans.some((span) => cliSpanIds.has(span.parentSpanId)), "an API span's parent is a CLI span");
});
