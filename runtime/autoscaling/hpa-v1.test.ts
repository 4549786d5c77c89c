import test from "ava";
import { BEHAVIOR_ANNOTATION, CONDITIONS_ANNOTATION, CURRENT_METRICS_ANNOTATION, hpaV1ToV2, hpaV2ToV1, METRICS_ANNOTATION, type HpaV1, type HpaV2 } from "./hpa-v1.ts";

const v1: HpaV1 = {
  apiVersion: "autoscaling/v1",
  kind: "HorizontalPodAutoscaler",
  metadata: { name: "web" },
  spec: { scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "web" }, minReplicas: 2, maxReplicas: 8, targetCPUUtilizationPercentage: 60 },
  status: { currentReplicas: 3, desiredReplicas: 4, currentCPUUtilizationPercentage: 75 },
};

test("v1's targetCPUUtilizationPercentage is a Resource cpu Utilization metric in v2", (t) => {
  const v2 = hpaV1ToV2(v1);
  t.deepEqual(v2.spec?.metrics, [{ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 60 } } }]);
  t.deepEqual(v2.status?.currentMetrics, [{ type: "Resource", resource: { name: "cpu", current: { averageUtilization: 75 } } }]);
  t.like(v2, { apiVersion: "autoscaling/v2", spec: { minReplicas: 2, maxReplicas: 8 }, status: { currentReplicas: 3, desiredReplicas: 4 } });
});

test("v1 to v2 and back is the same object", (t) => {
  t.deepEqual(JSON.parse(JSON.stringify(hpaV2ToV1(hpaV1ToV2(v1)))), v1);
});

test("v2 to v1 keeps the cpu utilization target and puts what v1 cannot say in annotations, which v1 to v2 reads back", (t) => {
  const v2: HpaV2 = {
    apiVersion: "autoscaling/v2", kind: "HorizontalPodAutoscaler", metadata: { name: "web", annotations: { team: "a" } },
    spec: {
      maxReplicas: 5,
      metrics: [{ type: "Pods" }, { type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 50 } } }],
      behavior: { scaleDown: { stabilizationWindowSeconds: 60 } },
    },
    status: {
      currentReplicas: 1, desiredReplicas: 1,
      currentMetrics: [{ type: "Pods" }, { type: "Resource", resource: { name: "cpu", current: { averageUtilization: 40 } } }],
      conditions: [{ type: "AbleToScale", status: "True" }],
    },
  };
  const converted = hpaV2ToV1(v2);
  t.like(converted, { apiVersion: "autoscaling/v1", spec: { maxReplicas: 5, targetCPUUtilizationPercentage: 50 }, status: { currentCPUUtilizationPercentage: 40 } });
  t.deepEqual(converted.metadata?.annotations, {
    team: "a",
    [METRICS_ANNOTATION]: '[{"type":"Pods"}]',
    [CURRENT_METRICS_ANNOTATION]: '[{"type":"Pods"}]',
    [CONDITIONS_ANNOTATION]: '[{"type":"AbleToScale","status":"True"}]',
    [BEHAVIOR_ANNOTATION]: '{"scaleDown":{"stabilizationWindowSeconds":60}}',
  });
  const back = hpaV1ToV2(converted);
  t.deepEqual(back.spec?.metrics, v2.spec?.metrics);
  t.deepEqual(back.spec?.behavior, v2.spec?.behavior);
  t.deepEqual(back.status?.conditions, v2.status?.conditions);
  t.deepEqual(back.status?.currentMetrics, v2.status?.currentMetrics);
  t.deepEqual(back.metadata?.annotations, { team: "a" });
  t.is(hpaV2ToV1({ apiVersion: "autoscaling/v2", kind: "HorizontalPodAutoscaler", spec: { maxReplicas: 5 } }).spec?.targetCPUUtilizationPercentage, undefined);
  t.throws(() => hpaV1ToV2({ ...converted, metadata: { annotations: { [METRICS_ANNOTATION]: "[" } } }), { message: /metadata\.annotations\[autoscaling\.alpha\.kubernetes\.io\/metrics\]: Invalid value/ });
});
