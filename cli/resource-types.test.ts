import test from "ava";
import type { DiscoveryJson } from "../runtime/api-client.ts";
import { resolveResourceType, resolveResourceTypes, UnknownResourceTypeError } from "./resource-types.ts";

const discovery: DiscoveryJson = {
  serverVersion: "0.1.0",
  resources: [
    { kind: "Pod", apiVersion: "v1", plural: "pods", singular: "pod", shortNames: ["po"], namespaced: true },
    { kind: "Service", apiVersion: "v1", plural: "services", singular: "service", shortNames: ["svc"], namespaced: true },
    { kind: "Deployment", apiVersion: "apps/v1", plural: "deployments", singular: "deployment", shortNames: ["deploy"], namespaced: true },
    { kind: "Node", apiVersion: "v1", plural: "nodes", singular: "node", shortNames: ["no"], namespaced: false },
  ],
};

test("a resource type is found by kind, plural, singular, short name or group-qualified name", (t) => {
  for (const name of ["Deployment", "deployments", "deployment", "deploy", "DEPLOY", "deployments.apps", "deploy.apps"]) {
    t.is(resolveResourceType(discovery, name).kind, "Deployment", name);
  }
});

test("an unknown resource type is an error naming it", (t) => {
  const error = t.throws(() => resolveResourceType(discovery, "widgets"), { instanceOf: UnknownResourceTypeError });
  t.regex(error.message, /doesn't have a resource type "widgets"/);
});

test("comma-separated types and all resolve in order without duplicates", (t) => {
  t.deepEqual(resolveResourceTypes(discovery, "deploy,svc,deployments").map((type) => type.plural), ["deployments", "services"]);
  t.deepEqual(resolveResourceTypes(discovery, "all").map((type) => type.plural), ["pods", "services", "deployments"]);
});
