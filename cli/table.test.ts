import test from "ava";
import { columnWidths, formatRow, formatTable } from "./table.ts";

test("tables pad every column but the last and separate them by three spaces", (t) => {
  const text = formatTable(
    ["NAME", "READY", "AGE"],
    [
      ["web-1", "1/1", "5m"],
      ["a-much-longer-name", "0/1", "10s"],
    ],
  );
  t.is(text, ["NAME                 READY   AGE", "web-1                1/1     5m", "a-much-longer-name   0/1     10s", ""].join("\n"));
});

test("rows added later line up with widths computed earlier", (t) => {
  const widths = columnWidths([["NAME", "STATUS"], ["web", "Running"]]);
  t.deepEqual(widths, [4, 7]);
  t.is(formatRow(["db", "Pending"], widths), "db     Pending");
});
