// Which cluster a command talks to: --server, else $TROUPE_NATS_URL, else the context file
// `troupe up` wrote in $TROUPE_HOME; and as whom: $TROUPE_NATS_CREDS / $TROUPE_NATS_TLS_*, else
// $TROUPE_USER's files, else the context's (the admin's).
import { NoClusterError } from "./errors.ts";
import { natsClientSecurityFromEnv, type NatsClientSecurity } from "../runtime/nats-client-security.ts";
import { isProcessAlive, readContext, troupeHome } from "./cluster/home.ts";
import { clusterUserSecurity } from "./cluster/security-paths.ts";

export interface ServerTarget {
  url: string;
  /** Where the URL came from, for error messages. */
  source: string;
  /** Credentials and TLS files; $TROUPE_NATS_CREDS and $TROUPE_NATS_TLS_* win over the context's. */
  security: NatsClientSecurity;
}

export async function resolveServerTarget(
  serverFlag: string | undefined,
  env: Record<string, string | undefined>,
): Promise<ServerTarget> {
  const home = troupeHome(env);
  // $TROUPE_USER picks a user `troupe create user` made, as a kubeconfig context names its user.
  const user = env.TROUPE_USER ? clusterUserSecurity(home, env.TROUPE_USER) : undefined;
  const fromEnv = { ...user, ...natsClientSecurityFromEnv(env) };
  if (serverFlag) return { url: serverFlag, source: "--server", security: fromEnv };
  if (env.TROUPE_NATS_URL) return { url: env.TROUPE_NATS_URL, source: "$TROUPE_NATS_URL", security: fromEnv };
  const context = await readContext(home);
  if (!context) throw new NoClusterError(`${home.contextFile} does not exist`);
  if (!isProcessAlive(context.pid)) {
    throw new NoClusterError(`the cluster recorded in ${home.contextFile} is not running any more`);
  }
  return { url: context.natsUrl, source: home.contextFile, security: { ...context.natsSecurity, ...fromEnv } };
}
