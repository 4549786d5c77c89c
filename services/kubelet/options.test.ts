import test from "ava";
import { resolveKubeletOptions } from "./options.ts";

test("an option given as undefined keeps its default (unset environment variables)", (t) => {
  const options = resolveKubeletOptions({ nodeName: "n", rootDir: "/r", cpu: undefined, memory: "1Gi", maxPods: undefined });
  t.truthy(options.cpu);
  t.is(options.memory, "1Gi");
  t.is(options.maxPods, 110);
});
