import test from "ava";
import type { ServiceMsg } from "@nats-io/services";
import { REPLAY_TTL_MS, ReplayedReplies } from "./replayed-replies.ts";

function fakeMsg(): ServiceMsg & { sent: unknown[][] } {
  const sent: unknown[][] = [];
  return {
    sent,
    respond: (...args: unknown[]) => (sent.push(["respond", ...args]), true),
    respondError: (...args: unknown[]) => (sent.push(["respondError", ...args]), true),
  } as unknown as ServiceMsg & { sent: unknown[][] };
}

test("a copy of a request is answered with the first's reply, once the first has been answered", async (t) => {
  const replies = new ReplayedReplies();
  t.is(replies.seen("k"), undefined);
  const first = fakeMsg();
  replies.record("k", first);
  const waiting = replies.seen("k");
  t.truthy(waiting, "a copy that comes while the first runs waits for it");
  first.respond(new Uint8Array([1]));
  const copy = fakeMsg();
  (await waiting!)(copy);
  t.deepEqual(copy.sent, [["respond", new Uint8Array([1])]]);
  const error = fakeMsg();
  replies.record("e", error);
  error.respondError(409, "Conflict", new Uint8Array([2]));
  const errorCopy = fakeMsg();
  (await replies.seen("e")!)(errorCopy);
  t.deepEqual(errorCopy.sent, [["respondError", 409, "Conflict", new Uint8Array([2])]]);
});

test("replies are kept for a minute", (t) => {
  let now = 0;
  const replies = new ReplayedReplies(() => now);
  replies.record("k", fakeMsg());
  now = REPLAY_TTL_MS + 1;
  t.is(replies.seen("k"), undefined);
  t.is(replies.size, 0);
});
