// gateway: the shop's HTTP front door (behind the Ingress). It turns HTTP into mesh calls and
// continues the caller's trace, so one trace spans ingress -> gateway -> orders -> inventory.
import { createServer } from "node:http";
import { context, propagation, trace } from "@opentelemetry/api";
import { MeshError, runServices } from "@troupe/sdk";

// PORT is the shop's HTTP; health and metrics go on the port named "health".
const mesh = await runServices([], { healthPort: Number(process.env.PORT_HEALTH ?? 0) });
const tracer = trace.getTracer("shop-gateway");

const STATUS_OF: Record<string, number> = { BAD_REQUEST: 400, REMOTE_ERROR: 409, NO_RESPONDERS: 503, CIRCUIT_OPEN: 503, TIMEOUT: 504 };

async function readJson(request: import("node:http").IncomingMessage): Promise<unknown> {
  let body = "";
  for await (const chunk of request) body += chunk;
  return body ? JSON.parse(body) : {};
}

const server = createServer((request, response) => {
  const parent = propagation.extract(context.active(), request.headers);
  void tracer.startActiveSpan(`${request.method} ${request.url}`, {}, parent, async (span) => {
    let status = 200;
    let reply: unknown;
    try {
      if (request.method === "POST" && request.url === "/orders") reply = await mesh.call("orders.create", await readJson(request), { timeoutMs: 5000 });
      else if (request.method === "GET" && request.url === "/stock") reply = await mesh.call("inventory.levels", {}, { timeoutMs: 2000, idempotent: true });
      else [status, reply] = [404, { error: "try POST /orders {\"item\":\"tea\"} or GET /stock" }];
    } catch (error) {
      const code = error instanceof MeshError ? error.code : "INTERNAL";
      [status, reply] = [STATUS_OF[code] ?? (error instanceof SyntaxError ? 400 : 500), { error: (error as Error).message, code }];
    }
    response.writeHead(status, { "content-type": "application/json" });
    response.end(`${JSON.stringify(reply)}\n`);
    span.setAttribute("http.response.status_code", status);
    span.end();
  });
});
server.listen(Number(process.env.PORT ?? 8080), () => console.log(`gateway listening on :${process.env.PORT}`));
