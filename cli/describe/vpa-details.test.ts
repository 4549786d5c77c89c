import test from "ava";
import type { KubeObject } from "../../runtime/api-client.ts";
import { describeObject } from "./describe-object.ts";

const vpa: KubeObject = {
  apiVersion: "autoscaling.k8s.io/v1",
  kind: "VerticalPodAutoscaler",
  metadata: { name: "web", namespace: "default", creationTimestamp: "2026-11-21T11:00:00Z" },
  spec: {
    targetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "web" },
    updatePolicy: { updateMode: "Initial" },
    resourcePolicy: { containerPolicies: [{ containerName: "*", minAllowed: { cpu: "50m" }, maxAllowed: { cpu: "2", memory: "2Gi" }, controlledValues: "RequestsOnly" }] },
  },
  status: {
    recommendation: {
      containerRecommendations: [
        { containerName: "main", lowerBound: { cpu: "25m", memory: "250Mi" }, target: { cpu: "249m", memory: "250Mi" }, uncappedTarget: { cpu: "249m", memory: "250Mi" }, upperBound: { cpu: "2", memory: "2Gi" } },
      ],
    },
    conditions: [
      { type: "RecommendationProvided", status: "True", reason: "", message: "" },
      { type: "LowConfidence", status: "True", reason: "ShortHistory", message: "history is shorter than a day" },
    ],
  },
};

const event: KubeObject = {
  apiVersion: "v1", kind: "Event", metadata: { name: "e1", namespace: "default" },
  type: "Normal", reason: "EvictedByVPA", message: "Pod was evicted by VPA Updater", count: 1,
  lastTimestamp: "2026-11-21T11:59:00Z", source: { component: "vpa-updater" },
} as KubeObject;

test("describe vpa prints the reference, the update and resource policies, each container's recommendation per resource, conditions and events", (t) => {
  const text = describeObject(vpa, { events: [event], related: [], now: Date.parse("2026-11-21T12:00:00Z") });
  t.regex(text, /\nReference: +Deployment\/web\n/);
  t.regex(text, /\nUpdate Policy:\n {2}Update Mode: +Initial\n {2}Min Replicas: +2\n/);
  t.regex(text, /\nResource Policy:\n {2}Container Policies:\n {4}Container Name: +\*\n {4}Mode: +Auto\n {4}Min Allowed: +cpu: 50m\n {4}Max Allowed: +cpu: 2, memory: 2Gi\n {4}Controlled Resources: +cpu, memory\n {4}Controlled Values: +RequestsOnly\n/);
  t.regex(text, /\nRecommendation:\n {2}Container +Resource +Lower Bound +Target +Uncapped Target +Upper Bound\n {2}-+ +-+ +-+ +-+ +-+ +-+\n {2}main +cpu +25m +249m +249m +2\n {2}main +memory +250Mi +250Mi +250Mi +2Gi\n/);
  t.regex(text, /\n {2}LowConfidence +True +ShortHistory +history is shorter than a day\n/);
  t.regex(text, /\nEvents:\n {2}Type +Reason +Age +From +Message\n[^\n]*\n {2}Normal +EvictedByVPA +60s +vpa-updater +Pod was evicted by VPA Updater\n/);
});

test("describe vpa says <none> before a recommendation and without a resource policy, and shows the Auto default", (t) => {
  const bare: KubeObject = { ...vpa, spec: { targetRef: { kind: "StatefulSet", name: "db" } }, status: {} };
  const text = describeObject(bare, { events: [], related: [], now: Date.parse("2026-11-21T12:00:00Z") });
  t.regex(text, /\nReference: +StatefulSet\/db\nUpdate Policy:\n {2}Update Mode: +Auto\n/);
  t.regex(text, /\nResource Policy: +<none>\nRecommendation: +<none>\n/);
  t.notRegex(text, /Conditions:/);
  t.regex(text, /\nEvents: +<none>\n/);
});
