// The NATS credentials of a local cluster under $TROUPE_HOME/nats (files 0600, folders 0700):
// the authority (operator, account and signing-key seeds: the cluster's root of trust) and one
// .creds file per role, each with that role's least-privilege subject permissions
// (runtime/auth/role-permissions.ts). The authority is made on the first `troupe up` and kept;
// the role credentials are minted again on every start (they do not expire; a new start gives
// every role a fresh nkey).
import { chmod, mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createNatsAuthority, isNatsAuthoritySeeds, type NatsAuthoritySeeds } from "../../runtime/auth/nats-authority.ts";
import { mintUserCredentials } from "../../runtime/auth/nats-user-credentials.ts";
import { rolePermissions, roleUser, type TroupeRole } from "../../runtime/auth/role-permissions.ts";
import type { UserInfo } from "../../runtime/auth/user-info.ts";
import type { TroupeHome } from "./home.ts";

const OWNER_ONLY = 0o600;

export function authorityFile(home: TroupeHome): string {
  return join(home.natsDir, "authority.json");
}

export function credentialsDir(home: TroupeHome): string {
  return join(home.natsDir, "credentials");
}

export function credentialsFile(home: TroupeHome, name: string): string {
  return join(credentialsDir(home), `${name}.creds`);
}

export async function writeSecretFile(path: string, data: string | Uint8Array): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, data, { mode: OWNER_ONLY });
  await chmod(temporary, OWNER_ONLY);
  await rename(temporary, path);
}

/** Reads the authority, or makes it on the first start. A file that is not one is an error, never overwritten. */
export async function ensureNatsAuthority(home: TroupeHome): Promise<NatsAuthoritySeeds> {
  const path = authorityFile(home);
  let text: string | undefined;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  if (text !== undefined) {
    const seeds: unknown = JSON.parse(text);
    if (!isNatsAuthoritySeeds(seeds)) throw new Error(`${path}: not a NATS authority (operator, account, signingKey, systemAccount seeds)`);
    await chmod(path, OWNER_ONLY);
    return seeds;
  }
  await mkdir(home.natsDir, { recursive: true });
  const seeds = createNatsAuthority();
  await writeSecretFile(path, `${JSON.stringify(seeds, null, 2)}\n`);
  return seeds;
}

/** One role's credentials file: its name (the file's) and who it is. */
export interface RoleCredentials {
  name: string;
  role: TroupeRole;
}

/** Every identity `troupe up` runs or hands out, by file name. */
export function clusterRoleCredentials(nodes: number): RoleCredentials[] {
  const roles: RoleCredentials[] = [
    { name: "api", role: { role: "api" } },
    { name: "supervisor", role: { role: "supervisor" } },
    { name: "admin", role: { role: "admin" } },
    { name: "kube-api", role: { role: "kube-api" } },
    { name: "scheduler", role: { role: "scheduler" } },
    { name: "controller-manager", role: { role: "controller-manager" } },
    { name: "workload", role: { role: "workload" } },
    { name: "console", role: { role: "console" } },
    { name: "collector", role: { role: "collector" } },
  ];
  for (let i = 1; i <= nodes; i++) {
    // The kubelet's process runs the node's proxy too (cli/cluster/cluster-services.ts).
    roles.push({ name: `kubelet-node-${i}`, role: { role: "kubelet", node: `node-${i}`, withProxy: true } });
    roles.push({ name: `proxy-node-${i}`, role: { role: "proxy", node: `node-${i}` } });
  }
  return roles;
}

/** Mints `role` as `user` into `path` (0600). */
export async function writeCredentials(seeds: NatsAuthoritySeeds, path: string, role: TroupeRole, user: UserInfo): Promise<void> {
  const minted = await mintUserCredentials(seeds, user, rolePermissions(role, user));
  await writeSecretFile(path, minted.creds);
}

/** Writes every role's .creds file; returns the path of each by name. */
export async function writeRoleCredentials(home: TroupeHome, seeds: NatsAuthoritySeeds, roles: RoleCredentials[]): Promise<Record<string, string>> {
  await mkdir(credentialsDir(home), { recursive: true, mode: 0o700 });
  await chmod(credentialsDir(home), 0o700);
  const files: Record<string, string> = {};
  for (const { name, role } of roles) {
    if (role.role === "user") throw new Error(`role credentials ${name}: a user needs its own name and groups (troupe create user)`);
    files[name] = credentialsFile(home, name);
    await writeCredentials(seeds, files[name], role, roleUser(role));
  }
  return files;
}
