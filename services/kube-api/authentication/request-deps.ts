// The dependencies one request is handled with: the API client speaks for its authenticated
// caller, so the API's authorization (RBAC) decides on the HTTP caller, never on the front end.
import type { IncomingHttpHeaders } from "node:http";
import type { TLSSocket } from "node:tls";
import type { FrontEndDeps } from "../handlers/handler-context.ts";
import { authenticateHttp } from "./authenticate.ts";

export function depsForRequest(deps: FrontEndDeps, socket: unknown, headers: IncomingHttpHeaders): FrontEndDeps {
  if (!deps.authentication) return deps;
  const authenticated = authenticateHttp(deps.authentication, socket as TLSSocket | undefined, headers);
  deps.metrics.authentications.inc({ method: authenticated.method });
  return { ...deps, api: deps.apiFor(authenticated.caller) };
}
