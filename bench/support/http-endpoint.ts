// A minimal HTTP endpoint for network benchmarks, run as its own process so it does not share the
// benchmark client's event loop: `node bench/support/http-endpoint.ts <ip>` answers every request
// with a short body and prints {"port": N} on stdout once it listens.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

const ip = process.argv[2] ?? "127.0.0.1";
const body = Buffer.from("endpoint\n");
const server = createServer((_req, res) => {
  res.writeHead(200, { "content-type": "text/plain", "content-length": body.length });
  res.end(body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, ip, () => {
  process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port })}\n`);
});
process.on("SIGTERM", () => {
  server.close();
  server.closeAllConnections();
});
