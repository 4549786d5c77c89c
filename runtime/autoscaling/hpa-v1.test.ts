import test from "ava";
import { hpaV1ToV2, hpaV2ToV1, type HpaV1 } from "./hpa-v1.ts";

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

test("v2 to v1 keeps the cpu utilization target and drops what v1 cannot say", (t) => {
  const converted = hpaV2ToV1({
    apiVersion: "autoscaling/v2", kind: "HorizontalPodAutoscaler",
    spec: { maxReplicas: 5, metrics: [{ type: "Pods" }, { type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 50 } } }] },
  });
  t.like(converted, { apiVersion: "autoscaling/v1", spec: { maxReplicas: 5, targetCPUUtilizationPercentage: 50 } });
  t.is(hpaV2ToV1({ apiVersion: "autoscaling/v2", kind: "HorizontalPodAutoscaler", spec: { maxReplicas: 5 } }).spec?.targetCPUUtilizationPercentage, undefined);
});
