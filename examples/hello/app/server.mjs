// A plain-text HTTP server in the shape of nginxdemos/hello:plain-text: it says which pod
// answered, so a load-balanced Service shows its replicas taking turns.
import { createServer } from "node:http";
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";

const port = Number(process.env.PORT ?? 80);
const serverName = process.env.POD_NAME ?? hostname();

// nginx's $time_local: 21/Nov/2026:20:25:13 +0000
function nginxDate(date) {
  const [, day, month, year, time] = date.toUTCString().split(" ");
  return `${day}/${month}/${year}:${time} +0000`;
}

const server = createServer((request, response) => {
  const address = request.socket.localAddress?.replace(/^::ffff:/, "") ?? "";
  const body = [
    `Server address: ${address}:${request.socket.localPort}`,
    `Server name: ${serverName}`,
    `Date: ${nginxDate(new Date())}`,
    `URI: ${request.url}`,
    `Request ID: ${randomBytes(16).toString("hex")}`,
    "",
  ].join("\n");
  response.writeHead(200, { "Content-Type": "text/plain", "Cache-Control": "no-cache", Server: "troupe-hello" });
  response.end(body);
});

server.listen(port, () => console.log(`hello: ${serverName} listening on :${port}`));

// Finish in-flight requests, then exit, when the kubelet asks the container to stop.
process.on("SIGTERM", () => {
  console.log("hello: SIGTERM received, closing");
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 5000).unref();
});
