// kubectl's --as/--as-group become Impersonate-User/Impersonate-Group HTTP headers; the front end
// passes them on to the API, which honours them only when RBAC lets the authenticated user
// impersonate (docs/security.md).
import type { IncomingHttpHeaders } from "node:http";
import type { CallerIdentity } from "../../../runtime/api-client/transport.ts";
import { BadRequestError } from "../../../runtime/api-errors.ts";

function values(header: string | string[] | undefined): string[] {
  if (header === undefined) return [];
  return (Array.isArray(header) ? header : header.split(",")).map((value) => value.trim()).filter((value) => value !== "");
}

export function impersonationOf(headers: IncomingHttpHeaders): CallerIdentity["impersonate"] {
  const users = values(headers["impersonate-user"]);
  const groups = values(headers["impersonate-group"]);
  if (users.length === 0) {
    if (groups.length > 0) throw new BadRequestError("requested impersonation of groups without a user (Impersonate-Group needs Impersonate-User)");
    return undefined;
  }
  if (users.length > 1) throw new BadRequestError("only one Impersonate-User header may be given");
  return groups.length > 0 ? { user: users[0], groups } : { user: users[0] };
}
