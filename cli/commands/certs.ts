// troupe certs list | rotate (--all | NAME...): the local cluster's NATS certificates
// (cli/cluster/nats-cert-rotation.ts). A rotated server certificate is loaded by nats-server on
// SIGHUP; clients take their new ones on their next reconnect; no connection is dropped.
import { readClusterCa } from "../cluster/cluster-pki.ts";
import { isProcessAlive, readContext, troupeHome } from "../cluster/home.ts";
import { listNatsCertificates, rotateNatsCertificates } from "../cluster/nats-cert-rotation.ts";
import { renewalTime } from "../cluster/nats-tls.ts";
import { UsageError } from "../errors.ts";
import type { Invocation } from "../invocation.ts";
import { formatTable } from "../table.ts";

const USAGE = "Usage: troupe certs list\n       troupe certs rotate (--all | NAME...)";

export async function run(invocation: Invocation): Promise<number> {
  const [action, ...names] = invocation.positionals;
  const home = troupeHome(invocation.env);
  const ca = await readClusterCa(home);
  if (!ca) throw new UsageError(`no cluster CA under ${home.dir}/pki: start the cluster once with \`troupe up\``);
  if (action === "list") {
    if (names.length > 0) throw new UsageError("certs list takes no arguments", USAGE);
    const rows = (await listNatsCertificates(home, ca)).map((status) => [
      status.name, status.commonName, status.notAfter.toISOString(), renewalTime(status).toISOString(), status.issuedByCa ? "" : "not from the cluster CA",
    ]);
    invocation.stdout.write(formatTable(["NAME", "CN", "NOT-AFTER", "RENEW-AT", "PROBLEM"], rows));
    return 0;
  }
  if (action === "rotate") {
    const all = invocation.flags.boolean("all");
    if (all === (names.length > 0)) throw new UsageError("certs rotate takes --all or the NAMEs of certificates (troupe certs list), not both", USAGE);
    const result = await rotateNatsCertificates(home, ca, all ? "all" : names);
    for (const name of result.rotated) invocation.stdout.write(`certificate ${name} rotated\n`);
    if (result.serverRotated) await reloadNatsServer(invocation, home);
    return 0;
  }
  throw new UsageError(`unknown certs command "${action ?? ""}"`, USAGE);
}

/** SIGHUP to the running cluster's nats-server: it loads its new certificate without dropping a connection. */
async function reloadNatsServer(invocation: Invocation, home: ReturnType<typeof troupeHome>): Promise<void> {
  const context = await readContext(home);
  const pid = context?.services.find((service) => service.name === "nats-server")?.pid;
  if (!context || !pid || !isProcessAlive(context.pid)) {
    invocation.stderr.write("no running cluster: nats-server loads the new certificate when it starts\n");
    return;
  }
  process.kill(pid, "SIGHUP");
  invocation.stdout.write(`nats-server (pid ${pid}) reloading its certificate\n`);
}
