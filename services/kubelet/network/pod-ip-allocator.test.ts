import test from "ava";
import { contains, parsePodCidr } from "./pod-cidr.ts";
import { PodCidrExhaustedError, PodIpAllocator } from "./pod-ip-allocator.ts";

test("a pod CIDR is normalised to its network address and rejects what is not IPv4 with room", (t) => {
  t.is(parsePodCidr("127.128.1.77/24").text, "127.128.1.0/24");
  t.throws(() => parsePodCidr("127.128.1.0"), { message: /not an IPv4 CIDR/ });
  t.throws(() => parsePodCidr("127.128.1.0/31"), { message: /not an IPv4 CIDR/ });
  t.throws(() => parsePodCidr("fd00::/64"), { message: /not an IPv4 CIDR/ });
  t.throws(() => parsePodCidr("127.300.1.0/24"), { message: /not an IPv4 CIDR/ });
});

test("the network and broadcast addresses are never handed out", (t) => {
  const cidr = parsePodCidr("10.0.0.0/24");
  t.false(contains(cidr, "10.0.0.0"));
  t.false(contains(cidr, "10.0.0.255"));
  t.true(contains(cidr, "10.0.0.1"));
  t.true(contains(cidr, "10.0.0.254"));
});

test("pods get distinct addresses, the same one on every ask, and a full range is a clear error", (t) => {
  const allocator = new PodIpAllocator(parsePodCidr("10.0.0.0/29"));
  const ips = ["a", "b", "c", "d", "e", "f"].map((uid) => allocator.allocate(uid));
  t.deepEqual(ips, ["10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.4", "10.0.0.5", "10.0.0.6"]);
  t.is(allocator.allocate("c"), "10.0.0.3");
  const error = t.throws(() => allocator.allocate("g"), { instanceOf: PodCidrExhaustedError });
  t.regex(error.message, /no free pod IP left in 10\.0\.0\.0\/29/);
});

test("a released address goes back to the pool, after the never-used ones", (t) => {
  const allocator = new PodIpAllocator(parsePodCidr("10.0.0.0/29"));
  allocator.allocate("a");
  allocator.allocate("b");
  allocator.release("a");
  t.is(allocator.ipOf("a"), undefined);
  t.is(allocator.allocate("c"), "10.0.0.3");
  for (const uid of ["d", "e", "f"]) allocator.allocate(uid);
  t.is(allocator.allocate("g"), "10.0.0.1");
  t.is(allocator.inUse, 6);
});

test("after a restart, pods keep the addresses they report and new pods get others", (t) => {
  const allocator = new PodIpAllocator(parsePodCidr("10.0.0.0/24"));
  t.true(allocator.adopt("old-1", "10.0.0.1"));
  t.true(allocator.adopt("old-2", "10.0.0.3"));
  t.true(allocator.adopt("old-1", "10.0.0.1"), "adopting twice is idempotent");
  t.false(allocator.adopt("dup", "10.0.0.3"), "an address held by another pod is not adopted");
  t.false(allocator.adopt("outside", "127.0.0.1"), "an address outside the CIDR (the node address) is not adopted");
  t.is(allocator.allocate("new-1"), "10.0.0.2");
  t.is(allocator.allocate("new-2"), "10.0.0.4");
});
