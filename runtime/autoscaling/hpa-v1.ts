// autoscaling/v1 HorizontalPodAutoscaler <-> autoscaling/v2, as Kubernetes converts them:
// v1's targetCPUUtilizationPercentage is a Resource cpu Utilization metric in v2 and back; v1's
// status.currentCPUUtilizationPercentage is the cpu metric's current utilization. What v1 cannot
// say (other metrics, behavior, conditions) Kubernetes keeps in annotations: here it is dropped
// on the way to v1 (docs/autoscaling.md).

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

const isCpuUtilization = (metric: MetricV2) => metric.type === "Resource" && metric.resource?.name === "cpu";

export function hpaV1ToV2(v1: HpaV1): HpaV2 {
  const spec = v1.spec ?? {};
  const metrics: MetricV2[] = spec.targetCPUUtilizationPercentage === undefined
    ? []
    : [{ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: spec.targetCPUUtilizationPercentage } } }];
  const status = v1.status;
  const current = status?.currentCPUUtilizationPercentage;
  return {
    apiVersion: "autoscaling/v2",
    kind: "HorizontalPodAutoscaler",
    ...(v1.metadata ? { metadata: v1.metadata } : {}),
    spec: { scaleTargetRef: spec.scaleTargetRef, minReplicas: spec.minReplicas, maxReplicas: spec.maxReplicas, ...(metrics.length > 0 ? { metrics } : {}) },
    ...(status
      ? {
        status: {
          observedGeneration: status.observedGeneration, lastScaleTime: status.lastScaleTime, currentReplicas: status.currentReplicas, desiredReplicas: status.desiredReplicas,
          ...(current === undefined ? {} : { currentMetrics: [{ type: "Resource", resource: { name: "cpu", current: { averageUtilization: current } } }] }),
        },
      }
      : {}),
  };
}

export function hpaV2ToV1(v2: HpaV2): HpaV1 {
  const spec = v2.spec ?? {};
  const cpu = (spec.metrics ?? []).find((metric) => isCpuUtilization(metric) && metric.resource?.target?.type === "Utilization");
  const currentCpu = (v2.status?.currentMetrics ?? []).find(isCpuUtilization)?.resource?.current?.averageUtilization;
  const status = v2.status;
  return {
    apiVersion: "autoscaling/v1",
    kind: "HorizontalPodAutoscaler",
    ...(v2.metadata ? { metadata: v2.metadata } : {}),
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
