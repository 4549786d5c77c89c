import test from "ava";
import { Fifo } from "./fifo.ts";

test("fifo returns items in insertion order across compaction", (t) => {
  const fifo = new Fifo<number>();
  const out: number[] = [];
  for (let n = 0; n < 5000; n++) {
    fifo.push(n);
    if (n % 3 === 0) out.push(fifo.shift()!);
  }
  t.is(fifo.length, 5000 - out.length);
  out.push(...fifo.clear());
  t.deepEqual(
    out,
    Array.from({ length: 5000 }, (_, n) => n),
  );
  t.is(fifo.length, 0);
  t.is(fifo.shift(), undefined);
});
