import test from "ava";
import { RESOURCES } from "../../../runtime/codec/resources.ts";
import {
  openApiHash, openApiV2Document, openApiV2DocumentHash, openApiV2DocumentJson, openApiV2DocumentProtobuf,
  openApiV2DocumentProtobufHash, openApiV3Document, openApiV3DocumentHash,
  openApiV3DocumentJson, openApiV3Index,
} from "./mod.ts";
import { PATCH_CONTENT_TYPES } from "./operations.ts";
import { messagesWithRequiredFields, requiredFields } from "./required-fields.ts";
import { messageSchema } from "../../../runtime/codec/schema.ts";
import { schemaName } from "./schema-names.ts";

type Json = Record<string, any>;

const groupVersions = Object.keys(openApiV3Index().paths);
const v3 = (path: string): Json => openApiV3Document(path) as Json;

function refs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => refs(item, out));
  else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (key === "$ref") out.push(item as string);
      else refs(item, out);
    }
  }
  return out;
}

function gvPathOf(apiVersion: string): string {
  return apiVersion.includes("/") ? `apis/${apiVersion}` : `api/${apiVersion}`;
}

function kindSchema(schemas: Json, apiVersion: string, kind: string): Json | undefined {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["", apiVersion];
  return Object.values(schemas).find((schema: Json) =>
    (schema["x-kubernetes-group-version-kind"] ?? []).some((gvk: Json) => gvk.group === group && gvk.version === version && gvk.kind === kind),
  );
}

test("the v3 index lists every served group version with the hash of its document", (t) => {
  t.deepEqual(groupVersions.sort(), ["api/v1", "apis/apps/v1", "apis/autoscaling.k8s.io/v1", "apis/autoscaling/v2", "apis/batch/v1", "apis/coordination.k8s.io/v1", "apis/networking.k8s.io/v1", "apis/policy/v1", "apis/rbac.authorization.k8s.io/v1", "apis/scheduling.k8s.io/v1", "apis/storage.k8s.io/v1"]);
  for (const path of groupVersions) {
    const hash = openApiV3DocumentHash(path)!;
    t.regex(hash, /^[0-9A-F]{128}$/);
    t.is(hash, openApiHash(openApiV3DocumentJson(path)!));
    t.is(openApiV3Index().paths[path]!.serverRelativeURL, `/openapi/v3/${path}?hash=${hash}`);
  }
  t.is(openApiV3Document("apis/flowcontrol.apiserver.k8s.io/v1"), undefined);
  t.is(openApiV2DocumentHash(), openApiHash(openApiV2DocumentJson()));
});

test("every $ref of every document resolves", (t) => {
  for (const path of groupVersions) {
    const doc = v3(path);
    t.is(doc.openapi, "3.0.0");
    for (const ref of refs(doc)) {
      t.true(ref.startsWith("#/components/schemas/"), ref);
      t.truthy(doc.components.schemas[ref.slice("#/components/schemas/".length)], `${path}: ${ref}`);
    }
  }
  const v2 = openApiV2Document() as Json;
  t.is(v2.swagger, "2.0");
  const v2Refs = refs(v2);
  t.true(v2Refs.length > 100);
  for (const ref of v2Refs) {
    t.true(ref.startsWith("#/definitions/"), ref);
    t.truthy(v2.definitions[ref.slice("#/definitions/".length)], ref);
  }
});

test("every kind has a schema with its group, version and kind, in its group version's document and in v2", (t) => {
  const v2 = openApiV2Document() as Json;
  for (const info of RESOURCES) {
    const schema = kindSchema(v3(gvPathOf(info.apiVersion)).components.schemas, info.apiVersion, info.kind);
    t.truthy(schema, `${info.apiVersion} ${info.kind}`);
    t.truthy(schema?.properties?.metadata, info.kind);
    t.truthy(kindSchema(v3(gvPathOf(info.apiVersion)).components.schemas, info.apiVersion, `${info.kind}List`), `${info.kind}List`);
    t.truthy(kindSchema(v2.definitions, info.apiVersion, info.kind), `v2 ${info.kind}`);
  }
});

