import test from "ava";
import { makeNode, makePod } from "../fixtures.ts";
import { newNodeInfo } from "../node-info.ts";
import { podRequestOf } from "../pod-request.ts";
import { preferredNodeAffinity } from "./node-affinity.ts";

const pod = podRequestOf(
  makePod("p", {
    affinity: {
      nodeAffinity: {
        preferredDuringSchedulingIgnoredDuringExecution: [
          { weight: 80, preference: { matchExpressions: [{ key: "disk", operator: "In", values: ["ssd"] }] } },
          { weight: 20, preference: { matchExpressions: [{ key: "zone", operator: "In", values: ["a"] }] } },
          { weight: 0, preference: { matchExpressions: [{ key: "zone", operator: "Exists" }] } },
        ],
      },
    },
  }),
);

test("preferred terms add their weights and the best node normalises to 100", (t) => {
  const infos = [makeNode("both", { labels: { disk: "ssd", zone: "a" } }), makeNode("ssd", { labels: { disk: "ssd" } }), makeNode("zone", { labels: { zone: "a" } }), makeNode("none")].map(newNodeInfo);
  const scores = Float64Array.from(infos, (info) => preferredNodeAffinity.score(pod, info));
  t.deepEqual([...scores], [100, 80, 20, 0]);
  const withoutBest = scores.subarray(1);
  preferredNodeAffinity.normalize?.(withoutBest, withoutBest.length);
  t.deepEqual([...withoutBest], [100, 25, 0]);
});

test("preferred affinity is skipped for pods without preferred terms", (t) => {
  t.false(preferredNodeAffinity.applies(podRequestOf(makePod("p"))));
  t.true(preferredNodeAffinity.applies(pod));
});
