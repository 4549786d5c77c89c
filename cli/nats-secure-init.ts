// node cli/nats-secure-init.ts DIR [--nodes N] [--store-dir /data] [--server-name troupe-nats] [--no-sync-always]
// Writes the NATS authority, role credentials, certificates and nats-server configuration of a
// secured cluster under DIR (cli/cluster/secure-init.ts): the init step of deploy/compose.secure.yaml.
import { parseArgs } from "node:util";
import { secureInit } from "./cluster/secure-init.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    nodes: { type: "string", default: "3" },
    "store-dir": { type: "string", default: "/data" },
    "server-name": { type: "string", default: "troupe-nats" },
    "no-sync-always": { type: "boolean", default: false },
    "cluster-name": { type: "string", default: "troupe" },
  },
});
const dir = positionals[0];
const nodes = Number(values.nodes);
if (!dir || positionals.length !== 1 || !Number.isInteger(nodes) || nodes < 0) {
  process.stderr.write("usage: node cli/nats-secure-init.ts DIR [--nodes N] [--store-dir DIR] [--server-name NAME] [--no-sync-always]\n");
  process.exit(2);
}
const config = await secureInit({ dir, nodes, storeDir: values["store-dir"], serverName: values["server-name"], syncAlways: !values["no-sync-always"], clusterName: values["cluster-name"] });
process.stdout.write(`wrote ${config} and the credentials and certificates of ${nodes} node(s) under ${dir}\n`);
