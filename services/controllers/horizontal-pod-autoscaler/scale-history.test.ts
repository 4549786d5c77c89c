import test from "ava";
import { decodeScaleHistory, encodeScaleHistory } from "./scale-history.ts";
import { stabilizeWithBehavior } from "./normalization.ts";

const history = {
  recommendations: [{ replicas: 3, at: 1000 }, { replicas: 5, at: 2000 }, { replicas: 3, at: 3000 }, { replicas: 2, at: 4000 }, { replicas: 3, at: 5000 }],
  scaleUpEvents: [{ change: 2, at: 2000 }],
  scaleDownEvents: [{ change: 1, at: 4500 }],
};

test("the scale history annotation keeps the latest time of each recommended count, and the events", (t) => {
  const text = encodeScaleHistory(history);
  t.is(text, '{"v":1,"r":[[5,2000],[2,4000],[3,5000]],"u":[[2,2000]],"d":[[1,4500]]}');
  t.deepEqual(decodeScaleHistory(text), {
    recommendations: [{ replicas: 5, at: 2000 }, { replicas: 2, at: 4000 }, { replicas: 3, at: 5000 }],
    scaleUpEvents: [{ change: 2, at: 2000 }],
    scaleDownEvents: [{ change: 1, at: 4500 }],
  });
});

test("stabilizing on the decoded history decides as on the full one, for every cutoff", (t) => {
  const decoded = decodeScaleHistory(encodeScaleHistory(history));
  if (!decoded) return t.fail("not decoded");
  for (let now = 1000; now <= 8000; now += 250) {
    for (const window of [0, 1, 2, 3, 5]) {
      const args = { currentReplicas: 3, desired: 1, now, scaleUp: { stabilizationWindowSeconds: window }, scaleDown: { stabilizationWindowSeconds: window } };
      t.is(stabilizeWithBehavior(decoded.recommendations, args).replicas, stabilizeWithBehavior(history.recommendations, args).replicas, `now ${now}, window ${window} s`);
    }
  }
});

test("an absent, malformed or foreign scale history annotation is ignored", (t) => {
  for (const text of [undefined, "", "{", "null", '{"v":2,"r":[],"u":[],"d":[]}', '{"v":1,"r":[[1]],"u":[],"d":[]}', '{"v":1,"r":[["a",1]],"u":[],"d":[]}', '{"v":1,"r":[]}']) {
    t.is(decodeScaleHistory(text), undefined, String(text));
  }
});
