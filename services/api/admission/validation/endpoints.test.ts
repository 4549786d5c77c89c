import test from "ava";
import { validateEndpoints } from "./endpoints.ts";

test("endpoint addresses are IPs and ports are valid, named when several", (t) => {
  t.deepEqual(validateEndpoints({ subsets: [{ addresses: [{ ip: "127.0.0.1" }], ports: [{ port: 80, protocol: "TCP" }] }] }), []);
  const errors = validateEndpoints({
    subsets: [{
      addresses: [{ ip: "host.local" }],
      notReadyAddresses: [{ ip: "" }],
      ports: [{ port: 0, protocol: "TCP", name: "a" }, { port: 81, protocol: "XTP" }],
    }],
  });
  t.deepEqual(errors.map((error) => `${error.field} ${error.type}`), [
    "subsets[0].addresses[0].ip FieldValueInvalid",
    "subsets[0].notReadyAddresses[0].ip FieldValueInvalid",
    "subsets[0].ports[0].port FieldValueInvalid",
    "subsets[0].ports[1].name FieldValueRequired",
    "subsets[0].ports[1].protocol FieldValueNotSupported",
  ]);
});
