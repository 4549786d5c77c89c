// defineService: a mesh service is a name, a version and one handler per method. The
// definition is plain data plus start(); its type gives callers a typed client
// (`mesh.client<typeof orders>("orders")`) without importing the handlers' code.
import type { NatsConnection } from "@nats-io/transport-node";
import { meshEnvironment } from "./env.ts";
import { defaultMesh, Mesh } from "./mesh.ts";
import { checkToken } from "./names.ts";
import type { Handlers } from "./types.ts";
import type { ServedService } from "./served-service.ts";

export interface ServiceSpec<H extends Handlers> {
  /** One subject token: the `<service>` of `troupe.mesh.<ns>.<service>.<method>`. */
  name: string;
  /** Semantic version, shown by $SRV.INFO (default 0.0.0). */
  version?: string;
  description?: string;
  handlers: H;
  /**
   * Only these callers may call the service: ServiceAccount names of the service's namespace
   * ("orders"), or of another ("shop:orders"). A call from anyone else, or naming no caller, is
   * answered FORBIDDEN. Unset: anyone who can publish to the service's subjects (docs/mesh.md).
   */
  allowedCallers?: readonly string[];
}

export interface ServiceDefinition<H extends Handlers> {
  readonly name: string;
  readonly version: string;
  readonly description: string;
  readonly handlers: H;
  readonly allowedCallers: readonly string[] | undefined;
  /**
   * Serves the service on `where`: a Mesh, or a NATS connection (wrapped in a Mesh with the
   * environment's namespace), or by default the process's mesh from the environment.
   */
  start(where?: Mesh | NatsConnection): Promise<ServedService>;
}

const SEMVER = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;

export class InvalidServiceDefinitionError extends Error {
  override name = "InvalidServiceDefinitionError";
  readonly code = "INVALID_SERVICE_DEFINITION";
}

export function defineService<H extends Handlers>(spec: ServiceSpec<H>): ServiceDefinition<H> {
  checkToken("service", spec.name);
  const version = spec.version ?? "0.0.0";
  if (!SEMVER.test(version)) throw new InvalidServiceDefinitionError(`service ${spec.name}: version "${version}" is not semantic (x.y.z)`);
  const methods = Object.keys(spec.handlers);
  if (methods.length === 0) throw new InvalidServiceDefinitionError(`service ${spec.name} defines no handlers`);
  for (const caller of spec.allowedCallers ?? []) {
    if (!/^([a-z0-9]([-a-z0-9]*[a-z0-9])?:)?[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(caller)) {
      throw new InvalidServiceDefinitionError(`service ${spec.name}: allowedCallers entry "${caller}" is not a ServiceAccount name ("name" or "namespace:name")`);
    }
  }
  for (const method of methods) {
    checkToken("method", method);
    if (typeof spec.handlers[method] !== "function") {
      throw new InvalidServiceDefinitionError(`service ${spec.name}: handler ${method} is not a function`);
    }
  }
  const definition: ServiceDefinition<H> = {
    name: spec.name,
    version,
    description: spec.description ?? `Troupe mesh service ${spec.name}`,
    handlers: spec.handlers,
    allowedCallers: spec.allowedCallers,
    async start(where) {
      const mesh = where === undefined ? await defaultMesh() : where instanceof Mesh ? where : await Mesh.connect({ ...meshEnvironment().options, nc: where });
      return mesh.serve(definition);
    },
  };
  return definition;
}
