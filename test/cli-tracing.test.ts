// With OTEL_EXPORTER_OTLP_ENDPOINT set, a CLI command is one trace: the CLI's `troupe <command>`
// span is the parent of the API's spans, both exported over OTLP/HTTP to the same collector.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import test from "ava";
import { startNatsServer, type NatsServerHandle } from "../runtime/nats-server.ts";
import { startApiProcess, type ApiProcess } from "./helpers/api-process.ts";
import { troupe } from "./helpers/troupe-cli.ts";

interface ExportedSpan {
  service: string;
  name: string;
  traceId: string;
  spanId: string;
  parentSpanId: string;
}

const spans: ExportedSpan[] = [];
let collector: Server;
let endpoint: string;
let nats: NatsServerHandle;
let api: ApiProcess;

/** Reads OTLP/HTTP JSON export requests, the format @opentelemetry/exporter-trace-otlp-http sends. */
function collect(body: string): void {
  type Attribute = { key: string; value: { stringValue?: string } };
  const request = JSON.parse(body) as {
    resourceSpans: { resource: { attributes: Attribute[] }; scopeSpans: { spans: Omit<ExportedSpan, "service">[] }[] }[];
  };
  for (const resourceSpans of request.resourceSpans) {
    const service = resourceSpans.resource.attributes.find((attribute) => attribute.key === "service.name")?.value.stringValue ?? "";
    for (const scope of resourceSpans.scopeSpans) for (const span of scope.spans) spans.push({ ...span, service });
  }
}

test.before(async () => {
  collector = createServer((request, response) => {
    let body = "";
    request.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
    request.on("end", () => {
      collect(body);
      response.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => collector.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
  nats = await startNatsServer();
  api = await startApiProcess(nats.url, { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint });
});

test.after.always(async () => {
  await api?.stop();
  await nats?.destroy();
  collector?.close();
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
