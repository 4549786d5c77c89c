import test from "ava";
import { provisionedVolume, volumeDirectory, volumeNode } from "./local-path-provisioner.ts";

test("a provisioned volume takes the claim's request and access modes, the class's reclaim policy, and is pinned to its node", (t) => {
  const claim = {
    apiVersion: "v1", kind: "PersistentVolumeClaim",
    metadata: { name: "data", namespace: "default", uid: "u-1", resourceVersion: "7" },
    spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "1Gi" } }, storageClassName: "standard" },
  };
  const directory = volumeDirectory("/var/troupe/node-1", "u-1");
  t.is(directory, "/var/troupe/node-1/volumes/pvc-u-1");
  const volume = provisionedVolume(claim, { metadata: { name: "standard" }, provisioner: "troupe.io/local-path", reclaimPolicy: "" }, "node-1", directory);
  t.like(volume, {
    metadata: { name: "pvc-u-1", annotations: { "pv.kubernetes.io/provisioned-by": "troupe.io/local-path" } },
    spec: {
      capacity: { storage: "1Gi" }, accessModes: ["ReadWriteOnce"], persistentVolumeReclaimPolicy: "Delete", storageClassName: "standard",
      hostPath: { path: directory }, claimRef: { namespace: "default", name: "data", uid: "u-1" },
    },
  });
  t.is(volumeNode(volume), "node-1");
  const kept = provisionedVolume(claim, { metadata: { name: "keep" }, provisioner: "troupe.io/local-path", reclaimPolicy: "Retain" }, "node-2", directory);
  t.is(kept.spec?.persistentVolumeReclaimPolicy, "Retain");
});
