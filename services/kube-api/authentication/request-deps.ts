// The dependencies one request is handled with: the API client speaks for its authenticated
// caller, so the API's authorization (RBAC) decides on the HTTP caller, never on the front end.
import type { IncomingHttpHeaders } from "node:http";
import type { TLSSocket } from "node:tls";
import type { FrontEndDeps } from "../handlers/handler-context.ts";
import { authenticateHttp } from "./authenticate.ts";
import { impersonationOf } from "./impersonation.ts";

export function depsForRequest(deps: FrontEndDeps, socket: unknown, headers: IncomingHttpHeaders): FrontEndDeps {
  if (!deps.authentication) {
    // Without authentication the front end speaks with its own identity; kubectl's --as still
    // asks the API to impersonate, and RBAC decides.
    const impersonate = impersonationOf(headers);
    return impersonate ? { ...deps, api: deps.api.withCaller({ impersonate }) } : deps;
  }
  const authenticated = authenticateHttp(deps.authentication, socket as TLSSocket | undefined, headers);
  deps.metrics.authentications.inc({ method: authenticated.method });
  return { ...deps, api: deps.apiFor(authenticated.caller) };
}
