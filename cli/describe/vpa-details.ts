// describe for VerticalPodAutoscaler: the target, the update and resource policies, each
// container's recommendation (lower bound, target, uncapped target, upper bound per resource)
// and the conditions. The VPA project ships no describe of its own (kubectl prints a CRD's
// fields); this is the same information laid out as `describe hpa` lays out an HPA.
import type { KubeObject } from "../../runtime/api-client.ts";
import type { DescribeWriter } from "./describe-writer.ts";
import { describeConditions, type ConditionJson } from "./sections.ts";

type Resources = Record<string, string>;
interface ContainerPolicyJson {
  containerName?: string;
  mode?: string;
  minAllowed?: Resources;
  maxAllowed?: Resources;
  controlledResources?: string[];
  controlledValues?: string;
}
interface RecommendationJson { containerName?: string; target?: Resources; lowerBound?: Resources; upperBound?: Resources; uncappedTarget?: Resources }
interface VpaJson {
  spec?: {
    targetRef?: { apiVersion?: string; kind?: string; name?: string };
    updatePolicy?: { updateMode?: string; minReplicas?: number };
    resourcePolicy?: { containerPolicies?: ContainerPolicyJson[] };
  };
  status?: { recommendation?: { containerRecommendations?: RecommendationJson[] }; conditions?: ConditionJson[] };
}

const NONE = "<none>";
const resources = (map: Resources | undefined) => {
  const entries = Object.entries(map ?? {});
  return entries.length > 0 ? entries.map(([name, value]) => `${name}: ${value}`).join(", ") : NONE;
};

function describeContainerPolicy(out: DescribeWriter, policy: ContainerPolicyJson): void {
  out.field(2, "Container Name", policy.containerName ?? "");
  out.field(2, "Mode", policy.mode ?? "Auto");
  out.field(2, "Min Allowed", resources(policy.minAllowed));
  out.field(2, "Max Allowed", resources(policy.maxAllowed));
  out.field(2, "Controlled Resources", (policy.controlledResources ?? ["cpu", "memory"]).join(", "));
  out.field(2, "Controlled Values", policy.controlledValues ?? "RequestsAndLimits");
}

/** One row per container and resource: lower bound, target, uncapped target, upper bound. */
export function recommendationRows(recommendations: readonly RecommendationJson[]): string[][] {
  return recommendations.flatMap((recommendation) => {
    const names = new Set([...Object.keys(recommendation.target ?? {}), ...Object.keys(recommendation.uncappedTarget ?? {})]);
    return [...names].sort().map((resource) => [
      recommendation.containerName ?? "",
      resource,
      recommendation.lowerBound?.[resource] ?? "",
      recommendation.target?.[resource] ?? "",
      recommendation.uncappedTarget?.[resource] ?? "",
      recommendation.upperBound?.[resource] ?? "",
    ]);
  });
}

export function describeVerticalPodAutoscaler(out: DescribeWriter, object: KubeObject): void {
  const { spec, status } = object as unknown as VpaJson;
  const ref = spec?.targetRef ?? {};
  out.field(0, "Reference", `${ref.kind ?? ""}/${ref.name ?? ""}`);
  out.heading(0, "Update Policy");
  out.field(1, "Update Mode", spec?.updatePolicy?.updateMode ?? "Auto");
  out.field(1, "Min Replicas", spec?.updatePolicy?.minReplicas ?? 2);
  const policies = spec?.resourcePolicy?.containerPolicies ?? [];
  if (policies.length === 0) {
    out.field(0, "Resource Policy", NONE);
  } else {
    out.heading(0, "Resource Policy");
    out.heading(1, "Container Policies");
    for (const policy of policies) describeContainerPolicy(out, policy);
  }
  const recommendations = status?.recommendation?.containerRecommendations ?? [];
  if (recommendations.length === 0) {
    out.field(0, "Recommendation", NONE);
  } else {
    out.heading(0, "Recommendation");
    out.table(1, ["Container", "Resource", "Lower Bound", "Target", "Uncapped Target", "Upper Bound"], recommendationRows(recommendations));
  }
  describeConditions(out, status?.conditions);
}
