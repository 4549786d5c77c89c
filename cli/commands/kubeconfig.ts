// troupe kubeconfig: where the local cluster's kubeconfig is, for KUBECONFIG=$(troupe kubeconfig).
import { access } from "node:fs/promises";
import { troupeHome } from "../cluster/home.ts";
import { kubeconfigPath } from "../cluster/kubeconfig.ts";
import type { Invocation } from "../invocation.ts";

export async function run(invocation: Invocation): Promise<number> {
  const path = kubeconfigPath(troupeHome(invocation.env));
  try {
    await access(path);
  } catch {
    invocation.stderr.write(`error: no kubeconfig at ${path}: start a cluster with \`troupe up\` (it writes one)\n`);
    return 1;
  }
  invocation.stdout.write(`${path}\n`);
  return 0;
}
