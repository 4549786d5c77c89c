// autoscaling/v1 HorizontalPodAutoscaler <-> autoscaling/v2, as Kubernetes converts them
// (pkg/apis/autoscaling/v1/conversion.go): v1's targetCPUUtilizationPercentage is a Resource cpu
// Utilization metric in v2 and back; status.currentCPUUtilizationPercentage the cpu metric's
// current utilization. What v1 cannot say travels in annotations, as Kubernetes keeps it: the
// other metrics (`autoscaling.alpha.kubernetes.io/metrics`), their current values
// (`.../current-metrics`), the conditions (`.../conditions`) and the behavior (`.../behavior`), so
// a v1 read-modify-write keeps them. The annotations hold the v2 shapes (Kubernetes writes its
// v1 annotation types: the same fields but the targets' layout).

export interface HpaV1 {
  apiVersion: "autoscaling/v1";
  kind: "HorizontalPodAutoscaler";
  metadata?: Record<string, unknown>;
  spec?: { scaleTargetRef?: { kind?: string; name?: string; apiVersion?: string }; minReplicas?: number; maxReplicas?: number; targetCPUUtilizationPercentage?: number };
  status?: { observedGeneration?: number; lastScaleTime?: string; currentReplicas?: number; desiredReplicas?: number; currentCPUUtilizationPercentage?: number };
}

interface MetricV2 { type?: string; resource?: { name?: string; target?: { type?: string; averageUtilization?: number }; current?: { averageUtilization?: number } } }

export interface HpaV2 {
  apiVersion: "autoscaling/v2";
  kind: "HorizontalPodAutoscaler";
  metadata?: Record<string, unknown>;
  spec?: { scaleTargetRef?: { kind?: string; name?: string; apiVersion?: string }; minReplicas?: number; maxReplicas?: number; metrics?: MetricV2[]; behavior?: unknown };
  status?: { observedGeneration?: number; lastScaleTime?: string; currentReplicas?: number; desiredReplicas?: number; currentMetrics?: MetricV2[]; conditions?: unknown[] };
}

export const METRICS_ANNOTATION = "autoscaling.alpha.kubernetes.io/metrics";
export const CURRENT_METRICS_ANNOTATION = "autoscaling.alpha.kubernetes.io/current-metrics";
export const CONDITIONS_ANNOTATION = "autoscaling.alpha.kubernetes.io/conditions";
export const BEHAVIOR_ANNOTATION = "autoscaling.alpha.kubernetes.io/behavior";
const CONVERSION_ANNOTATIONS = [METRICS_ANNOTATION, CURRENT_METRICS_ANNOTATION, CONDITIONS_ANNOTATION, BEHAVIOR_ANNOTATION];

const isCpu = (metric: MetricV2) => metric.type === "Resource" && metric.resource?.name === "cpu";
const isCpuUtilization = (metric: MetricV2) => isCpu(metric) && metric.resource?.target?.type === "Utilization";

function annotationsOf(metadata: Record<string, unknown> | undefined): Record<string, string> {
  return { ...(metadata?.annotations as Record<string, string> | undefined) };
}

function withAnnotations(metadata: Record<string, unknown> | undefined, annotations: Record<string, string>): Record<string, unknown> | undefined {
  if (!metadata && Object.keys(annotations).length === 0) return undefined;
  const { annotations: _, ...rest } = metadata ?? {};
  return Object.keys(annotations).length > 0 ? { ...rest, annotations } : rest;
}

function parsed<T>(text: string | undefined, field: string): T | undefined {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new Error(`metadata.annotations[${field}]: Invalid value: must be JSON (${(error as Error).message})`, { cause: error });
  }
}

