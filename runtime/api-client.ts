// The NATS API client: import from here.
export { JsonApiClient, type ApiClientOptions } from "./api-client/json-api-client.ts";
export { TypedApiClient, type TypedList, type TypedObject } from "./api-client/typed-api-client.ts";
export type {
  ApiResourceJson, ApiWatch, ApplyOutcome, DeleteOptions, DiscoveryJson, KubeObject, ListOptions, ObjectListJson,
  ManagedFieldsEntryJson, ObjectMetaJson, PatchOptions, PatchType, StatusJson, TokenRequestJson, WatchEventJson, WatchEventType, WatchOptions, WriteRequestOptions,
} from "./api-client/types.ts";
export { ApiError } from "./api-errors.ts";
