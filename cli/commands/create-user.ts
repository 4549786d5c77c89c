// troupe create user NAME [--group G]... [-o creds|kubeconfig]: a user of the local cluster
// (cli/cluster/cluster-users.ts): NATS credentials, a client certificate from the cluster CA
// (CN = NAME, O = each group) and a kubeconfig, under $TROUPE_HOME/users/NAME/.
import { readFile } from "node:fs/promises";
import { createClusterUser } from "../cluster/cluster-users.ts";
import { clusterUserFiles, natsCaFile } from "../cluster/security-paths.ts";
import { readContext, troupeHome } from "../cluster/home.ts";
import { DEFAULT_KUBE_API_PORT } from "../../services/kube-api/options.ts";
import { UsageError } from "../errors.ts";
import { oneOf } from "../flag-values.ts";
import type { Invocation } from "../invocation.ts";

export const CREATE_USER_USAGE = "       troupe create user NAME [--group=GROUP]... [-o creds|kubeconfig]\n";

export async function runCreateUser(invocation: Invocation, args: string[]): Promise<number> {
  if (args.length !== 1) throw new UsageError("create user takes exactly one NAME", `Usage:\n${CREATE_USER_USAGE}`);
  const name = args[0] as string;
  const output = oneOf("output", invocation.flags.string("output"), ["creds", "kubeconfig"], "text");
  const home = troupeHome(invocation.env);
  const context = await readContext(home);
  const groups = invocation.flags.strings("group");
  const files = await createClusterUser(home, {
    name,
    groups,
    clusterName: invocation.env.TROUPE_CLUSTER_NAME || "troupe",
    kubeApiUrl: context?.kubeApiUrl ?? `https://127.0.0.1:${DEFAULT_KUBE_API_PORT}`,
  });
  if (output === "creds") invocation.stdout.write(await readFile(files.credsFile, "utf8"));
  else if (output === "kubeconfig") invocation.stdout.write(await readFile(files.kubeconfigFile, "utf8"));
  else invocation.stdout.write(howToUse(name, groups, clusterUserFiles(home, name), natsCaFile(home)));
  return 0;
}

function howToUse(name: string, groups: string[], files: ReturnType<typeof clusterUserFiles>, caFile: string): string {
  return [
    `user/${name} created${groups.length > 0 ? ` (groups: ${groups.join(", ")})` : ""}`,
    `  NATS credentials:    ${files.credsFile}`,
    `  client certificate:  ${files.certFile} (key ${files.keyFile}; CN=${name}${groups.map((group) => `, O=${group}`).join("")})`,
    `  kubeconfig:          ${files.kubeconfigFile}`,
    "Use it:",
    `  TROUPE_USER=${name} troupe get pods            # the troupe CLI, as this user`,
    `  KUBECONFIG=${files.kubeconfigFile} kubectl get pods`,
    `  nats --creds ${files.credsFile} --tlscert ${files.certFile} --tlskey ${files.keyFile} --tlsca ${caFile} ...`,
    "What the user may do is up to RBAC: bind a Role or ClusterRole to the user or one of its groups.",
    "",
  ].join("\n");
}
