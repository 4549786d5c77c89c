import test from "ava";
import { isLostAck, readRidingLostAcks, writeRidingLostAcks } from "./lost-ack.ts";

const timeout = () => Object.assign(new Error("timeout"), { name: "TimeoutError" });
const noSleep = async () => {};

test("a write whose ack was lost but which landed is answered with its revision, not written again", async (t) => {
  let writes = 0;
  const revision = await writeRidingLostAcks({ write: async () => (writes++, Promise.reject(timeout())), landed: async () => 7 }, noSleep);
  t.is(revision, 7);
  t.is(writes, 1);
});

test("a write that did not land is written again; one the store cannot show yet is looked at again", async (t) => {
  let writes = 0;
  let reads = 0;
  const revision = await writeRidingLostAcks({
    write: async () => (++writes === 1 ? Promise.reject(timeout()) : 9),
    landed: async () => (++reads < 3 ? Promise.reject(timeout()) : undefined),
  }, noSleep);
  t.is(revision, 9);
  t.is(writes, 2);
  t.is(reads, 3);
});

test("other failures (a conflict) are the caller's, at once", async (t) => {
  let looked = false;
  await t.throwsAsync(writeRidingLostAcks({ write: async () => Promise.reject(new Error("wrong last sequence")), landed: async () => ((looked = true), 1) }, noSleep), { message: "wrong last sequence" });
  t.false(looked);
  t.true(isLostAck(timeout()));
  t.true(isLostAck(new Error("connection closed")));
  t.false(isLostAck(new Error("wrong last sequence: 4")));
});

test("a read lost the same way is asked again", async (t) => {
  let reads = 0;
  t.is(await readRidingLostAcks(async () => (++reads < 3 ? Promise.reject(timeout()) : "value"), noSleep), "value");
  t.is(reads, 3);
  await t.throwsAsync(readRidingLostAcks(async () => Promise.reject(new Error("not found")), noSleep), { message: "not found" });
});
