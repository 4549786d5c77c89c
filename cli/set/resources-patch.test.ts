import test from "ava";
import { SetResourcesError, parseResourceList, resourcesPatch } from "./resources-patch.ts";

test("set resources builds limits and requests from NAME=QUANTITY lists", (t) => {
  t.deepEqual(resourcesPatch("cpu=200m,memory=512Mi", "cpu=100m"), { limits: { cpu: "200m", memory: "512Mi" }, requests: { cpu: "100m" } });
  t.deepEqual(resourcesPatch(undefined, "memory=1Gi"), { requests: { memory: "1Gi" } });
});

test("set resources names a bad quantity, a malformed pair and the missing flags", (t) => {
  t.throws(() => parseResourceList("cpu=200m,memory=lots", "limits"), { instanceOf: SetResourcesError, message: /^--limits: invalid quantity "lots" for memory: quantities must match the regular expression/ });
  t.throws(() => parseResourceList("cpu", "requests"), { message: '--requests: "cpu" is not NAME=QUANTITY, such as cpu=200m,memory=512Mi' });
  t.throws(() => parseResourceList("cpu=", "requests"), { instanceOf: SetResourcesError });
  t.throws(() => resourcesPatch(undefined, undefined), { message: "you must specify an update to requests or limits (in the form of --requests/--limits)" });
});
