// Everything `troupe up` needs to run NATS with authentication: the authority and every role's
// credentials (cli/cluster/nats-credentials.ts), the nats-server configuration lines (operator
// mode), and what each process is told to connect with.
import { natsServerAuthConfig } from "../../runtime/auth/nats-authority.ts";
import { natsClientSecurityEnv, type NatsClientSecurity } from "../../runtime/nats-client-security.ts";
import type { TroupeHome } from "./home.ts";
import { authorityFile, clusterRoleCredentials, ensureNatsAuthority, writeRoleCredentials } from "./nats-credentials.ts";

const MAX_CONTROL_LINE = 32_768;

export interface ClusterNatsSecurity {
  /** The nats-server configuration lines (operator mode); read again on every reload. */
  serverConfig(): Promise<string>;
  /** How the role whose credentials are named `name` connects. */
  role(name: string): NatsClientSecurity;
  /** Environment of the service process that connects as `name`. */
  serviceEnv(name: string): Record<string, string>;
  authorityFile: string;
}

export async function prepareClusterNatsSecurity(home: TroupeHome, nodes: number): Promise<ClusterNatsSecurity> {
  const seeds = await ensureNatsAuthority(home);
  const creds = await writeRoleCredentials(home, seeds, clusterRoleCredentials(nodes));
  // A user JWT travels in the CONNECT line; a kubelet's (its permissions) is past the default 4 KiB.
  const authConfig = `max_control_line: ${MAX_CONTROL_LINE}\n${await natsServerAuthConfig(seeds)}`;
  const role = (name: string): NatsClientSecurity => {
    const credsFile = creds[name];
    if (!credsFile) throw new Error(`no NATS credentials named ${name}`);
    return { credsFile };
  };
  return {
    authorityFile: authorityFile(home),
    serverConfig: async () => authConfig,
    role,
    serviceEnv(name) {
      const env = natsClientSecurityEnv(role(name));
      if (name === "api") {
        // The identity-less subjects are nobody's once NATS authenticates (docs/security.md); the
        // API holds the authority to mint ServiceAccount tokens.
        env.TROUPE_API_IDENTITYLESS_USER = "anonymous";
        env.TROUPE_NATS_AUTHORITY_FILE = authorityFile(home);
      }
      if (name.startsWith("kubelet-")) env.TROUPE_POD_NATS_CREDS = role("workload").credsFile ?? "";
      return env;
    },
  };
}
