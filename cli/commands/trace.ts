// troupe trace KIND/NAME: the trace of the request that last changed an object (the API's
// Troupe-Last-Change-Traceparent header on get), and its waterfall when the cluster's span
// store (TROUPE_SPANS, docs/trace-store.md) still holds it. Exit 0 only when the waterfall is shown.
import { jetstream } from "@nats-io/jetstream";
import { readTrace } from "../../runtime/spans/read-trace.ts";
import { waterfall } from "../../runtime/spans/waterfall.ts";
import { SPANS_STREAM } from "../../runtime/subjects.ts";
import { UsageError } from "../errors.ts";
import type { Invocation } from "../invocation.ts";
import { DEFAULT_NAMESPACE, nameRef } from "../object-ref.ts";
import { resolveResourceType } from "../resource-types.ts";
import { parseTraceparent } from "../trace/traceparent.ts";
import { formatDurationMs, formatWaterfall } from "../trace/waterfall-text.ts";

function kindAndName(positionals: string[]): [string, string] {
  const [kind, name, extra] = positionals[0]?.includes("/") ? [...positionals[0].split("/", 2), positionals[1]] : positionals;
  if (!kind || !name || extra !== undefined) throw new UsageError("trace takes KIND/NAME (or KIND NAME), e.g. troupe trace deployment/web");
  return [kind, name];
}

function terminalWidth(invocation: Invocation): number {
  const columns = (invocation.stdout as { columns?: number }).columns ?? Number(invocation.env.COLUMNS);
  return Number.isInteger(columns) && columns > 0 ? columns : 120;
}

export async function run(invocation: Invocation): Promise<number> {
  const { flags, positionals, stdout, stderr } = invocation;
  const output = flags.string("output");
  if (output !== undefined && output !== "json") throw new UsageError(`--output must be json (or left out for the waterfall), not "${output}"`);
  const [kind, name] = kindAndName(positionals);
  const api = await invocation.api();
  const type = resolveResourceType(await api.discovery(), kind);
  const namespace = type.namespaced === false ? undefined : (flags.string("namespace") ?? DEFAULT_NAMESPACE);
  const { object, lastChangeTraceparent } = await api.getWithLastChange(type.plural, name, namespace === undefined ? {} : { namespace });
  const ref = nameRef(object);
  // With -o json stdout holds only the spans; what is said about them goes to stderr.
  const say = output === "json" ? stderr : stdout;
  if (!lastChangeTraceparent) {
    stderr.write(`no trace recorded for the last change of ${ref}: it was written without trace context (a cluster started with --trace-sampling off, or a writer that traces nothing)\n`);
    return 1;
  }
  const parent = parseTraceparent(lastChangeTraceparent);
  if (!parent) {
    stderr.write(`the last change of ${ref} carries a traceparent that is not W3C trace context: ${JSON.stringify(lastChangeTraceparent)}\n`);
    return 1;
  }
  say.write(`trace ${parent.traceId}\n`);
  if (!parent.sampled) {
    stderr.write(`the trace of the last change of ${ref} was not sampled (troupe up --trace-sampling), so no spans of it were recorded\n`);
    return 1;
  }
  let spans;
  try {
    spans = await readTrace(jetstream(api.nc), parent.traceId, { timeoutMs: invocation.requestTimeoutMs ?? 5000 });
  } catch (error) {
    stderr.write(`could not read trace ${parent.traceId} from the span store ${SPANS_STREAM}: ${(error as Error).message}\n`);
    return 1;
  }
  if (spans.length === 0) {
    stderr.write(
      `trace ${parent.traceId} is not in the cluster's span store (${SPANS_STREAM}): it has expired (TROUPE_SPANS_MAX_AGE) or been dropped for space, ` +
        "or the cluster keeps no spans (no collector); if the cluster sends spans to Jaeger (OTEL_EXPORTER_OTLP_ENDPOINT), look the trace id up there\n",
    );
    return 1;
  }
  if (output === "json") {
    stdout.write(`${JSON.stringify(spans, null, 2)}\n`);
    return 0;
  }
  const layout = waterfall(spans);
  const services = new Set(spans.map((span) => span.service)).size;
  stdout.write(`${ref}: ${spans.length} spans from ${services} service${services === 1 ? "" : "s"} over ${formatDurationMs(layout.durationMs)}\n\n`);
  stdout.write(formatWaterfall(layout, { width: terminalWidth(invocation) }));
  return 0;
}
