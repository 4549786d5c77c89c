import test from "ava";
import { headers } from "@nats-io/transport-node";
import { errorFromReply, MeshError, toWireError, wireErrorHeaders } from "./errors.ts";

const subject = "troupe.mesh.default.orders.create";

test("a handler error with its own code comes back as REMOTE_ERROR carrying that code and message", (t) => {
  const wire = toWireError(Object.assign(new Error("socks are\nout of stock"), { code: "OUT_OF_STOCK" }));
  t.deepEqual(wire, { status: 500, code: "OUT_OF_STOCK", message: "socks are\nout of stock" });
  const error = errorFromReply(wireErrorHeaders(wire), subject, "orders.create@default");
  t.is(error?.code, "REMOTE_ERROR");
  t.is(error?.remoteCode, "OUT_OF_STOCK");
  t.is(error?.message, "orders.create@default failed: socks are out of stock (OUT_OF_STOCK)");
});

test("the SDK's own codes travel as themselves with an HTTP-like micro status", (t) => {
  const wire = toWireError(new MeshError("BAD_REQUEST", "qty must be positive"));
  t.is(wire.status, 400);
  const reply = wireErrorHeaders(wire);
  t.is(reply.get("Nats-Service-Error-Code"), "400");
  const error = errorFromReply(reply, subject, "orders.create@default");
  t.is(error?.code, "BAD_REQUEST");
  t.is(error?.subject, subject);
});

test("an error from a plain NATS micro service (standard headers only) is a REMOTE_ERROR with its status", (t) => {
  const reply = headers();
  reply.set("Nats-Service-Error", "boom");
  reply.set("Nats-Service-Error-Code", "503");
  t.like(errorFromReply(reply, subject, "x.y@default"), { code: "REMOTE_ERROR", remoteCode: "503" });
});

test("a reply without error headers is a success", (t) => {
  t.is(errorFromReply(undefined, subject, "x.y@default"), undefined);
  t.is(errorFromReply(headers(), subject, "x.y@default"), undefined);
});
