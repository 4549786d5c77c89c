import test from "ava";
import { applyRecommendation } from "./vpa-admission.ts";

const recommendation = { containerName: "main", target: { cpu: "250m", memory: "262144000" } };

test("RequestsAndLimits: requests become the target and limits keep their ratio to the requests", (t) => {
  const container = { name: "main", resources: { requests: { cpu: "50m" }, limits: { cpu: "200m" } } };
  t.deepEqual(applyRecommendation(container, recommendation, undefined), ["cpu limit", "cpu request", "memory request"]);
  t.deepEqual(container.resources, { requests: { cpu: "250m", memory: "262144000" }, limits: { cpu: "1000m" } });
});

test("a proportional limit is exact where floating point is not: 50m/200m recommended 204m gets an 816m limit", (t) => {
  const container = { name: "main", resources: { requests: { cpu: "50m" }, limits: { cpu: "200m" } } };
  applyRecommendation(container, { containerName: "main", target: { cpu: "204m" } }, undefined);
  t.deepEqual(container.resources.limits, { cpu: "816m" });
});

test("RequestsOnly: limits stay and a request never goes above its limit", (t) => {
  const container = { name: "main", resources: { requests: { cpu: "50m" }, limits: { cpu: "200m" } } };
  applyRecommendation(container, recommendation, { containerName: "*", controlledValues: "RequestsOnly", controlledResources: ["cpu"] });
  t.deepEqual(container.resources, { requests: { cpu: "200m" }, limits: { cpu: "200m" } });
});

test("a container policy in mode Off is left alone", (t) => {
  const container = { name: "main", resources: { requests: { cpu: "50m" } } };
  t.deepEqual(applyRecommendation(container, recommendation, { containerName: "main", mode: "Off" }), []);
  t.deepEqual(container.resources, { requests: { cpu: "50m" } });
});
