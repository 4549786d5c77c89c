// troupe port-forward POD LOCAL:REMOTE [LOCAL:REMOTE...]: listens on 127.0.0.1:LOCAL and carries
// every connection to the pod's port REMOTE through the kubelet of its node, until Ctrl-C.
import { createServer, type Server } from "node:net";
import type { AddressInfo } from "node:net";
import { openPortForward } from "../../runtime/kubelet-client/port-forward-client.ts";
import type { Invocation } from "../invocation.ts";
import { UsageError } from "../errors.ts";
import { podName, podNode } from "./pod-node.ts";

export async function run(invocation: Invocation): Promise<number> {
  const { flags, positionals, stdout, stderr } = invocation;
  if (positionals.length < 2) throw new UsageError("port-forward takes a pod and ports: troupe port-forward POD LOCAL:REMOTE");
  const [first, ...specs] = positionals;
  const name = podName(first);
  const mappings = specs.map(parseMapping);
  const namespace = flags.string("namespace") ?? "default";
  const address = flags.string("address") ?? "127.0.0.1";
  const api = await invocation.api();
  const { nodeName } = await podNode(api, namespace, name, "ports");
  const servers: Server[] = [];
  for (const { local, remote } of mappings) {
    const server = createServer({ allowHalfOpen: true }, (socket) => {
      stdout.write(`Handling connection for ${local}\n`);
      openPortForward(api.nc, nodeName, { namespace, pod: name, port: remote }).then((tunnel) => {
        socket.pipe(tunnel).pipe(socket);
        tunnel.on("error", (error) => {
          stderr.write(`error: forwarding ${local} -> ${remote}: ${error.message}\n`);
          socket.destroy();
        });
        socket.on("error", () => tunnel.destroy());
        socket.once("close", () => tunnel.destroy());
      }, (error: unknown) => {
        stderr.write(`error: forwarding ${local} -> ${remote}: ${(error as Error).message}\n`);
        socket.destroy();
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(local, address, () => resolve());
    });
    servers.push(server);
    stdout.write(`Forwarding from ${address}:${(server.address() as AddressInfo).port} -> ${remote}\n`);
  }
  await new Promise<void>((resolve) => process.once("SIGINT", () => resolve()));
  for (const server of servers) server.close();
  return 0;
}

function parseMapping(spec: string): { local: number; remote: number } {
  const [localText, remoteText] = spec.includes(":") ? spec.split(":", 2) : [spec, spec];
  const local = localText === "" ? 0 : Number(localText);
  const remote = Number(remoteText);
  const valid = (port: number, zero: boolean) => Number.isInteger(port) && port <= 65535 && (port >= 1 || (zero && port === 0));
  if (!valid(local, true) || !valid(remote, false)) throw new UsageError(`"${spec}" is not a port mapping: use LOCAL:REMOTE, REMOTE or :REMOTE`);
  return { local, remote };
}
