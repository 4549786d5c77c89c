// Who sent an API request, from the subject it arrived on: the identity token the NATS server's
// permissions bound to the sender (troupe.api.v1.as.<token>.<verb>), or, on the identity-less
// subjects, the user the API is configured to take them as. Never from a header or the payload.
import { UnauthorizedError } from "../../../runtime/api-errors.ts";
import { decodeIdentityToken } from "../../../runtime/auth/identity-token.ts";
import { ANONYMOUS, INSECURE_ADMIN, SYSTEM_AUTHENTICATED, type UserInfo } from "../../../runtime/auth/user-info.ts";
import { identityTokenOfSubject } from "../../../runtime/subjects.ts";

export function authenticateRequest(subject: string, identitylessUser: "admin" | "anonymous"): UserInfo {
  const token = identityTokenOfSubject(subject);
  if (token === undefined) return identitylessUser === "admin" ? INSECURE_ADMIN : ANONYMOUS;
  const user = decodeIdentityToken(token);
  if (!user) throw new UnauthorizedError("Unauthorized: the request subject carries no valid identity token");
  if (!user.groups.includes(SYSTEM_AUTHENTICATED)) user.groups = [...user.groups, SYSTEM_AUTHENTICATED];
  return user;
}
