import test from "ava";
import { parse } from "yaml";
import type { KubeObject } from "../runtime/api-client.ts";
import { formatObject, formatObjects } from "./output.ts";

const deployment: KubeObject = {
  apiVersion: "apps/v1",
  kind: "Deployment",
  metadata: { name: "web", annotations: { note: "yes", mode: "0644", long: "x".repeat(120) } },
  spec: { template: { spec: { containers: [{ name: "web", image: "nginx" }] } } },
};

test("yaml output writes sequences flush with their key and never folds long strings", (t) => {
  const text = formatObject(deployment, "yaml");
  t.regex(text, /\n {6}containers:\n {6}- name: web\n/);
  t.regex(text, new RegExp(`long: x{120}\\n`));
});

test("yaml output quotes strings that YAML 1.1 would read as something else", (t) => {
  const text = formatObject(deployment, "yaml");
  t.regex(text, /note: "yes"/);
  t.regex(text, /mode: "0644"/);
  t.deepEqual(parse(text, { version: "1.1" }), deployment);
});

test("json output is indented by four spaces, as kubectl prints it", (t) => {
  t.true(formatObject(deployment, "json").startsWith('{\n    "apiVersion": "apps/v1",'));
});

test("several objects print as a List; name output is one kind/name per line", (t) => {
  const service: KubeObject = { apiVersion: "v1", kind: "Service", metadata: { name: "web" } };
  const list = JSON.parse(formatObjects([deployment, service], "json", true)) as { kind: string; items: unknown[] };
  t.is(list.kind, "List");
  t.is(list.items.length, 2);
  t.is(formatObjects([deployment, service], "name", true), "deployment.apps/web\nservice/web\n");
  t.is(formatObjects([service], "yaml", false), "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n");
});

test("yaml and json leave managedFields out, as kubectl does", (t) => {
  const managed = { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "m", managedFields: [{ manager: "troupe", operation: "Apply" as const, apiVersion: "v1", fieldsType: "FieldsV1" as const, fieldsV1: {} }] } };
  t.false(formatObject(managed, "yaml").includes("managedFields"));
  t.false(formatObjects([managed, managed], "json", true).includes("managedFields"));
  t.true(formatObject(managed, "yaml").includes("name: m"));
});
