import test from "ava";
import { applyStrategicMergePatch } from "./strategic-merge-patch.ts";
import type { JsonObject } from "./json-value.ts";

const live = (): JsonObject => ({
  apiVersion: "apps/v1", kind: "Deployment",
  metadata: { name: "web", labels: { app: "web", tier: "fe" }, finalizers: ["a", "b"] },
  spec: {
    replicas: 1,
    template: {
      metadata: { labels: { app: "web" } },
      spec: {
        containers: [
          { name: "web", image: "web:1", env: [{ name: "A", value: "1" }, { name: "B", value: "2" }], ports: [{ containerPort: 80 }] },
          { name: "sidecar", image: "side:1" },
        ],
        volumes: [{ name: "data", emptyDir: {} }],
      },
    },
  },
});

type Pick = (out: JsonObject) => unknown;
const spec = (o: JsonObject) => o.spec as JsonObject;
const podSpec = (o: JsonObject) => ((spec(o).template as JsonObject).spec as JsonObject);
const containers = (o: JsonObject) => podSpec(o).containers as JsonObject[];

const cases: { title: string; patch: JsonObject; pick: Pick; expected: unknown }[] = [
  {
    title: "kubectl apply's patch merges containers by name and keeps the others",
    patch: {
      metadata: { annotations: { "kubectl.kubernetes.io/last-applied-configuration": "{}" } },
      spec: { replicas: 3, template: { spec: { "$setElementOrder/containers": [{ name: "web" }, { name: "sidecar" }], containers: [{ image: "web:2", name: "web" }] } } },
    },
    pick: (o) => [spec(o).replicas, containers(o).map((c) => `${c.name}=${c.image}`), (o.metadata as JsonObject).annotations],
    expected: [3, ["web=web:2", "sidecar=side:1"], { "kubectl.kubernetes.io/last-applied-configuration": "{}" }],
  },
  {
    title: "a nested merge list (env) merges by its own key",
    patch: { spec: { template: { spec: { containers: [{ name: "web", env: [{ name: "B", value: "3" }, { name: "C", value: "4" }] }] } } } },
    pick: (o) => containers(o)[0].env,
    expected: [{ name: "A", value: "1" }, { name: "B", value: "3" }, { name: "C", value: "4" }],
  },
  {
    title: "$patch: delete on a list entry removes it",
    patch: { spec: { template: { spec: { containers: [{ name: "sidecar", $patch: "delete" }] } } } },
    pick: (o) => containers(o).map((c) => c.name),
    expected: ["web"],
  },
  {
    title: "$patch: replace in a list replaces the whole list",
    patch: { spec: { template: { spec: { containers: [{ $patch: "replace" }, { name: "only", image: "o:1" }] } } } },
    pick: (o) => containers(o),
    expected: [{ name: "only", image: "o:1" }],
  },
  {
    title: "$patch: replace on a map replaces the map",
    patch: { metadata: { labels: { $patch: "replace", fresh: "yes" } } },
    pick: (o) => (o.metadata as JsonObject).labels,
    expected: { fresh: "yes" },
  },
  {
    title: "$patch: delete on a map empties it",
    patch: { spec: { template: { metadata: { labels: { $patch: "delete" } } } } },
    pick: (o) => (spec(o).template as JsonObject).metadata,
    expected: { labels: {} },
  },
  {
    title: "null deletes a key (kubectl label app-)",
    patch: { metadata: { labels: { tier: null } } },
    pick: (o) => (o.metadata as JsonObject).labels,
    expected: { app: "web" },
  },
  {
    title: "$deleteFromPrimitiveList removes values from a set",
    patch: { metadata: { "$deleteFromPrimitiveList/finalizers": ["a"] } },
    pick: (o) => (o.metadata as JsonObject).finalizers,
    expected: ["b"],
  },
  {
    title: "a merge set (finalizers) takes the union",
    patch: { metadata: { finalizers: ["b", "c"] } },
    pick: (o) => (o.metadata as JsonObject).finalizers,
    expected: ["a", "b", "c"],
  },
  {
    title: "$setElementOrder reorders a list the patch does not otherwise touch",
    patch: { spec: { template: { spec: { "$setElementOrder/containers": [{ name: "sidecar" }, { name: "web" }] } } } },
    pick: (o) => containers(o).map((c) => c.name),
    expected: ["sidecar", "web"],
  },
  {
    title: "$retainKeys drops the keys a volume no longer has (a source switch)",
    patch: { spec: { template: { spec: { volumes: [{ name: "data", $retainKeys: ["name", "hostPath"], hostPath: { path: "/x" } }] } } } },
    pick: (o) => podSpec(o).volumes,
    expected: [{ name: "data", hostPath: { path: "/x" } }],
  },
  {
    title: "an atomic list (args) is replaced as a whole",
    patch: { spec: { template: { spec: { containers: [{ name: "web", args: ["x"] }] } } } },
    pick: (o) => containers(o)[0].args,
    expected: ["x"],
  },
  {
    title: "rollout undo's patch replaces the template with $patch: replace",
    patch: { spec: { template: { $patch: "replace", metadata: { labels: { app: "web" } }, spec: { containers: [{ name: "web", image: "web:0" }] } } } },
    pick: (o) => spec(o).template,
    expected: { metadata: { labels: { app: "web" } }, spec: { containers: [{ name: "web", image: "web:0" }] } },
  },
  {
    title: "a new list entry with directives inside gets them processed",
    patch: { spec: { template: { spec: { containers: [{ name: "new", image: "n:1", env: [{ name: "X", value: "1" }, { name: "Y", $patch: "delete" }] }] } } } },
    pick: (o) => containers(o)[2],
    expected: { name: "new", image: "n:1", env: [{ name: "X", value: "1" }] },
  },
];

for (const { title, patch, pick, expected } of cases) {
  test(`strategic merge patch: ${title}`, (t) => {
    t.deepEqual(pick(applyStrategicMergePatch(live(), patch, "Deployment")), expected);
  });
}

const failures: { title: string; patch: unknown; code: number; message: RegExp }[] = [
  { title: "an unknown $patch value", patch: { metadata: { labels: { $patch: "explode" } } }, code: 400, message: /metadata.labels: unknown patch type "explode"/ },
  { title: "an unknown directive", patch: { spec: { $frob: 1 } }, code: 400, message: /unknown directive "\$frob"/ },
  { title: "a list entry without its merge key", patch: { spec: { template: { spec: { containers: [{ image: "x" }] } } } }, code: 422, message: /containers: a list entry has no merge key "name"/ },
  { title: "a patch that is not an object", patch: [1], code: 400, message: /must be a JSON object/ },
];

for (const { title, patch, code, message } of failures) {
  test(`strategic merge patch refuses ${title}`, (t) => {
    const error = t.throws(() => applyStrategicMergePatch(live(), patch, "Deployment")) as Error & { code: number };
    t.is(error.code, code);
    t.regex(error.message, message);
  });
}