/** v1 to v2; throws (naming the annotation) when a conversion annotation is not JSON. */
export function hpaV1ToV2(v1: HpaV1): HpaV2 {
  const spec = v1.spec ?? {};
  const annotations = annotationsOf(v1.metadata);
  const others = parsed<MetricV2[]>(annotations[METRICS_ANNOTATION], METRICS_ANNOTATION) ?? [];
  const currentOthers = parsed<MetricV2[]>(annotations[CURRENT_METRICS_ANNOTATION], CURRENT_METRICS_ANNOTATION) ?? [];
  const conditions = parsed<unknown[]>(annotations[CONDITIONS_ANNOTATION], CONDITIONS_ANNOTATION);
  const behavior = parsed<unknown>(annotations[BEHAVIOR_ANNOTATION], BEHAVIOR_ANNOTATION);
  for (const name of CONVERSION_ANNOTATIONS) delete annotations[name];
  const metrics: MetricV2[] = [...others];
  if (spec.targetCPUUtilizationPercentage !== undefined) metrics.push({ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: spec.targetCPUUtilizationPercentage } } });
  const status = v1.status;
  const current = status?.currentCPUUtilizationPercentage;
  const currentMetrics: MetricV2[] = [...currentOthers, ...(current === undefined ? [] : [{ type: "Resource", resource: { name: "cpu", current: { averageUtilization: current } } }])];
  const metadata = withAnnotations(v1.metadata, annotations);
  return {
    apiVersion: "autoscaling/v2",
    kind: "HorizontalPodAutoscaler",
    ...(metadata ? { metadata } : {}),
    spec: { scaleTargetRef: spec.scaleTargetRef, minReplicas: spec.minReplicas, maxReplicas: spec.maxReplicas, ...(metrics.length > 0 ? { metrics } : {}), ...(behavior === undefined ? {} : { behavior }) },
    ...(status || conditions
      ? {
        status: {
          observedGeneration: status?.observedGeneration, lastScaleTime: status?.lastScaleTime, currentReplicas: status?.currentReplicas, desiredReplicas: status?.desiredReplicas,
          ...(currentMetrics.length > 0 ? { currentMetrics } : {}),
          ...(conditions ? { conditions } : {}),
        },
      }
      : {}),
  };
}

export function hpaV2ToV1(v2: HpaV2): HpaV1 {
  const spec = v2.spec ?? {};
  const metrics = spec.metrics ?? [];
  const cpu = metrics.find(isCpuUtilization);
  const others = metrics.filter((metric) => metric !== cpu);
  const currentMetrics = v2.status?.currentMetrics ?? [];
  const currentCpuMetric = cpu ? currentMetrics.find(isCpu) : undefined;
  const currentOthers = currentMetrics.filter((metric) => metric !== currentCpuMetric);
  const status = v2.status;
  const annotations = annotationsOf(v2.metadata);
  for (const name of CONVERSION_ANNOTATIONS) delete annotations[name];
  if (others.length > 0) annotations[METRICS_ANNOTATION] = JSON.stringify(others);
  if (currentOthers.length > 0) annotations[CURRENT_METRICS_ANNOTATION] = JSON.stringify(currentOthers);
  if (status?.conditions?.length) annotations[CONDITIONS_ANNOTATION] = JSON.stringify(status.conditions);
  if (spec.behavior !== undefined) annotations[BEHAVIOR_ANNOTATION] = JSON.stringify(spec.behavior);
  const metadata = withAnnotations(v2.metadata, annotations);
  const currentCpu = currentCpuMetric?.resource?.current?.averageUtilization;
  return {
    apiVersion: "autoscaling/v1",
    kind: "HorizontalPodAutoscaler",
    ...(metadata ? { metadata } : {}),
    spec: {
      scaleTargetRef: spec.scaleTargetRef, minReplicas: spec.minReplicas, maxReplicas: spec.maxReplicas,
      ...(cpu?.resource?.target?.averageUtilization === undefined ? {} : { targetCPUUtilizationPercentage: cpu.resource.target.averageUtilization }),
    },
    ...(status
      ? {
        status: {
          observedGeneration: status.observedGeneration, lastScaleTime: status.lastScaleTime, currentReplicas: status.currentReplicas, desiredReplicas: status.desiredReplicas,
          ...(currentCpu === undefined ? {} : { currentCPUUtilizationPercentage: currentCpu }),
        },
      }
      : {}),
  };
}
