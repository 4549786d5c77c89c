import test from "ava";
import type { KubeObject } from "../../runtime/api-client.ts";
import { describeObject } from "./describe-object.ts";
import { DescribeWriter } from "./describe-writer.ts";

const NOW = Date.parse("2026-11-21T12:00:00Z");
const none = { events: [], related: [], now: NOW };

const deployment: KubeObject = {
  apiVersion: "apps/v1",
  kind: "Deployment",
  metadata: {
    name: "simple-web-app",
    namespace: "default",
    creationTimestamp: "2026-11-21T11:00:00Z",
    labels: { tier: "web", app: "simple-web-app" },
    annotations: { "deployment.kubernetes.io/revision": "1" },
  },
  spec: {
    replicas: 3,
    selector: { matchLabels: { app: "simple-web-app" } },
    template: {
      metadata: { labels: { app: "simple-web-app" } },
      spec: { containers: [{ name: "web-app", image: "nginxdemos/hello:plain-text", ports: [{ containerPort: 80 }], env: [{ name: "MODE", value: "demo" }] }] },
    },
  },
  status: {
    replicas: 3,
    updatedReplicas: 3,
    availableReplicas: 2,
    unavailableReplicas: 1,
    conditions: [{ type: "Available", status: "False", reason: "MinimumReplicasUnavailable", message: "Deployment does not have minimum availability." }],
  },
};

test("describe lines up labels and values and lists multiple labels under each other", (t) => {
  const text = describeObject(deployment, none);
  const lines = text.split("\n");
  t.is(lines[0], "Name:                   simple-web-app");
  t.is(lines[1], "Namespace:              default");
  t.is(lines[2], "Labels:                 app=simple-web-app");
  t.is(lines[3], "                        tier=web");
  t.is(lines[4], "Annotations:            deployment.kubernetes.io/revision: 1");
  t.is(lines[5], "CreationTimestamp:      Sat, 21 Nov 2026 11:00:00 +0000");
});

test("describe of a deployment summarises replicas, the pod template and conditions", (t) => {
  const text = describeObject(deployment, none);
  t.regex(text, /\nReplicas: +3 desired \| 3 updated \| 3 total \| 2 available \| 1 unavailable\n/);
  t.regex(text, /\nSelector: +app=simple-web-app\n/);
  t.regex(text, /\nPod Template:\n {2}Labels: +app=simple-web-app\n {2}Containers:\n {4}web-app:\n {6}Image: +nginxdemos\/hello:plain-text\n {6}Port: +80\/TCP\n/);
  t.regex(text, /\n {6}Environment: +MODE: {2}demo\n/);
  t.regex(text, /\nConditions:\n {2}Type +Status +Reason +Message\n {2}-{4} +-{6} +-{6} +-{7}\n {2}Available +False +MinimumReplicasUnavailable +Deployment does not have minimum availability\.\n/);
  t.true(text.endsWith("Events:                 <none>\n"));
});

test("describe lists the object's events oldest first with their age and count", (t) => {
  const event = (reason: string, last: string, count = 1): KubeObject => ({
    apiVersion: "v1",
    kind: "Event",
    metadata: { name: reason },
    type: "Normal",
    reason,
    message: `${reason} happened`,
    count,
    source: { component: "deployment-controller" },
    firstTimestamp: "2026-11-21T11:00:00Z",
    lastTimestamp: last,
  });
  const text = describeObject(deployment, { ...none, events: [event("ScalingReplicaSet", "2026-11-21T11:59:00Z", 2), event("Created", "2026-11-21T11:00:00Z")] });
  t.regex(text, /\nEvents:\n {2}Type +Reason +Age +From +Message\n {2}-+ +-+ +-+ +-+ +-+\n {2}Normal +Created +60m +deployment-controller +Created happened\n {2}Normal +ScalingReplicaSet +60s \(x2 over 60m\) +deployment-controller +ScalingReplicaSet happened\n$/);
});

test("kinds without a summary of their own show their fields as YAML", (t) => {
  const configMap: KubeObject = { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "settings", namespace: "default" }, data: { "app.conf": "debug = true" } };
  t.regex(describeObject(configMap, none), /\nData:\n {2}app\.conf: debug = true\n/);
});

test("secret values are replaced by their sizes", (t) => {
  const secret: KubeObject = { apiVersion: "v1", kind: "Secret", metadata: { name: "creds" }, type: "Opaque", data: { password: Buffer.from("hunter2").toString("base64") } };
  const text = describeObject(secret, none);
  t.regex(text, /password: 7 bytes/);
  t.notRegex(text, /hunter2|aHVudGVyMg/);
});

test("a pod's description shows its node, status and each container's state", (t) => {
  const pod: KubeObject = {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name: "web-1", namespace: "default", ownerReferences: [{ apiVersion: "apps/v1", kind: "ReplicaSet", name: "web-abc", uid: "u", controller: true }] },
    spec: { nodeName: "node-1", containers: [{ name: "web", image: "nginx" }] },
    status: {
      phase: "Running",
      hostIP: "127.0.0.1",
      podIP: "127.0.0.1",
      containerStatuses: [{ name: "web", ready: true, restartCount: 1, state: { running: { startedAt: "2026-11-21T11:59:00Z" } } }],
    },
  };
  const text = describeObject(pod, none);
  t.regex(text, /\nControlled By: +ReplicaSet\/web-abc\n/);
  t.regex(text, /\nNode: +node-1\/127\.0\.0\.1\n/);
  t.regex(text, /\nStatus: +Running\n/);
  t.regex(text, /\n {4}State: +Running\n {6}Started: +Sat, 21 Nov 2026 11:59:00 \+0000\n {4}Ready: +True\n {4}Restart Count: +1\n/);
});

test("the writer aligns each nested section on its own", (t) => {
  const out = new DescribeWriter().field(0, "A", "1").field(0, "Longer", "2").heading(0, "Section").field(1, "X", "3").field(1, "Wider label", "4");
  t.is(out.toString(), "A:       1\nLonger:  2\nSection:\n  X:            3\n  Wider label:  4\n");
});