test("schemas carry Kubernetes names and types", (t) => {
  const apps = v3("apis/apps/v1").components.schemas;
  const core = v3("api/v1").components.schemas;
  t.truthy(apps["io.k8s.api.apps.v1.Deployment"]);
  t.truthy(apps["io.k8s.api.core.v1.PodSpec"]);
  t.deepEqual(apps["io.k8s.api.apps.v1.DeploymentSpec"].properties.replicas, {
    type: "integer", format: "int32", description: "How many pods the Deployment should run. An explicit 0 differs from unset. Defaults to 1.",
  });
  t.like(core["io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"].properties.generation, { type: "integer", format: "int64" });
  t.like(core["io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"].properties.labels, { type: "object", additionalProperties: { type: "string" } });
  t.deepEqual(core["io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"].properties.creationTimestamp, {
    allOf: [{ $ref: "#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.Time" }], default: {}, description: "When the server created the object. Read-only.",
  });
  t.like(core["io.k8s.apimachinery.pkg.apis.meta.v1.Time"], { type: "string", format: "date-time" });
  // v3 gives both the JSON types they take (kubectl then prints their names); v2 types them string.
  t.like(core["io.k8s.apimachinery.pkg.util.intstr.IntOrString"], {
    oneOf: [{ type: "integer" }, { type: "string" }], format: "int-or-string", "x-kubernetes-int-or-string": true,
  });
  t.like(core["io.k8s.apimachinery.pkg.api.resource.Quantity"], { oneOf: [{ type: "string" }, { type: "number" }] });
  t.deepEqual(core["io.k8s.api.core.v1.ResourceRequirements"].properties.limits.additionalProperties, {
    allOf: [{ $ref: "#/components/schemas/io.k8s.apimachinery.pkg.api.resource.Quantity" }], default: {},
  });
  t.deepEqual(core["io.k8s.api.core.v1.Secret"].properties.data.additionalProperties, { type: "string", format: "byte" });
  const v2 = (openApiV2Document() as Json).definitions;
  t.like(v2["io.k8s.apimachinery.pkg.util.intstr.IntOrString"], { type: "string", format: "int-or-string" });
  t.like(v2["io.k8s.apimachinery.pkg.api.resource.Quantity"], { type: "string" });
  t.deepEqual(v2["io.k8s.api.apps.v1.DeploymentStrategy"].properties.rollingUpdate, {
    $ref: "#/definitions/io.k8s.api.apps.v1.RollingUpdateDeployment",
    description: "The bounds of a rolling update. Only set when type is RollingUpdate.",
  });
});

test("descriptions come from the proto comments, one line per paragraph", (t) => {
  const apps = v3("apis/apps/v1").components.schemas;
  t.is(apps["io.k8s.api.apps.v1.DeploymentStrategy"].description, "DeploymentStrategy says how a Deployment replaces its running pods with pods of a new template.");
  const maxSurge = apps["io.k8s.api.apps.v1.RollingUpdateDeployment"].properties.maxSurge.description as string;
  t.true(maxSurge.startsWith("How many pods may exist above the desired number while the update runs"));
  t.false(maxSurge.includes("\n"));
  const type = apps["io.k8s.api.apps.v1.DeploymentStrategy"].properties.type.description as string;
  t.true(type.includes("(the default).\n\nPossible enum values:\n- `\"Recreate\"`"), type);
  t.true(type.endsWith("from the old ReplicaSets to the new one, within the bounds of rollingUpdate."), type);
});

test("containers, ports and env carry their merge keys and list types", (t) => {
  for (const path of ["api/v1", "apis/apps/v1"]) {
    const schemas = v3(path).components.schemas;
    t.like(schemas["io.k8s.api.core.v1.PodSpec"].properties.containers, {
      type: "array",
      "x-kubernetes-list-type": "map",
      "x-kubernetes-list-map-keys": ["name"],
      "x-kubernetes-patch-merge-key": "name",
      "x-kubernetes-patch-strategy": "merge",
    });
    t.like(schemas["io.k8s.api.core.v1.PodSpec"].properties.volumes, { "x-kubernetes-patch-strategy": "merge,retainKeys" });
    t.like(schemas["io.k8s.api.core.v1.Container"].properties.ports, {
      "x-kubernetes-list-map-keys": ["containerPort", "protocol"], "x-kubernetes-patch-merge-key": "containerPort",
    });
    t.like(schemas["io.k8s.api.core.v1.Container"].properties.env, { "x-kubernetes-patch-merge-key": "name" });
  }
  t.like((openApiV2Document() as Json).definitions["io.k8s.api.core.v1.PodSpec"].properties.containers, { "x-kubernetes-patch-merge-key": "name" });
});

test("every PATCH operation declares fieldValidation and takes the four patch content types", (t) => {
  let patches = 0;
  for (const path of groupVersions) {
    for (const [url, item] of Object.entries(v3(path).paths as Json)) {
      if (!item.patch) continue;
      patches += 1;
      const names = item.patch.parameters.filter((p: Json) => p.in === "query").map((p: Json) => p.name);
      for (const name of ["dryRun", "fieldManager", "fieldValidation", "force"]) t.true(names.includes(name), `${url} ${name}`);
      t.deepEqual(Object.keys(item.patch.requestBody.content), [...PATCH_CONTENT_TYPES], url);
      t.is(item.patch["x-kubernetes-action"], "patch");
      t.truthy(item.patch["x-kubernetes-group-version-kind"].kind);
    }
  }
  // object + status per kind with status + scale for the three scalable kinds
  t.is(patches, RESOURCES.length + RESOURCES.filter((info) => info.hasStatus).length + 3);
});

