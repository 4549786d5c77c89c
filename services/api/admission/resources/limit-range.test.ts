import test from "ava";
import { applyLimitRangeDefaults, checkClaimLimits, checkPodLimits, defaultLimitRange } from "./limit-range.ts";
import { validateLimitRange } from "../validation/limit-range.ts";

type Resources = { limits?: Record<string, string>; requests?: Record<string, string> };
const pod = (...resources: Resources[]) => ({ spec: { containers: resources.map((r, i) => ({ name: `c${i}`, resources: r })) } });
const range = (...limits: object[]) => ({ spec: { limits } });

test("limit range defaulting: max fills default, default and min fill defaultRequest", (t) => {
  const lr = range({ type: "Container", max: { cpu: "2", memory: "1Gi" }, default: { cpu: "1" }, min: { memory: "64Mi", "ephemeral-storage": "1Gi" } });
  defaultLimitRange(lr);
  t.like(lr.spec.limits[0], { default: { cpu: "1", memory: "1Gi" }, defaultRequest: { cpu: "1", memory: "1Gi", "ephemeral-storage": "1Gi" } });
});

test("limit range defaults fill in a container's missing requests and limits, keeping what it sets", (t) => {
  const p = pod({}, { limits: { memory: "128Mi" }, requests: { memory: "100Mi" } });
  applyLimitRangeDefaults(p, [range({ type: "Container", default: { cpu: "500m", memory: "512Mi" }, defaultRequest: { cpu: "100m", memory: "256Mi" } })]);
  t.deepEqual(p.spec.containers[0].resources, { limits: { cpu: "500m", memory: "512Mi" }, requests: { cpu: "100m", memory: "256Mi" } });
  t.deepEqual(p.spec.containers[1].resources, { limits: { cpu: "500m", memory: "128Mi" }, requests: { cpu: "100m", memory: "100Mi" } });
});

const containerRange = range({ type: "Container", max: { memory: "1Gi" }, min: { cpu: "100m" }, maxLimitRequestRatio: { cpu: "2" } });
const checks = [
  { title: "within bounds", pod: pod({ limits: { memory: "1Gi", cpu: "200m" }, requests: { cpu: "100m" } }), want: [] },
  { title: "over the max", pod: pod({ limits: { memory: "2Gi", cpu: "200m" }, requests: { cpu: "100m" } }), want: ["maximum memory usage per Container is 1Gi, but limit is 2Gi"] },
  { title: "without a limit under a max", pod: pod({ limits: { cpu: "200m" }, requests: { cpu: "100m" } }), want: ["maximum memory usage per Container is 1Gi.  No limit is specified"] },
  { title: "under the min", pod: pod({ limits: { memory: "1Gi", cpu: "50m" }, requests: { cpu: "50m" } }), want: ["minimum cpu usage per Container is 100m, but request is 50m", "minimum cpu usage per Container is 100m, but limit is 50m"] },
  {
    title: "over the ratio",
    pod: pod({ limits: { memory: "1Gi", cpu: "1" }, requests: { cpu: "100m" } }),
    want: ["cpu max limit to request ratio per Container is 2, but provided ratio is 10.000000"],
  },
];
for (const { title, pod: p, want } of checks) {
  test(`limit range check of a container ${title}`, (t) => {
    t.deepEqual(checkPodLimits(p, [containerRange]), want);
  });
}

test("limit range Pod items bound the sum over the pod's containers", (t) => {
  const podRange = range({ type: "Pod", max: { cpu: "1" } });
  t.deepEqual(checkPodLimits(pod({ limits: { cpu: "500m" } }, { limits: { cpu: "500m" } }), [podRange]), []);
  t.deepEqual(checkPodLimits(pod({ limits: { cpu: "800m" } }, { limits: { cpu: "500m" } }), [podRange]), ["maximum cpu usage per Pod is 1, but limit is 1300m"]);
});

test("limit range PersistentVolumeClaim items bound the requested storage", (t) => {
  const claimRange = range({ type: "PersistentVolumeClaim", min: { storage: "1Gi" }, max: { storage: "10Gi" } });
  const claim = (storage: string) => ({ spec: { resources: { requests: { storage } } } });
  t.deepEqual(checkClaimLimits(claim("5Gi"), [claimRange]), []);
  t.deepEqual(checkClaimLimits(claim("20Gi"), [claimRange]), ["maximum storage usage per PersistentVolumeClaim is 10Gi, but request is 20Gi"]);
  t.deepEqual(checkClaimLimits(claim("100Mi"), [claimRange]), ["minimum storage usage per PersistentVolumeClaim is 1Gi, but request is 100Mi"]);
});

test("limit range validation names the field of an unknown type, a bad quantity, min over max and a ratio below 1", (t) => {
  const errors = validateLimitRange(range(
    { type: "Node" },
    { type: "Container", min: { cpu: "2" }, max: { cpu: "1", memory: "lots" }, maxLimitRequestRatio: { cpu: "0.5" } },
  ));
  t.deepEqual(errors.map((error) => error.field), ["spec.limits[0].type", "spec.limits[1].max[memory]", "spec.limits[1].max[cpu]", "spec.limits[1].maxLimitRequestRatio[cpu]"]);
  t.regex(errors[2].message, /min value 2 is greater than max value 1/);
});
