// The OpenAPI documents of the Kubernetes REST front end (/openapi/v3, /openapi/v2).
export {
  openApiHash,
  openApiV2Document,
  openApiV2DocumentHash,
  openApiV2DocumentJson,
  openApiV2DocumentProtobuf,
  openApiV2DocumentProtobufHash,
  openApiV3Document,
  openApiV3DocumentHash,
  openApiV3DocumentJson,
  openApiV3Index,
} from "./documents.ts";
export { openApiResponse, type OpenApiRequest, type OpenApiResponse } from "./http-response.ts";
export { OPENAPI_V2_PROTOBUF, OPENAPI_V2_PROTOBUF_CONTENT_TYPE } from "./v2-protobuf.ts";