test("each kind has the Kubernetes paths, actions and query parameters", (t) => {
  const paths = v3("apis/apps/v1").paths as Json;
  const collection = paths["/apis/apps/v1/namespaces/{namespace}/deployments"];
  t.is(collection.get["x-kubernetes-action"], "list");
  t.is(collection.get.operationId, "listAppsV1NamespacedDeployment");
  t.deepEqual(collection.get["x-kubernetes-group-version-kind"], { group: "apps", kind: "Deployment", version: "v1" });
  const listParams = collection.get.parameters.map((p: Json) => p.name);
  for (const name of ["labelSelector", "fieldSelector", "limit", "continue", "resourceVersion", "watch"]) t.true(listParams.includes(name), name);
  t.is(collection.post["x-kubernetes-action"], "post");
  t.is(collection.delete["x-kubernetes-action"], "deletecollection");
  t.deepEqual(collection.parameters.map((p: Json) => p.name), ["namespace", "pretty"]);
  const object = paths["/apis/apps/v1/namespaces/{namespace}/deployments/{name}"];
  t.deepEqual(Object.keys(object).sort(), ["delete", "get", "parameters", "patch", "put"]);
  t.is(object.put.operationId, "replaceAppsV1NamespacedDeployment");
  t.truthy(paths["/apis/apps/v1/namespaces/{namespace}/deployments/{name}/status"].patch);
  t.deepEqual(paths["/apis/apps/v1/namespaces/{namespace}/deployments/{name}/scale"].patch["x-kubernetes-group-version-kind"], {
    group: "autoscaling", kind: "Scale", version: "v1",
  });
  t.is(paths["/apis/apps/v1/deployments"].get.operationId, "listAppsV1DeploymentForAllNamespaces");
  t.is(paths["/apis/apps/v1/watch/namespaces/{namespace}/deployments/{name}"].get["x-kubernetes-action"], "watch");
  const core = v3("api/v1").paths as Json;
  t.truthy(core["/api/v1/nodes/{name}/status"]);
  t.falsy(core["/api/v1/namespaces/{namespace}/nodes"]);
  t.falsy(core["/api/v1/namespaces/{namespace}/configmaps/{name}/status"]);
  t.is(core["/api/v1/namespaces/{namespace}/pods"].get.responses["200"].content["application/json"].schema.$ref, "#/components/schemas/io.k8s.api.core.v1.PodList");
  const v2 = (openApiV2Document() as Json).paths["/apis/apps/v1/namespaces/{namespace}/deployments/{name}"];
  t.deepEqual(v2.patch.consumes, [...PATCH_CONTENT_TYPES]);
  t.true(v2.patch.parameters.some((p: Json) => p.name === "fieldValidation" && p.in === "query" && p.type === "string"));
  t.deepEqual(v2.patch.parameters[0], { name: "body", in: "body", required: true, schema: { $ref: "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Patch" } });
});

test("documents are built once and served as the same bytes", (t) => {
  t.is(openApiV3Document("api/v1"), openApiV3Document("api/v1"));
  t.is(openApiV3DocumentJson("api/v1"), JSON.stringify(openApiV3Document("api/v1")));
  t.is(openApiV2DocumentJson(), JSON.stringify(openApiV2Document()));
  t.true(Object.isFrozen(v3("apis/apps/v1").components.schemas["io.k8s.api.apps.v1.Deployment"]));
});

test("the v2 protobuf form is an openapi.v2.Document starting with its swagger version", (t) => {
  const bytes = openApiV2DocumentProtobuf();
  // field 1 (swagger), length-delimited, "2.0"
  t.deepEqual([...bytes.subarray(0, 5)], [0x0a, 3, 0x32, 0x2e, 0x30]);
  const text = Buffer.from(bytes).toString("latin1");
  t.true(text.includes("io.k8s.api.apps.v1.DeploymentStrategy"));
  t.true(text.includes("x-kubernetes-patch-merge-key"));
  t.is(openApiV2DocumentProtobufHash(), openApiHash(bytes));
});

test("required fields name real fields and reach the schemas", (t) => {
  for (const message of messagesWithRequiredFields()) {
    const fields = messageSchema(message).fields;
    for (const field of requiredFields(message)) t.true(fields.has(field), `${message}.${field}`);
  }
  const apps = v3("apis/apps/v1").components.schemas;
  t.deepEqual(apps[schemaName("DeploymentSpec")].required, ["selector", "template"]);
  t.deepEqual(apps[schemaName("Container")].required, ["name"]);
  t.is(apps[schemaName("DeploymentStrategy")].required, undefined);
});
