import test from "ava";
import { podQosClass } from "./qos.ts";

const container = (limits?: Record<string, string>, requests?: Record<string, string>) => ({ name: "c", resources: { limits, requests } });

const cases = [
  { title: "no resources at all", containers: [container()], want: "BestEffort" },
  { title: "zero quantities count as none", containers: [container({}, { cpu: "0" })], want: "BestEffort" },
  { title: "limits equal to requests for cpu and memory", containers: [container({ cpu: "1", memory: "1Gi" }, { cpu: "1000m", memory: "1Gi" })], want: "Guaranteed" },
  { title: "limits only (requests defaulted to them by the API)", containers: [container({ cpu: "500m", memory: "64Mi" }, { cpu: "500m", memory: "64Mi" })], want: "Guaranteed" },
  { title: "a request below its limit", containers: [container({ cpu: "1", memory: "1Gi" }, { cpu: "500m", memory: "1Gi" })], want: "Burstable" },
  { title: "a memory limit only", containers: [container({ memory: "1Gi" }, { memory: "1Gi" })], want: "Burstable" },
  { title: "a request only", containers: [container(undefined, { cpu: "100m" })], want: "Burstable" },
  {
    title: "one guaranteed and one best-effort container",
    containers: [container({ cpu: "1", memory: "1Gi" }, { cpu: "1", memory: "1Gi" }), container()],
    want: "Burstable",
  },
  {
    title: "two guaranteed containers",
    containers: [container({ cpu: "100m", memory: "1Gi" }, { cpu: "100m", memory: "1Gi" }), container({ cpu: "200m", memory: "1Mi" }, { cpu: "200m", memory: "1Mi" })],
    want: "Guaranteed",
  },
];

for (const { title, containers, want } of cases) {
  test(`qos class: ${title} is ${want}`, (t) => {
    t.is(podQosClass({ containers }) as string, want);
  });
}

test("qos class counts init containers too", (t) => {
  const guaranteed = container({ cpu: "1", memory: "1Gi" }, { cpu: "1", memory: "1Gi" });
  t.is(podQosClass({ containers: [guaranteed], initContainers: [container()] }), "Burstable");
  t.is(podQosClass({ containers: [guaranteed], initContainers: [guaranteed] }), "Guaranteed");
});
