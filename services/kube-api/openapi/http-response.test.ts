import test from "ava";
import { openApiResponse, openApiV3DocumentHash, openApiV3DocumentJson, openApiV3Index, OPENAPI_V2_PROTOBUF, openApiV2DocumentProtobuf } from "./mod.ts";

const get = (url: string, headers: { accept?: string; ifNoneMatch?: string } = {}) => {
  const parsed = new URL(url, "http://localhost");
  return openApiResponse({ path: parsed.pathname, query: parsed.searchParams, ...headers });
};

test("the v3 index is JSON and never cached without revalidation", (t) => {
  const response = get("/openapi/v3")!;
  t.is(response.status, 200);
  t.is(response.headers["content-type"], "application/json");
  t.is(response.headers["cache-control"], "no-cache, private");
  t.deepEqual(JSON.parse(response.body as string), openApiV3Index());
});

test("a group version document at its current hash is immutable, with the hash as ETag", (t) => {
  const hash = openApiV3DocumentHash("apis/apps/v1")!;
  const response = get(`/openapi/v3/apis/apps/v1?hash=${hash}`, { accept: "application/json" })!;
  t.is(response.status, 200);
  t.is(response.body, openApiV3DocumentJson("apis/apps/v1")!);
  t.is(response.headers.etag, `"${hash}"`);
  t.is(response.headers["cache-control"], "public, immutable");
  t.truthy(response.headers.expires);
  t.is(get("/openapi/v3/apis/apps/v1", { ifNoneMatch: `"${hash}"` })!.status, 304);
});

test("a stale hash redirects to the current document", (t) => {
  const response = get("/openapi/v3/api/v1?hash=0BAD")!;
  t.is(response.status, 301);
  t.is(response.headers.location, `/openapi/v3/api/v1?hash=${openApiV3DocumentHash("api/v1")}`);
});

test("unknown group versions and other paths are not answered here", (t) => {
  t.is(get("/openapi/v3/apis/flowcontrol.apiserver.k8s.io/v1"), undefined);
  t.is(get("/api/v1"), undefined);
});

test("v2 comes as protobuf when asked for, else JSON, and only JSON-less Accepts are refused", (t) => {
  const protobuf = get("/openapi/v2", { accept: `${OPENAPI_V2_PROTOBUF}, */*` })!;
  t.is(protobuf.headers["content-type"], "application/com.github.proto-openapi.spec.v2.v1.0+protobuf");
  t.deepEqual(protobuf.body, openApiV2DocumentProtobuf());
  const json = get("/openapi/v2", { accept: "application/json" })!;
  t.is(JSON.parse(json.body as string).swagger, "2.0");
  t.is(get("/openapi/v2", { accept: "application/yaml" })!.status, 406);
  t.is(get("/openapi/v3/api/v1", { accept: "application/com.github.proto-openapi.spec.v3@v1.0+protobuf" })!.status, 406);
});
