// Everything `troupe up` needs to run NATS with authentication and mutual TLS: the authority and
// every role's credentials (cli/cluster/nats-credentials.ts), the server's and every role's
// certificate (cli/cluster/nats-tls.ts), the nats-server configuration lines (operator mode, tls),
// and what each process is told to connect with.
import { keyPair, natsServerAuthConfig } from "../../runtime/auth/nats-authority.ts";
import { natsClientSecurityEnv, type NatsClientSecurity } from "../../runtime/nats-client-security.ts";
import type { PemPair } from "../../runtime/pki/certificates.ts";
import type { TroupeHome } from "./home.ts";
import { authorityFile, clusterRoleCredentials, ensureNatsAuthority, writeRoleCredentials, type RoleCredentials } from "./nats-credentials.ts";
import { ensureNatsCertificates, natsCertificateSpecs, natsClientTls, natsServerTlsConfig, type NatsCertificateSpec } from "./nats-tls.ts";

/** A user JWT travels in the CONNECT line; a kubelet's (its permissions) is past the default 4 KiB. */
const MAX_CONTROL_LINE = 32_768;

export interface ClusterNatsSecurityOptions {
  /** The cluster CA: with it, mutual TLS on every connection. */
  ca?: PemPair;
  /** Lifetime of the NATS certificates issued now. */
  certificateDays?: number;
}

export interface ClusterNatsSecurity {
  /** The nats-server configuration lines (operator mode, tls); read again on every reload. */
  serverConfig(): Promise<string>;
  /** How the role whose credentials are named `name` connects. */
  role(name: string): NatsClientSecurity;
  /** Environment of the service process that connects as `name`. */
  serviceEnv(name: string): Record<string, string>;
  authorityFile: string;
  /** The public nkey of the account signing key: what bearer tokens (ServiceAccount tokens) are signed with. */
  tokenIssuerKey: string;
  roles: RoleCredentials[];
  /** The server's and every role's certificate; empty without TLS. */
  certificates: NatsCertificateSpec[];
}

export async function prepareClusterNatsSecurity(home: TroupeHome, nodes: number, options: ClusterNatsSecurityOptions = {}): Promise<ClusterNatsSecurity> {
  const seeds = await ensureNatsAuthority(home);
  const roles = clusterRoleCredentials(nodes);
  const creds = await writeRoleCredentials(home, seeds, roles);
  const certificates = options.ca ? natsCertificateSpecs(roles) : [];
  if (options.ca) await ensureNatsCertificates(home, options.ca, certificates, new Date(), options.certificateDays);
  const authConfig = `max_control_line: ${MAX_CONTROL_LINE}\n${await natsServerAuthConfig(seeds)}`;
  const tlsConfig = options.ca ? natsServerTlsConfig(home) : "";
  const role = (name: string): NatsClientSecurity => {
    const credsFile = creds[name];
    if (!credsFile) throw new Error(`no NATS credentials named ${name}`);
    return options.ca ? { credsFile, tls: natsClientTls(home, name) } : { credsFile };
  };
  return {
    authorityFile: authorityFile(home),
    tokenIssuerKey: keyPair(seeds.signingKey).getPublicKey(),
    roles,
    certificates,
    serverConfig: async () => `${authConfig}${tlsConfig}`,
    role,
    serviceEnv(name) {
      const env = natsClientSecurityEnv(role(name));
      if (name === "api") {
        // The identity-less subjects are nobody's once NATS authenticates (docs/security.md); the
        // API holds the authority to mint ServiceAccount tokens.
        env.TROUPE_API_IDENTITYLESS_USER = "anonymous";
        env.TROUPE_NATS_AUTHORITY_FILE = authorityFile(home);
      }
      if (name.startsWith("kubelet-")) {
        const workload = role("workload");
        env.TROUPE_POD_NATS_CREDS = workload.credsFile ?? "";
        if (workload.tls?.certFile && workload.tls.keyFile) {
          env.TROUPE_POD_NATS_TLS_CERT = workload.tls.certFile;
          env.TROUPE_POD_NATS_TLS_KEY = workload.tls.keyFile;
        }
      }
      return env;
    },
  };
}
