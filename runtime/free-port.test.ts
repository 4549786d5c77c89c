import { createServer } from "node:net";
import test from "ava";
import { findFreePort } from "./free-port.ts";

test("free port can be bound right after it is found", async (t) => {
  const port = await findFreePort();
  t.true(port > 1024 && port < 65536);
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  t.teardown(() => new Promise<void>((resolve) => server.close(() => resolve())));
});

test("free port differs from a port that is in use", async (t) => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  t.teardown(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const taken = (server.address() as { port: number }).port;
  const found = await Promise.all(Array.from({ length: 5 }, () => findFreePort()));
  t.false(found.includes(taken));
});
