// The OpenMetrics text exposition of a prom-client registry, for scrapers that ask for it
// (Prometheus does, and only it carries exemplars). prom-client can write it only from a registry
// made for it, and doing so renames its counters in place (drops `_total`), which would break the
// classic text served from the same registry: so it is written here from the registry's values.
import type { Registry } from "prom-client";

export const OPENMETRICS_CONTENT_TYPE = "application/openmetrics-text; version=1.0.0; charset=utf-8";

/** True when an HTTP Accept header asks for OpenMetrics (with a non-zero quality). */
export function acceptsOpenMetrics(accept: string | undefined): boolean {
  if (!accept) return false;
  return accept.split(",").some((part) => {
    const [type = "", ...parameters] = part.split(";").map((piece) => piece.trim());
    if (type.toLowerCase() !== "application/openmetrics-text") return false;
    const quality = parameters.find((parameter) => parameter.startsWith("q="));
    return quality === undefined || Number(quality.slice(2)) > 0;
  });
}

interface Exemplar {
  labelSet: Record<string, string | number>;
  value: number;
  timestamp: number;
}

interface MetricValue {
  metricName?: string;
  labels: Record<string, string | number>;
  value: number;
  exemplar?: Exemplar | null;
}

export async function renderOpenMetrics(registry: Registry): Promise<string> {
  const lines: string[] = [];
  for (const metric of await registry.getMetricsAsJSON()) {
    const type = String(metric.type);
    // An OpenMetrics counter family is named without `_total`; its sample keeps it.
    const family = type === "counter" ? metric.name.replace(/_total$/, "") : metric.name;
    lines.push(`# HELP ${family} ${escapeHelp(metric.help)}`, `# TYPE ${family} ${type}`);
    for (const value of metric.values as MetricValue[]) {
      const name = type === "counter" ? `${family}_total` : (value.metricName ?? metric.name);
      let line = `${name}${formatLabels(value.labels)} ${formatNumber(value.value)}`;
      if (value.exemplar) line += ` # ${formatLabels(value.exemplar.labelSet) || "{}"} ${formatNumber(value.exemplar.value)} ${value.exemplar.timestamp}`;
      lines.push(line);
    }
  }
  lines.push("# EOF");
  return `${lines.join("\n")}\n`;
}

function formatLabels(labels: Record<string, string | number>): string {
  const parts = Object.entries(labels).map(([key, value]) => `${key}="${escapeLabelValue(String(value))}"`);
  return parts.length ? `{${parts.join(",")}}` : "";
}

function formatNumber(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (value === Infinity) return "+Inf";
  if (value === -Infinity) return "-Inf";
  return String(value);
}

function escapeLabelValue(value: string): string {
  return value.replaceAll("\\", "\\\\").replaceAll("\n", "\\n").replaceAll('"', '\\"');
}

function escapeHelp(help: string): string {
  return help.replaceAll("\\", "\\\\").replaceAll("\n", "\\n").replaceAll('"', '\\"');
}
