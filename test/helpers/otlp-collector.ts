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
  /** As OTLP JSON sends them (also `links` and `attributes`, below). */
  links?: { traceId: string; spanId: string }[];
  attributes?: Attribute[];
  /** The resource's string attributes (service.name, k8s.node.name for a kubelet, ...). */
  resource?: Record<string, string>;
}

/** A span attribute's value, whatever its OTLP JSON type. */
export function attributeOf(span: ExportedSpan, key: string): string | number | boolean | undefined {
  const value = span.attributes?.find((attribute) => attribute.key === key)?.value;
  return value?.stringValue ?? value?.boolValue ?? (value?.intValue === undefined ? undefined : Number(value.intValue));
}

export interface OtlpCollector {
  /** OTEL_EXPORTER_OTLP_ENDPOINT for the processes under test. */
  endpoint: string;
  spans: ExportedSpan[];
  close(): Promise<void>;
}

type Attribute = { key: string; value: { stringValue?: string; boolValue?: boolean; intValue?: number | string } };
type ExportRequest = { resourceSpans?: { resource: { attributes: Attribute[] }; scopeSpans: { spans: Omit<ExportedSpan, "service">[] }[] }[] };

export async function startOtlpCollector(): Promise<OtlpCollector> {
  const spans: ExportedSpan[] = [];
  const server = createServer((request, response) => {
    let body = "";
    request.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
    request.on("end", () => {
      for (const resourceSpans of (JSON.parse(body || "{}") as ExportRequest).resourceSpans ?? []) {
        const service = resourceSpans.resource.attributes.find((attribute) => attribute.key === "service.name")?.value.stringValue ?? "";
        const resource = Object.fromEntries(resourceSpans.resource.attributes.flatMap((attribute) => attribute.value.stringValue === undefined ? [] : [[attribute.key, attribute.value.stringValue]]));
        for (const scope of resourceSpans.scopeSpans) for (const span of scope.spans) spans.push({ ...span, service, resource });
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
