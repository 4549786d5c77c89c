import test from "ava";
import { canonicalTemplate, podTemplateHash, safeEncodeString } from "./pod-template-hash.ts";
import type { PodTemplateSpec } from "./types.ts";

const template: PodTemplateSpec = {
  metadata: { labels: { app: "web", tier: "front" } },
  spec: { containers: [{ name: "web", image: "web:1", ports: [{ containerPort: 8080 }] }] },
};

test("safeEncodeString maps digits into Kubernetes' vowel-free alphabet", (t) => {
  t.is(safeEncodeString("0123456789"), "456789bcdf");
});

test("the hash of an empty template matches FNV-1a over its canonical JSON, with and without a collision count", (t) => {
  // Expected values computed independently (Python) from the bytes "{}" and 8 little-endian bytes of 2.
  t.is(canonicalTemplate({}), "{}");
  t.is(podTemplateHash({}), "5859f96865");
  t.is(podTemplateHash({}, 2), "68976dd899");
});

test("the pod-template-hash is stable and ignores field order, label order and empty fields", (t) => {
  const reordered: PodTemplateSpec = {
    spec: { containers: [{ ports: [{ containerPort: 8080 }], image: "web:1", name: "web" }], volumes: [] },
    metadata: { labels: { tier: "front", app: "web" }, annotations: {} },
  };
  t.is(podTemplateHash(template), podTemplateHash(structuredClone(template)));
  t.is(podTemplateHash(reordered), podTemplateHash(template));
  t.regex(podTemplateHash(template), /^[bcdfghjklmnpqrstvwxz2456789]+$/);
});

test("the pod-template-hash changes with the image, a label, a port or the collision count", (t) => {
  const base = podTemplateHash(template);
  const changed = (edit: (copy: PodTemplateSpec) => void) => {
    const copy = structuredClone(template);
    edit(copy);
    return podTemplateHash(copy);
  };
  t.not(changed((copy) => (copy.spec!.containers![0].image = "web:2")), base);
  t.not(changed((copy) => (copy.metadata!.labels!.tier = "back")), base);
  t.not(changed((copy) => (copy.spec!.containers![0].ports![0].containerPort = 8081)), base);
  t.not(podTemplateHash(template, 0), base);
  t.not(podTemplateHash(template, 1), podTemplateHash(template, 0));
});
