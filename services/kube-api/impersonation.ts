// kubectl's --as / --as-group arrive as Impersonate-User / Impersonate-Group headers (one header
// per group); the front end passes them on as the Troupe impersonation headers, and the API
// decides with RBAC's impersonate verb (services/api/authentication/impersonation.ts).
import type { CallerIdentity } from "../../runtime/api-client/transport.ts";
import type { HttpRequest } from "./http-io.ts";

export function impersonationOfRequest(req: HttpRequest): CallerIdentity["impersonate"] {
  const distinct = (req as { headersDistinct?: Record<string, string[] | undefined> }).headersDistinct;
  const user = distinct?.["impersonate-user"]?.[0] ?? (req.headers["impersonate-user"] as string | undefined);
  const groups = distinct?.["impersonate-group"] ?? [req.headers["impersonate-group"]].flat().filter((group): group is string => typeof group === "string");
  if (!user && groups.length === 0) return undefined;
  // Groups without a user reach the API as such, which refuses them as Kubernetes does.
  return { user: user ?? "", groups };
}
