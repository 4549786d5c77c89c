import test from "ava";
import type { KubeObject } from "../../runtime/api-client.ts";
import { describeObject } from "./describe-object.ts";

const hpa: KubeObject = {
  apiVersion: "autoscaling/v2",
  kind: "HorizontalPodAutoscaler",
  metadata: { name: "web", namespace: "default", creationTimestamp: "2026-11-21T11:00:00Z" },
  spec: {
    scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "web" },
    minReplicas: 1,
    maxReplicas: 5,
    metrics: [
      { type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 50 } } },
      { type: "Pods", pods: { metric: { name: "rps" }, target: { type: "AverageValue", averageValue: "10" } } },
    ],
    behavior: { scaleDown: { stabilizationWindowSeconds: 300, selectPolicy: "Max", policies: [{ type: "Percent", value: 100, periodSeconds: 15 }] } },
  },
  status: {
    currentReplicas: 2,
    desiredReplicas: 4,
    currentMetrics: [{ type: "Resource", resource: { name: "cpu", current: { averageUtilization: 90, averageValue: "90m" } } }],
    conditions: [{ type: "AbleToScale", status: "True", reason: "SucceededRescale", message: "the HPA controller was able to update the target scale to 4" }],
  },
};

test("describe hpa prints kubectl's layout: reference, metrics as current / target, bounds, behavior, pods, conditions", (t) => {
  const text = describeObject(hpa, { events: [], related: [], now: Date.parse("2026-11-21T12:00:00Z") });
  t.regex(text, /\nReference: +Deployment\/web\n/);
  t.regex(text, /\nMetrics: +\( current \/ target \)\n {2}resource cpu on pods {2}\(as a percentage of request\): +90% \(90m\) \/ 50%\n {2}"rps" on pods: +<unknown> \/ 10\n/);
  t.regex(text, /\nMin replicas: +1\nMax replicas: +5\n/);
  t.regex(text, /\nBehavior:\n {2}Scale Down:\n {4}Stabilization Window: +300 seconds\n {4}Select Policy: +Max\n {4}Policies:\n {6}- Type: Percent {2}Value: 100 {2}Period: 15 seconds\n/);
  t.regex(text, /\nDeployment pods: +2 current \/ 4 desired\n/);
  t.regex(text, /\n {2}AbleToScale +True +SucceededRescale +the HPA controller was able to update the target scale to 4\n/);
});
