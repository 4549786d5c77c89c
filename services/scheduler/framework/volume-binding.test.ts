import test from "ava";
import { schedulePod } from "./schedule.ts";
import { buildNodeInfos } from "./node-info.ts";
import { podVolumesOf, type Claim, type StorageClass, type Volume, type VolumeLister } from "./volume-binding.ts";
import type { Node, Pod } from "./types.ts";

const node = (name: string): Node => ({
  metadata: { name, labels: { "kubernetes.io/hostname": name } },
  status: { conditions: [{ type: "Ready", status: "True" }], allocatable: { cpu: "4", memory: "8Gi", pods: "110" }, capacity: { cpu: "4", memory: "8Gi", pods: "110" } },
});

const pod = (...claims: string[]): Pod => ({
  metadata: { name: "p", namespace: "default" },
  spec: { containers: [{ name: "c" }], volumes: claims.map((claimName) => ({ name: claimName, persistentVolumeClaim: { claimName } })) },
});

function lister(claims: Claim[], volumes: Volume[] = [], classes: StorageClass[] = []): VolumeLister {
  return {
    claim: (namespace, name) => claims.find((claim) => claim.metadata?.name === name && claim.metadata?.namespace === namespace),
    volume: (name) => volumes.find((volume) => volume.metadata?.name === name),
    storageClass: (name) => classes.find((storageClass) => storageClass.metadata?.name === name),
  };
}

const claim = (name: string, className: string, volumeName = "", annotations: Record<string, string> = {}): Claim => ({ metadata: { name, namespace: "default", annotations }, spec: { storageClassName: className, volumeName } });
const wffc: StorageClass = { metadata: { name: "standard" }, volumeBindingMode: "WaitForFirstConsumer" };
const immediate: StorageClass = { metadata: { name: "fast" }, volumeBindingMode: "Immediate" };
const pinned = (name: string, nodeName: string): Volume => ({
  metadata: { name },
  spec: { nodeAffinity: { required: { nodeSelectorTerms: [{ matchExpressions: [{ key: "kubernetes.io/hostname", operator: "In", values: [nodeName] }] }] } } },
});
const nodes = () => buildNodeInfos([node("node-1"), node("node-2"), node("node-3")], []);

const cases: { title: string; pod: Pod; lister: VolumeLister; expect: string }[] = [
  { title: "a missing claim is Kubernetes' not found", pod: pod("data"), lister: lister([]), expect: '0/3 nodes are available: persistentvolumeclaim "data" not found.' },
  { title: "an unbound Immediate claim", pod: pod("data"), lister: lister([claim("data", "fast")], [], [immediate]), expect: "0/3 nodes are available: pod has unbound immediate PersistentVolumeClaims." },
  { title: "an unbound claim of a class that does not exist", pod: pod("data"), lister: lister([claim("data", "nope")]), expect: "0/3 nodes are available: pod has unbound immediate PersistentVolumeClaims." },
  { title: "a bound claim goes where its volume is", pod: pod("data"), lister: lister([claim("data", "standard", "pv-1")], [pinned("pv-1", "node-2")], [wffc]), expect: "node-2" },
  { title: "an unbound WaitForFirstConsumer claim goes anywhere", pod: pod("data"), lister: lister([claim("data", "standard")], [], [wffc]), expect: "any" },
  { title: "an unbound claim already selected for a node goes there", pod: pod("data"), lister: lister([claim("data", "standard", "", { "volume.kubernetes.io/selected-node": "node-3" })], [], [wffc]), expect: "node-3" },
  { title: "two volumes on different nodes conflict", pod: pod("a", "b"), lister: lister([claim("a", "standard", "pv-1"), claim("b", "standard", "pv-2")], [pinned("pv-1", "node-1"), pinned("pv-2", "node-2")], [wffc]), expect: "0/3 nodes are available: 3 node(s) had volume node affinity conflict." },
];

for (const { title, pod: subject, lister: volumes, expect } of cases) {
  test(`VolumeBinding: ${title}`, (t) => {
    const result = schedulePod(subject, nodes(), { volumes: podVolumesOf(subject, volumes) });
    if (expect === "any") t.false(result.unschedulable);
    else if (expect.startsWith("node-")) t.like(result, { unschedulable: false, nodeName: expect });
    else t.like(result, { unschedulable: true, message: expect });
  });
}

test("VolumeBinding lists the WaitForFirstConsumer claims the bind step must annotate", (t) => {
  const volumes = podVolumesOf(pod("a", "b"), lister([claim("a", "standard"), claim("b", "standard", "pv-1")], [pinned("pv-1", "node-1")], [wffc]));
  t.like(volumes, { schedulable: true, claimsToSelect: ["a"] });
});
