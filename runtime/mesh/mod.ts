// The mesh SDK for user services (docs/mesh.md).
export { defineService, InvalidServiceDefinitionError } from "./service-definition.ts";
export type { ServiceDefinition, ServiceSpec } from "./service-definition.ts";
export { defaultMesh, Mesh } from "./mesh.ts";
export type { HealthOptions } from "./mesh.ts";
export { call, emit, on, publishDurable } from "./default-mesh.ts";
export { runServices } from "./run-services.ts";
export { connectAsServiceAccount, ServiceAccountTokenError } from "./service-account.ts";
export type { ServiceAccountConnectOptions } from "./service-account.ts";
export type { RunServicesOptions } from "./run-services.ts";
export { MeshError, MESH_ERROR_CODES } from "./errors.ts";
export type { MeshErrorCode } from "./errors.ts";
export { InvalidMeshNameError } from "./names.ts";
export { DEFAULT_NAMESPACE, resolveMeshOptions } from "./options.ts";
export type { DurableStreamOptions, MeshCallDefaults, MeshOptions, ResolvedMeshOptions } from "./options.ts";
export type { CircuitBreakerOptions, CircuitState } from "./circuit-breaker.ts";
export type { ServedService } from "./served-service.ts";
export type {
  CallOptions,
  EmitOptions,
  EventContext,
  EventHandler,
  Handler,
  HandlerContext,
  MeshCaller,
  Handlers,
  MeshApi,
  ServiceClient,
  SubscribeOptions,
  Subscription,
} from "./types.ts";
