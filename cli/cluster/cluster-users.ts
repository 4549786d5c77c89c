// Users of a local cluster (`troupe create user`): under $TROUPE_HOME/users/<name>/ (0700, files
// 0600) a NATS .creds file minted by the cluster's authority with a user's permissions (the API
// under its own identity token, its own inbox), a client certificate from the cluster CA
// (CN = name, O = groups) for the Kubernetes front end and NATS mutual TLS, and a kubeconfig.
// The CLI picks a user with TROUPE_USER=<name> (cli/server-target.ts), as a kubeconfig context names one.
import { chmod, mkdir, readFile } from "node:fs/promises";
import { isNatsAuthoritySeeds } from "../../runtime/auth/nats-authority.ts";
import { authenticatedUser } from "../../runtime/auth/user-info.ts";
import { issueCertificate } from "../../runtime/pki/certificates.ts";
import { readClusterCa } from "./cluster-pki.ts";
import type { TroupeHome } from "./home.ts";
import { kubeconfigYaml } from "./kubeconfig.ts";
import { authorityFile, writeCredentials, writeSecretFile } from "./nats-credentials.ts";
import { clusterUserFiles, type ClusterUserFiles } from "./security-paths.ts";

/** A user name becomes a folder and file names: Kubernetes allows more, a path does not. */
const USER_NAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,252}$/;

export class UserNameError extends Error {
  override readonly name = "UserNameError";
}

export class NoClusterAuthorityError extends Error {
  override readonly name = "NoClusterAuthorityError";
}

export function checkUserName(name: string): void {
  if (!USER_NAME.test(name) || name.includes("..")) {
    throw new UserNameError(`user name "${name}": must start with a letter or digit and hold only letters, digits, ".", "_", "@" and "-"`);
  }
}

export interface CreateClusterUserOptions {
  name: string;
  groups: string[];
  clusterName: string;
  /** The Kubernetes front end's URL for the kubeconfig. */
  kubeApiUrl: string;
  days?: number;
}

export async function createClusterUser(home: TroupeHome, options: CreateClusterUserOptions): Promise<ClusterUserFiles> {
  checkUserName(options.name);
  for (const group of options.groups) if (!group || /[\s,]/.test(group)) throw new UserNameError(`--group "${group}": must be non-empty, without spaces or commas`);
  let seeds: unknown;
  try {
    seeds = JSON.parse(await readFile(authorityFile(home), "utf8"));
  } catch (error) {
    throw new NoClusterAuthorityError(`no NATS authority at ${authorityFile(home)}: start the cluster once with \`troupe up\` (it makes one)`, { cause: error });
  }
  if (!isNatsAuthoritySeeds(seeds)) throw new NoClusterAuthorityError(`${authorityFile(home)}: not a NATS authority`);
  const ca = await readClusterCa(home);
  if (!ca) throw new NoClusterAuthorityError(`no cluster CA under ${home.dir}/pki: start the cluster once with \`troupe up\``);
  const files = clusterUserFiles(home, options.name);
  await mkdir(files.dir, { recursive: true, mode: 0o700 });
  await chmod(files.dir, 0o700);
  const user = authenticatedUser(options.name, options.groups);
  await writeCredentials(seeds, files.credsFile, { role: "user" }, user);
  const pair = await issueCertificate(ca, { commonName: options.name, organizations: options.groups, usage: "client", days: options.days ?? 365 });
  await writeSecretFile(files.certFile, pair.certPem);
  await writeSecretFile(files.keyFile, pair.keyPem);
  await writeSecretFile(files.kubeconfigFile, kubeconfigYaml(options.clusterName, options.kubeApiUrl, ca, pair, options.name));
  return files;
}
