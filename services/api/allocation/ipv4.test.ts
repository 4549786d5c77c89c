import test from "ava";
import { cidrContains, formatIpv4, InvalidCidrError, parseIpv4, parseIpv4Cidr } from "./ipv4.ts";

test("IPv4 addresses convert to numbers and back", (t) => {
  t.is(parseIpv4("127.77.0.10"), 0x7f4d000a);
  t.is(parseIpv4("255.255.255.255"), 0xffffffff);
  t.is(formatIpv4(0x7f4d000a), "127.77.0.10");
  t.is(formatIpv4(0xffffffff), "255.255.255.255");
});

test("anything but a plain dotted quad is not an IPv4 address", (t) => {
  for (const text of ["", "127.77.0", "127.77.0.256", "127.77.0.01", "::1", "a.b.c.d", " 127.77.0.1"]) t.is(parseIpv4(text), undefined, text);
});

test("a CIDR block knows its network, size and canonical text", (t) => {
  const cidr = parseIpv4Cidr("127.77.3.4/16");
  t.is(cidr.text, "127.77.0.0/16");
  t.is(cidr.size, 65536);
  t.true(cidrContains(cidr, parseIpv4("127.77.255.255") as number));
  t.false(cidrContains(cidr, parseIpv4("127.78.0.0") as number));
  t.false(cidrContains(cidr, parseIpv4("127.76.255.255") as number));
});

test("a malformed CIDR is refused saying why", (t) => {
  for (const text of ["127.77.0.0", "127.77.0.0/33", "127.77.0.0/x", "300.1.1.1/8", "127.77.0.0/16/1"]) {
    t.throws(() => parseIpv4Cidr(text), { instanceOf: InvalidCidrError }, text);
  }
});
