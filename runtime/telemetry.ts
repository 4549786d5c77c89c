// The one place the OpenTelemetry SDK is set up. Everything else in Troupe uses only
// @opentelemetry/api, so a process without telemetry pays for no-op spans and nothing else.
import { context, propagation, ProxyTracerProvider, trace } from "@opentelemetry/api";
import type { Tracer, TracerOptions, TracerProvider } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { CompositePropagator, W3CBaggagePropagator, W3CTraceContextPropagator } from "@opentelemetry/core";
import type { SpanProcessor } from "@opentelemetry/sdk-trace-node";
import { LazyOtlpTraceExporter } from "./lazy-otlp-exporter.ts";
import { ATTR_SERVICE_NAME, ATTR_SERVICE_VERSION } from "./semconv.ts";

export interface TelemetryOptions {
  serviceName: string;
  serviceVersion?: string;
  /** Extra resource attributes, for example k8s.node.name for a kubelet. */
  resourceAttributes?: Record<string, string>;
  /** Processors to install as-is; tests pass a SimpleSpanProcessor over an InMemorySpanExporter. */
  spanProcessors?: SpanProcessor[];
  /**
   * OTLP/HTTP base endpoint (the value of OTEL_EXPORTER_OTLP_ENDPOINT, read by main.ts).
   * When set, spans are also batched to `<endpoint>/v1/traces`.
   */
  otlpEndpoint?: string;
}

export interface ResolvedTelemetryOptions {
  serviceName: string;
  serviceVersion: string | undefined;
  resourceAttributes: Record<string, string>;
  spanProcessors: SpanProcessor[];
  otlpEndpoint: string | undefined;
}

export interface Telemetry {
  /** Exports everything still buffered. */
  forceFlush(): Promise<void>;
  /** Flushes and stops the exporters; if this is the active SDK, tracing becomes a no-op. */
  shutdown(): Promise<void>;
}

export function resolveTelemetryOptions(options: TelemetryOptions): ResolvedTelemetryOptions {
  return {
    serviceName: options.serviceName,
    serviceVersion: options.serviceVersion,
    resourceAttributes: options.resourceAttributes ?? {},
    spanProcessors: options.spanProcessors ?? [],
    otlpEndpoint: options.otlpEndpoint?.trim() || undefined,
  };
}

/** The OTLP/HTTP spec appends the signal path to the generic endpoint, unless it is already there. */
export function otlpTracesUrl(endpoint: string): string {
  const base = endpoint.replace(/\/+$/, "");
  return base.endsWith("/v1/traces") ? base : `${base}/v1/traces`;
}

/**
 * The globally registered provider. Modules keep the tracers they get at import time
 * (`const tracer = trace.getTracer(...)`), and the OTel API strands those tracers on the old
 * provider if the globals are ever re-registered. So the globals are registered once, with this
 * provider, and each startTelemetry() only swaps the SDK it forwards to.
 */
class SwitchingTracerProvider implements TracerProvider {
  target: TracerProvider = new ProxyTracerProvider();

  getTracer(name: string, version?: string, options?: TracerOptions): Tracer {
    const tracerOf = () => this.target.getTracer(name, version, options);
    return {
      startSpan: (spanName, spanOptions, ctx) => tracerOf().startSpan(spanName, spanOptions, ctx),
      startActiveSpan: ((...args: Parameters<Tracer["startActiveSpan"]>) =>
        Reflect.apply(tracerOf().startActiveSpan, tracerOf(), args)) as Tracer["startActiveSpan"],
    };
  }
}

let switching: SwitchingTracerProvider | undefined;

function installGlobals(): SwitchingTracerProvider {
  if (switching) return switching;
  switching = new SwitchingTracerProvider();
  trace.setGlobalTracerProvider(switching);
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(
    new CompositePropagator({ propagators: [new W3CTraceContextPropagator(), new W3CBaggagePropagator()] }),
  );
  return switching;
}

/**
 * Installs (once per process) the global tracer provider, the W3C trace-context + baggage
 * propagator and an AsyncLocalStorage context manager, and routes spans to a new SDK built from
 * `options`. A second call replaces the first SDK, so each test can bring its own exporter; the
 * earlier handle's `shutdown()` still flushes its own processors.
 *
 * The SDK is loaded only when something consumes spans (processors given, or an OTLP endpoint):
 * it costs a service about 15 MiB. Without it spans are no-ops that still carry the caller's
 * trace context on to the next hop and into the logs.
 */
export async function startTelemetry(options: TelemetryOptions): Promise<Telemetry> {
  const resolved = resolveTelemetryOptions(options);
  const globals = installGlobals();
  if (options.spanProcessors === undefined && !resolved.otlpEndpoint) {
    globals.target = new ProxyTracerProvider();
    return { forceFlush: async () => undefined, shutdown: async () => undefined };
  }
  const [{ BatchSpanProcessor, NodeTracerProvider }, { resourceFromAttributes }] = await Promise.all([
    import("@opentelemetry/sdk-trace-node"),
    import("@opentelemetry/resources"),
  ]);
  const processors = [...resolved.spanProcessors];
  if (resolved.otlpEndpoint) {
    processors.push(new BatchSpanProcessor(new LazyOtlpTraceExporter(otlpTracesUrl(resolved.otlpEndpoint))));
  }
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({
      ...resolved.resourceAttributes,
      [ATTR_SERVICE_NAME]: resolved.serviceName,
      ...(resolved.serviceVersion ? { [ATTR_SERVICE_VERSION]: resolved.serviceVersion } : {}),
    }),
    spanProcessors: processors,
  });
  globals.target = provider;

  let stopped: Promise<void> | undefined;
  return {
    forceFlush: () => provider.forceFlush(),
    shutdown() {
      if (globals.target === provider) globals.target = new ProxyTracerProvider();
      stopped ??= provider.shutdown();
      return stopped;
    },
  };
}
