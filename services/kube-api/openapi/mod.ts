// The OpenAPI documents of the Kubernetes REST front end (/openapi/v3, /openapi/v2).
export {
  openApiHash,
  openApiV2Document,
  openApiV2DocumentHash,
  openApiV2DocumentJson,
  openApiV3Document,
  openApiV3DocumentHash,
  openApiV3DocumentJson,
  openApiV3Index,
} from "./documents.ts";
