import test from "ava";
import { InvalidCidrError } from "./ipv4.ts";
import { serviceIpRange } from "./service-ip-range.ts";

function allAddresses(cidr: string): string[] {
  const range = serviceIpRange(cidr);
  return Array.from({ length: range.size }, (_, index) => range.addressAt(index));
}

test("the default range hands out every address but network, broadcast and the DNS address", (t) => {
  const range = serviceIpRange("127.77.0.0/16");
  t.is(range.size, 65536 - 3);
  t.is(range.addressAt(0), "127.77.0.1");
  t.is(range.addressAt(8), "127.77.0.9");
  t.is(range.addressAt(9), "127.77.0.11");
  t.is(range.addressAt(range.size - 1), "127.77.255.254");
});

test("a small range without a 10th address keeps all its host addresses", (t) => {
  t.deepEqual(allAddresses("127.78.0.0/29"), ["127.78.0.1", "127.78.0.2", "127.78.0.3", "127.78.0.4", "127.78.0.5", "127.78.0.6"]);
  t.deepEqual(allAddresses("127.78.0.0/28").includes("127.78.0.10"), false);
  t.is(allAddresses("127.78.0.0/28").length, 13);
});

test("requested addresses must be inside the range and not its network or broadcast address", (t) => {
  const range = serviceIpRange("127.77.0.0/16");
  t.true(range.isValid("127.77.3.4"));
  t.true(range.isValid("127.77.0.10"), "the DNS address may be asked for explicitly");
  t.false(range.isValid("127.77.0.0"));
  t.false(range.isValid("127.77.255.255"));
  t.false(range.isValid("127.78.0.1"));
  t.false(range.isValid("10.0.0.1"));
});

test("a range too small to hand out anything is refused", (t) => {
  t.throws(() => serviceIpRange("127.77.0.0/31"), { instanceOf: InvalidCidrError });
  t.notThrows(() => serviceIpRange("127.77.0.0/30"));
});
