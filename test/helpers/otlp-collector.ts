// A trace collector for tests: an HTTP server reading OTLP/HTTP JSON export requests, the format
// @opentelemetry/exporter-trace-otlp-http sends, and keeping every span with its service name.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface ExportedSpan {
  service: string;
  name: string;
  traceId: string;
  spanId: string;
  parentSpanId: string;
}

export interface OtlpCollector {
  /** OTEL_EXPORTER_OTLP_ENDPOINT for the processes under test. */
  endpoint: string;
  spans: ExportedSpan[];
  close(): Promise<void>;
}

type Attribute = { key: string; value: { stringValue?: string } };
type ExportRequest = { resourceSpans?: { resource: { attributes: Attribute[] }; scopeSpans: { spans: Omit<ExportedSpan, "service">[] }[] }[] };

export async function startOtlpCollector(): Promise<OtlpCollector> {
  const spans: ExportedSpan[] = [];
  const server = createServer((request, response) => {
    let body = "";
    request.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
    request.on("end", () => {
      for (const resourceSpans of (JSON.parse(body || "{}") as ExportRequest).resourceSpans ?? []) {
        const service = resourceSpans.resource.attributes.find((attribute) => attribute.key === "service.name")?.value.stringValue ?? "";
        for (const scope of resourceSpans.scopeSpans) for (const span of scope.spans) spans.push({ ...span, service });
      }
      response.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    spans,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
