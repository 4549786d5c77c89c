import test from "ava";
import { ApiError } from "../../../runtime/api-errors.ts";
import { negotiateOutput, NotAcceptableError, parseAccept } from "./mod.ts";

const KUBECTL_GET = "application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json";

test("kubectl get's Accept header asks for a v1 Table with the object's metadata", (t) => {
  t.deepEqual(negotiateOutput(KUBECTL_GET), { mediaType: "application/json", pretty: false, table: { version: "v1", includeObject: "Metadata" } });
});

test("includeObject comes from the query string, as kube-apiserver reads TableOptions", (t) => {
  t.deepEqual(negotiateOutput(KUBECTL_GET, "includeObject=Object&watch=true").table, { version: "v1", includeObject: "Object" });
  t.deepEqual(negotiateOutput(KUBECTL_GET, new URLSearchParams({ includeObject: "None" })).table, { version: "v1", includeObject: "None" });
  // A media type parameter is not a table option: Kubernetes ignores unknown parameters.
  t.deepEqual(negotiateOutput("application/json;as=Table;v=v1;g=meta.k8s.io;includeObject=None").table, { version: "v1", includeObject: "Metadata" });
});

test("an unknown includeObject is a BadRequest naming the supported values", (t) => {
  const error = t.throws(() => negotiateOutput(KUBECTL_GET, "includeObject=Everything"), { instanceOf: ApiError });
  t.is(error?.code, 400);
  t.is(error?.reason, "BadRequest");
  t.is(error?.message, 'Unable to convert to Table as requested: includeObject: Unsupported value: "Everything": supported values: "Metadata", "None", "Object"');
});

test("a v1beta1 Table is served when that is the client's first choice", (t) => {
  t.deepEqual(negotiateOutput("application/json;as=Table;v=v1beta1;g=meta.k8s.io, application/json").table, { version: "v1beta1", includeObject: "Metadata" });
});

test("plain JSON, no header, */* and a yaml request get the object untransformed", (t) => {
  t.deepEqual(negotiateOutput("application/json"), { mediaType: "application/json", pretty: false });
  t.deepEqual(negotiateOutput(undefined), { mediaType: "application/json", pretty: false });
  t.deepEqual(negotiateOutput("*/*"), { mediaType: "application/json", pretty: false });
  t.deepEqual(negotiateOutput("application/yaml"), { mediaType: "application/yaml", pretty: false });
  t.true(negotiateOutput("application/json;pretty=1").pretty);
});

test("a transform Troupe cannot do skips the clause and falls back to the next", (t) => {
  t.deepEqual(negotiateOutput("application/json;as=Table;v=v2;g=meta.k8s.io,application/json"), { mediaType: "application/json", pretty: false });
  t.deepEqual(negotiateOutput("application/json;as=Table;v=v1;g=example.com,application/json"), { mediaType: "application/json", pretty: false });
  t.deepEqual(negotiateOutput("application/json;as=Deployment;v=v1;g=meta.k8s.io,application/json"), { mediaType: "application/json", pretty: false });
});

test("the metadata-only client's PartialObjectMetadataList is recognised", (t) => {
  t.deepEqual(negotiateOutput("application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1,application/json").partialObjectMetadata, { version: "v1", list: true });
});

test("clauses are tried by quality, then by how specific they are", (t) => {
  t.deepEqual(negotiateOutput("application/json;q=0.5,application/json;as=Table;v=v1;g=meta.k8s.io;q=0.9").table?.version, "v1");
  t.deepEqual(parseAccept("*/*, application/*, application/json").map((clause) => `${clause.type}/${clause.subType}`), ["application/json", "application/*", "*/*"]);
});

test("nothing servable is NotAcceptable (406), listing what is", (t) => {
  const error = t.throws(() => negotiateOutput("application/vnd.kubernetes.protobuf;as=Table;v=v1;g=meta.k8s.io,text/html"), { instanceOf: NotAcceptableError });
  t.is(error?.code, 406);
  t.is(error?.status.reason, "NotAcceptable");
  t.is(error?.message, "only the following media types are accepted: application/json, application/yaml");
  // A Table is not served as protobuf even where protobuf is: the clause is skipped, not answered.
  t.throws(() => negotiateOutput("application/vnd.kubernetes.protobuf;as=Table;v=v1;g=meta.k8s.io", "", ["application/json", "application/vnd.kubernetes.protobuf"]), { instanceOf: NotAcceptableError });
});
