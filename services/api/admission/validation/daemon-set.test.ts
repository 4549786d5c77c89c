import test from "ava";
import { defaultDaemonSet } from "../defaults/workloads.ts";
import { validateDaemonSet, validateDaemonSetUpdate } from "./daemon-set.ts";

function daemonSet(spec: Record<string, unknown> = {}): Record<string, any> {
  const value: Record<string, any> = {
    metadata: { name: "agent" },
    spec: {
      selector: { matchLabels: { app: "agent" } },
      template: { metadata: { labels: { app: "agent" } }, spec: { containers: [{ name: "agent", image: "agent:1" }] } },
      ...spec,
    },
  };
  defaultDaemonSet(value);
  return value;
}

const messages = (value: Record<string, any>) => validateDaemonSet(value).map((error) => `${error.field}: ${error.message}`);

test("a daemonset is defaulted to RollingUpdate maxUnavailable 1 maxSurge 0 and history 10", (t) => {
  const value = daemonSet();
  t.deepEqual(value.spec.updateStrategy, { type: "RollingUpdate", rollingUpdate: { maxUnavailable: { intVal: 1 }, maxSurge: { intVal: 0 } } });
  t.is(value.spec.revisionHistoryLimit, 10);
  t.is(value.spec.template.spec.restartPolicy, "Always");
  t.deepEqual(messages(value), []);
  t.deepEqual(messages(daemonSet({ updateStrategy: { type: "OnDelete" } })), []);
  t.deepEqual(messages(daemonSet({ updateStrategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: { intVal: 0 }, maxSurge: { strVal: "25%" } } } })), []);
});

test("a daemonset's selector must match its template labels", (t) => {
  const errors = messages(daemonSet({ selector: { matchLabels: { app: "other" } } }));
  t.is(errors.length, 1);
  t.true(errors[0]?.startsWith("spec.template.metadata.labels: Invalid value"));
  t.true(errors[0]?.endsWith("`selector` does not match template `labels`"));
  t.deepEqual(validateDaemonSet(daemonSet({ selector: undefined })).map((error) => error.field), ["spec.selector"]);
});

test("a daemonset refuses maxUnavailable and maxSurge both zero, bad percents and unknown strategies", (t) => {
  t.deepEqual(messages(daemonSet({ updateStrategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: { intVal: 0 }, maxSurge: { strVal: "0%" } } } })),
    ["spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0"]);
  t.deepEqual(messages(daemonSet({ updateStrategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: { strVal: "150%" } } } })),
    ['spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value: "150%": must not be greater than 100%']);
  t.deepEqual(validateDaemonSet(daemonSet({ updateStrategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: { strVal: "x" } } } })).map((error) => error.field),
    ["spec.updateStrategy.rollingUpdate.maxSurge"]);
  t.deepEqual(messages(daemonSet({ updateStrategy: { type: "Recreate" } })),
    ['spec.updateStrategy.type: Unsupported value: "Recreate": supported values: "OnDelete", "RollingUpdate"']);
});

test("a daemonset's pods must restart Always and its selector is immutable", (t) => {
  const never = daemonSet();
  never.spec.template.spec.restartPolicy = "Never";
  t.deepEqual(validateDaemonSet(never).map((error) => error.field), ["spec.template.spec.restartPolicy"]);
  const changed = daemonSet({ selector: { matchLabels: { app: "agent", v: "2" } } });
  t.deepEqual(validateDaemonSetUpdate(changed, daemonSet()).map((error) => error.field), ["spec.selector"]);
});
