// The admin's console login: a bearer token of the cluster's admin (troupe-admin, system:masters)
// signed by the account signing key, minted on every `troupe up` into $TROUPE_HOME/console-token
// (0600), good for CONSOLE_TOKEN_DAYS. The console accepts it as it would any token the cluster
// issued, and asks the API whether its user may read (services/console/login.ts).
import { join } from "node:path";
import { mintUserCredentials } from "../../runtime/auth/nats-user-credentials.ts";
import { rolePermissions, roleUser } from "../../runtime/auth/role-permissions.ts";
import type { TroupeHome } from "./home.ts";
import { ensureNatsAuthority, writeSecretFile } from "./nats-credentials.ts";

export const CONSOLE_TOKEN_DAYS = 7;

export function consoleTokenFile(home: TroupeHome): string {
  return join(home.dir, "console-token");
}

export async function writeConsoleToken(home: TroupeHome, now = new Date()): Promise<string> {
  const seeds = await ensureNatsAuthority(home);
  const admin = roleUser({ role: "admin" });
  // As a NATS user the token may only reach its own inbox and API subjects: it is a login, not a connection.
  const minted = await mintUserCredentials(seeds, admin, rolePermissions({ role: "user" }, admin), { bearer: true, expiresAt: new Date(now.getTime() + CONSOLE_TOKEN_DAYS * 86_400_000), notBefore: new Date(now.getTime() - 60_000) });
  const path = consoleTokenFile(home);
  await writeSecretFile(path, `${minted.jwt}\n`);
  return path;
}
