import test from "ava";
import { chooseEviction, outOfBounds } from "./choose-eviction.ts";

const vpa = (updateMode: string, minReplicas?: number) => ({
  spec: { updatePolicy: { updateMode, ...(minReplicas ? { minReplicas } : {}) } },
  status: { recommendation: { containerRecommendations: [{ containerName: "main", target: { cpu: "250m" }, lowerBound: { cpu: "100m" }, upperBound: { cpu: "1" } }] } },
});
const pod = (name: string, cpu: string, phase = "Running") => ({ metadata: { name }, status: { phase }, spec: { containers: [{ name: "main", resources: { requests: { cpu } } }] } });

test("a request outside [lowerBound, upperBound] is out of bounds, with the reason", (t) => {
  t.is(outOfBounds(pod("a", "10m"), vpa("Recreate")), "main: cpu request 10m below lowerBound 100m");
  t.is(outOfBounds(pod("a", "2"), vpa("Recreate")), "main: cpu request 2 above upperBound 1");
  t.is(outOfBounds(pod("a", "300m"), vpa("Recreate")), undefined);
});

test("Recreate and Auto evict one running pod out of bounds, only with minReplicas running; Off and Initial never", (t) => {
  const pods = [pod("ok", "300m"), pod("pending", "10m", "Pending"), pod("low", "10m")];
  t.is(chooseEviction(pods, vpa("Recreate"))?.pod.metadata.name, "low");
  t.is(chooseEviction(pods, vpa("Auto"))?.pod.metadata.name, "low");
  t.is(chooseEviction(pods, vpa("Initial")), undefined);
  t.is(chooseEviction(pods, vpa("Off")), undefined);
  t.is(chooseEviction([pod("low", "10m")], vpa("Recreate")), undefined, "one pod: under the default minReplicas 2");
  t.is(chooseEviction([pod("low", "10m")], vpa("Recreate", 1))?.pod.metadata.name, "low");
});
