// Asks the kernel for an unused TCP port. The port is released before returning, so another
// process can still take it: callers that then bind it must retry on "address in use".
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";

export function findFreePort(host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, host, () => {
      const { port } = server.address() as AddressInfo;
      server.close((error) => (error ? reject(error) : resolve(port)));
    });
  });
}
