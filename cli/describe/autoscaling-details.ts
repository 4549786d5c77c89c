// describe for HorizontalPodAutoscaler, in kubectl's layout (describeHorizontalPodAutoscalerV2):
// the reference, each metric as "current / target", min/max, the behavior, the pods and conditions.
import type { KubeObject } from "../../runtime/api-client.ts";
import type { DescribeWriter } from "./describe-writer.ts";
import { describeConditions, type ConditionJson } from "./sections.ts";

interface TargetJson { type?: string; value?: string; averageValue?: string; averageUtilization?: number }
interface CurrentJson { value?: string; averageValue?: string; averageUtilization?: number }
interface SourceJson { name?: string; container?: string; metric?: { name?: string }; describedObject?: { kind?: string; name?: string }; target?: TargetJson; current?: CurrentJson }
interface MetricJson { type?: string; resource?: SourceJson; containerResource?: SourceJson; pods?: SourceJson; object?: SourceJson; external?: SourceJson }
interface RulesJson { stabilizationWindowSeconds?: number; selectPolicy?: string; policies?: { type?: string; value?: number; periodSeconds?: number }[] }
interface HpaJson {
  spec?: { scaleTargetRef?: { kind?: string; name?: string }; minReplicas?: number; maxReplicas?: number; metrics?: MetricJson[]; behavior?: { scaleUp?: RulesJson; scaleDown?: RulesJson } };
  status?: { currentReplicas?: number; desiredReplicas?: number; currentMetrics?: MetricJson[]; conditions?: ConditionJson[] };
}

const UNKNOWN = "<unknown>";
const SOURCE_FIELD: Record<string, keyof MetricJson> = { Resource: "resource", ContainerResource: "containerResource", Pods: "pods", Object: "object", External: "external" };
const sourceOf = (metric: MetricJson): SourceJson | undefined => {
  const field = SOURCE_FIELD[metric.type ?? ""];
  return field ? (metric[field] as SourceJson | undefined) : undefined;
};
const nameOf = (source: SourceJson | undefined) => source?.name ?? source?.metric?.name ?? "";

function currentOf(metric: MetricJson, statuses: readonly MetricJson[]): CurrentJson | undefined {
  const found = statuses.find((status) => status.type === metric.type && nameOf(sourceOf(status)) === nameOf(sourceOf(metric)));
  return found ? sourceOf(found)?.current : undefined;
}

/** One metric's label and "current / target" text. */
export function metricLine(metric: MetricJson, statuses: readonly MetricJson[]): [string, string] {
  const source = sourceOf(metric) ?? {};
  const target = source.target ?? {};
  const current = currentOf(metric, statuses);
  const valueOrAverage = target.type === "AverageValue" ? "average value" : "value";
  switch (metric.type) {
    case "Resource":
    case "ContainerResource": {
      const where = metric.type === "Resource" ? `resource ${source.name ?? ""} on pods` : `resource ${source.name ?? ""} of container "${source.container ?? ""}" on pods`;
      if (typeof target.averageUtilization === "number") {
        const now = typeof current?.averageUtilization === "number" ? `${current.averageUtilization}% (${current.averageValue ?? ""})` : UNKNOWN;
        return [`${where}  (as a percentage of request)`, `${now} / ${target.averageUtilization}%`];
      }
      return [where, `${current?.averageValue ?? UNKNOWN} / ${target.averageValue ?? UNKNOWN}`];
    }
    case "Pods":
      return [`"${nameOf(source)}" on pods`, `${current?.averageValue ?? UNKNOWN} / ${target.averageValue ?? UNKNOWN}`];
    case "Object": {
      const described = `${source.describedObject?.kind ?? ""}/${source.describedObject?.name ?? ""}`;
      const now = target.type === "AverageValue" ? current?.averageValue : current?.value;
      return [`"${nameOf(source)}" on ${described} (target ${valueOrAverage})`, `${now ?? UNKNOWN} / ${(target.type === "AverageValue" ? target.averageValue : target.value) ?? UNKNOWN}`];
    }
    case "External": {
      const now = target.type === "AverageValue" ? current?.averageValue : current?.value;
      return [`"${nameOf(source)}" (target ${valueOrAverage})`, `${now ?? UNKNOWN} / ${(target.type === "AverageValue" ? target.averageValue : target.value) ?? UNKNOWN}`];
    }
    default:
      return [`<unknown metric type ${metric.type ?? ""}>`, UNKNOWN];
  }
}

function describeRules(out: DescribeWriter, label: string, rules: RulesJson | undefined): void {
  if (!rules) return;
  out.heading(1, label);
  out.field(2, "Stabilization Window", `${rules.stabilizationWindowSeconds ?? 0} seconds`);
  out.field(2, "Select Policy", rules.selectPolicy ?? "");
  out.heading(2, "Policies");
  for (const policy of rules.policies ?? []) out.text(3, `- Type: ${policy.type ?? ""}  Value: ${policy.value ?? 0}  Period: ${policy.periodSeconds ?? 0} seconds`);
}

export function describeHorizontalPodAutoscaler(out: DescribeWriter, object: KubeObject): void {
  const { spec, status } = object as unknown as HpaJson;
  const ref = spec?.scaleTargetRef ?? {};
  out.field(0, "Reference", `${ref.kind ?? ""}/${ref.name ?? ""}`);
  out.field(0, "Metrics", "( current / target )");
  for (const metric of spec?.metrics ?? []) {
    const [label, value] = metricLine(metric, status?.currentMetrics ?? []);
    out.field(1, label, value);
  }
  out.field(0, "Min replicas", spec?.minReplicas === undefined ? "<unset>" : String(spec.minReplicas));
  out.field(0, "Max replicas", spec?.maxReplicas ?? 0);
  if (spec?.behavior) {
    out.heading(0, "Behavior");
    describeRules(out, "Scale Up", spec.behavior.scaleUp);
    describeRules(out, "Scale Down", spec.behavior.scaleDown);
  }
  out.field(0, `${ref.kind ?? ""} pods`, `${status?.currentReplicas ?? 0} current / ${status?.desiredReplicas ?? 0} desired`);
  describeConditions(out, status?.conditions);
}
