// What the HTTP front end answers on /openapi/v2, /openapi/v3 and /openapi/v3/<group version>:
// content type by Accept, ETag and If-None-Match, and the caching Kubernetes gives the hashed v3
// URLs (immutable when the hash matches, a redirect to the current one when it does not).
import {
  openApiHash, openApiV2DocumentHash, openApiV2DocumentJson, openApiV2DocumentProtobuf, openApiV2DocumentProtobufHash,
  openApiV3DocumentHash, openApiV3DocumentJson, openApiV3Index,
} from "./documents.ts";
import { OPENAPI_V2_PROTOBUF, OPENAPI_V2_PROTOBUF_CONTENT_TYPE } from "./v2-protobuf.ts";

export interface OpenApiRequest {
  /** The URL path, without the query. */
  path: string;
  query: URLSearchParams;
  accept?: string;
  ifNoneMatch?: string;
}

export interface OpenApiResponse {
  status: number;
  headers: Record<string, string>;
  body: string | Uint8Array;
}

const V3_PREFIX = "/openapi/v3/";
const ONE_YEAR_MS = 365 * 24 * 3600 * 1000;

/** True when Accept allows JSON (or says nothing), as a Kubernetes server reads it. */
function acceptsJson(accept: string | undefined): boolean {
  if (!accept) return true;
  return accept.split(",").some((range) => {
    const type = range.split(";")[0]!.trim().toLowerCase();
    return type === "application/json" || type === "application/*" || type === "*/*";
  });
}

function notAcceptable(accept: string | undefined): OpenApiResponse {
  return { status: 406, headers: { "content-type": "text/plain" }, body: `only application/json is served here, not ${accept ?? ""}` };
}

function withEtag(request: OpenApiRequest, hash: string, contentType: string, body: string | Uint8Array, extra: Record<string, string> = {}): OpenApiResponse {
  const etag = `"${hash}"`;
  const headers = { etag, ...extra };
  if (request.ifNoneMatch === etag) return { status: 304, headers, body: "" };
  return { status: 200, headers: { "content-type": contentType, ...headers }, body };
}

/** The response to an OpenAPI request; undefined when the path is not one of the documents (a 404). */
export function openApiResponse(request: OpenApiRequest): OpenApiResponse | undefined {
  if (request.path === "/openapi/v2") {
    if ((request.accept ?? "").includes(OPENAPI_V2_PROTOBUF)) {
      return withEtag(request, openApiV2DocumentProtobufHash(), OPENAPI_V2_PROTOBUF_CONTENT_TYPE, openApiV2DocumentProtobuf());
    }
    if (!acceptsJson(request.accept)) return notAcceptable(request.accept);
    return withEtag(request, openApiV2DocumentHash(), "application/json", openApiV2DocumentJson());
  }
  if (request.path === "/openapi/v3") {
    if (!acceptsJson(request.accept)) return notAcceptable(request.accept);
    const index = JSON.stringify(openApiV3Index());
    return withEtag(request, openApiHash(index), "application/json", index, { "cache-control": "no-cache, private" });
  }
  if (!request.path.startsWith(V3_PREFIX)) return undefined;
  const groupVersion = request.path.slice(V3_PREFIX.length);
  const json = openApiV3DocumentJson(groupVersion);
  const hash = openApiV3DocumentHash(groupVersion);
  if (json === undefined || hash === undefined) return undefined;
  const asked = request.query.get("hash");
  if (asked !== null && asked !== hash) {
    // A client holding an old index follows this to the current document, as from Kubernetes.
    return { status: 301, headers: { location: `${V3_PREFIX}${groupVersion}?hash=${hash}`, "cache-control": "no-cache, private" }, body: "" };
  }
  if (!acceptsJson(request.accept)) return notAcceptable(request.accept);
  const caching: Record<string, string> = asked === null
    ? { "cache-control": "no-cache, private" }
    : { "cache-control": "public, immutable", expires: new Date(Date.now() + ONE_YEAR_MS).toUTCString() };
  return withEtag(request, hash, "application/json", json, caching);
}
