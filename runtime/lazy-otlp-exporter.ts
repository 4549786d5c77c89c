// An OTLP/HTTP span exporter that loads the OTLP modules on its first use. They (with the
// metrics SDK they depend on) cost a service tens of MiB of memory, which a process that
// exports nothing should not pay; the import happens only when a span is exported.
import type { ExportResult } from "@opentelemetry/core";
import type { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import type { ReadableSpan, SpanExporter } from "@opentelemetry/sdk-trace-base";

export class LazyOtlpTraceExporter implements SpanExporter {
  readonly url: string;
  #exporter: Promise<OTLPTraceExporter> | undefined;

  constructor(url: string) {
    this.url = url;
  }

  #load(): Promise<OTLPTraceExporter> {
    this.#exporter ??= import("@opentelemetry/exporter-trace-otlp-http").then(({ OTLPTraceExporter }) => new OTLPTraceExporter({ url: this.url }));
    return this.#exporter;
  }

  export(spans: ReadableSpan[], resultCallback: (result: ExportResult) => void): void {
    this.#load().then(
      (exporter) => exporter.export(spans, resultCallback),
      (error: Error) => resultCallback({ code: 1, error }),
    );
  }

  async shutdown(): Promise<void> {
    if (this.#exporter) await (await this.#exporter).shutdown();
  }

  async forceFlush(): Promise<void> {
    if (this.#exporter) await (await this.#exporter).forceFlush?.();
  }
}
