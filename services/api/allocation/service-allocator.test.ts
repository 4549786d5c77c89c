import test from "ava";
import { ObjectRepository } from "../../../runtime/store/object-repository.ts";
import { MemoryStore } from "../../../runtime/store/memory-store.ts";
import type { AllocationRecords } from "./allocation-records.ts";
import { parsePortRange } from "./port-range.ts";
import { ServiceAllocator } from "./service-allocator.ts";
import { serviceIpRange } from "./service-ip-range.ts";
import type { Service } from "./service-holdings.ts";

// Range checks touch no record: a ledger that fails on use proves it.
const untouchable = new Proxy({}, { get: () => () => Promise.reject(new Error("the ledger was used")) }) as AllocationRecords;

const allocator = new ServiceAllocator({
  records: untouchable,
  ipRange: serviceIpRange("127.77.0.0/16"),
  nodePortRange: parsePortRange("30000-30099"),
  repo: new ObjectRepository(new MemoryStore()),
  staleAfterMs: 0,
  now: () => new Date(),
});

function service(clusterIP: string, nodePort: number): Service {
  return { metadata: { name: "web" }, spec: { type: "NodePort", clusterIP, ports: [{ port: 80, protocol: "TCP", nodePort }] } };
}

test("requested values outside the configured ranges are field errors naming the range", (t) => {
  const errors = allocator.rangeErrors(service("10.0.0.1", 30100));
  t.deepEqual(errors.map((error) => `${error.field}: ${error.message}`), [
    'spec.clusterIP: Invalid value: "10.0.0.1": provided IP is not in the valid range. The range of valid IPs is 127.77.0.0/16',
    "spec.ports[0].nodePort: Invalid value: 30100: provided port is not in the valid range. The range of valid ports is 30000-30099",
  ]);
  t.deepEqual(allocator.rangeErrors(service("127.77.0.5", 30099)), []);
});

test("values a service already holds stay valid after the ranges changed", (t) => {
  const stored = service("10.0.0.1", 30100);
  t.deepEqual(allocator.rangeErrors(service("10.0.0.1", 30100), stored), []);
  t.deepEqual(allocator.rangeErrors(service("10.0.0.1", 30101), stored).map((error) => error.field), ["spec.ports[0].nodePort"]);
});
