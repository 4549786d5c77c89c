import test from "ava";
import { defaultDeployment } from "../defaults/workloads.ts";
import { validateDeployment, validateDeploymentUpdate } from "./deployment.ts";

function deployment(spec: Record<string, unknown> = {}): Record<string, any> {
  const value: Record<string, any> = {
    metadata: { name: "web" },
    spec: {
      selector: { matchLabels: { app: "web" } },
      template: { metadata: { labels: { app: "web", tier: "front" } }, spec: { containers: [{ name: "web", image: "web:1" }] } },
      ...spec,
    },
  };
  defaultDeployment(value);
  return value;
}

function problems(value: Record<string, any>): string[] {
  return validateDeployment(value).map((error) => `${error.field} ${error.type}`);
}

test("a defaulted deployment whose selector matches its template is valid", (t) => {
  t.deepEqual(problems(deployment()), []);
  t.deepEqual(problems(deployment({ selector: { matchExpressions: [{ key: "tier", operator: "In", values: ["front"] }] } })), []);
});

test("a deployment needs a non-empty selector", (t) => {
  t.deepEqual(problems(deployment({ selector: undefined })), ["spec.selector FieldValueRequired"]);
  const empty = validateDeployment(deployment({ selector: {} }));
  t.deepEqual(empty.map((error) => error.field), ["spec.selector"]);
  t.true(empty[0].message.endsWith("empty selector is invalid for deployment"));
});

test("a selector matching no template labels is reported once, with the labels", (t) => {
  const errors = validateDeployment(deployment({ selector: { matchExpressions: [{ key: "tier", operator: "NotIn", values: ["front"] }] } }));
  t.deepEqual(errors.map((error) => error.field), ["spec.template.metadata.labels"]);
  t.is(errors[0].message, 'Invalid value: map[string]string{"app":"web", "tier":"front"}: `selector` does not match template `labels`');
});

test("a deployment needs a template whose pods always restart and never expire", (t) => {
  t.deepEqual(problems(deployment({ template: undefined })), ["spec.template FieldValueRequired"]);
  const value = deployment();
  value.spec.template.spec.restartPolicy = "OnFailure";
  value.spec.template.spec.activeDeadlineSeconds = 10;
  t.deepEqual(problems(value), ["spec.template.spec.restartPolicy FieldValueNotSupported", "spec.template.spec.activeDeadlineSeconds FieldValueForbidden"]);
});

test("replicas and history limits may not be negative", (t) => {
  t.deepEqual(problems(deployment({ replicas: -1, revisionHistoryLimit: -2, minReadySeconds: -3 })), [
    "spec.replicas FieldValueInvalid",
    "spec.minReadySeconds FieldValueInvalid",
    "spec.revisionHistoryLimit FieldValueInvalid",
  ]);
});

test("the rollout strategy is Recreate or RollingUpdate", (t) => {
  t.deepEqual(problems(deployment({ strategy: { type: "Recreate" } })), []);
  t.deepEqual(problems(deployment({ strategy: { type: "Recreate", rollingUpdate: { maxSurge: { intVal: 1 } } } })), ["spec.strategy.rollingUpdate FieldValueForbidden"]);
  t.deepEqual(problems(deployment({ strategy: { type: "BlueGreen" } })), ["spec.strategy.type FieldValueNotSupported"]);
});

test("surge and unavailability are non-negative numbers or percentages, not both zero", (t) => {
  const rolling = (maxUnavailable: object, maxSurge: object) => deployment({ strategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable, maxSurge } } });
  t.deepEqual(problems(rolling({ intVal: 0 }, { strVal: "50%" })), []);
  t.deepEqual(problems(rolling({ intVal: -1 }, { strVal: "half" })), [
    "spec.strategy.rollingUpdate.maxUnavailable FieldValueInvalid",
    "spec.strategy.rollingUpdate.maxSurge FieldValueInvalid",
  ]);
  t.deepEqual(problems(rolling({ strVal: "0%" }, { intVal: 0 })), ["spec.strategy.rollingUpdate.maxUnavailable FieldValueInvalid"]);
  t.deepEqual(problems(rolling({ strVal: "150%" }, { strVal: "150%" })), ["spec.strategy.rollingUpdate.maxUnavailable FieldValueInvalid"]);
});

test("the progress deadline must exceed minReadySeconds", (t) => {
  const errors = validateDeployment(deployment({ progressDeadlineSeconds: 10, minReadySeconds: 10 }));
  t.deepEqual(errors.map((error) => error.message), ["Invalid value: 10: must be greater than minReadySeconds"]);
});

test("a deployment's selector is immutable, its replicas are not", (t) => {
  t.deepEqual(validateDeploymentUpdate(deployment({ replicas: 5 }), deployment()), []);
  const errors = validateDeploymentUpdate(deployment({ selector: { matchLabels: { app: "web", tier: "front" } } }), deployment());
  t.deepEqual(errors.map((error) => error.field), ["spec.selector"]);
});
