import test from "ava";
import type { KubeObject } from "../../runtime/api-client.ts";
import { formatTable } from "../table.ts";
import { podStatus } from "../../runtime/printers/pod-columns.ts";
import { resourceTable, type TableOptions } from "./resource-table.ts";

const NOW = Date.parse("2026-11-21T12:00:00Z");
const plain: TableOptions = { wide: false, namespaceColumn: false, showLabels: false, kindPrefix: false };

function table(objects: KubeObject[], options: Partial<TableOptions> = {}): string {
  const built = resourceTable(objects[0].kind, { ...plain, ...options });
  return formatTable(built.header, objects.map((object) => built.row(object, NOW)));
}

function pod(name: string, status: Record<string, unknown>, extra: Record<string, unknown> = {}): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name, namespace: "default", creationTimestamp: "2026-11-21T11:55:00Z", labels: { app: "web" } },
    spec: { containers: [{ name: "web", image: "nginx" }], nodeName: "node-1" },
    status,
    ...extra,
  };
}

const running = pod("web-1", {
  phase: "Running",
  podIP: "10.0.0.5",
  containerStatuses: [{ name: "web", ready: true, restartCount: 0, state: { running: { startedAt: "2026-11-21T11:55:01Z" } } }],
});

test("pods print NAME READY STATUS RESTARTS AGE", (t) => {
  t.is(table([running]), "NAME    READY   STATUS    RESTARTS   AGE\nweb-1   1/1     Running   0          5m\n");
});

test("-o wide adds the pod's IP and node", (t) => {
  const [header, row] = table([running], { wide: true }).split("\n");
  t.regex(header, /AGE\s+IP\s+NODE\s+NOMINATED NODE\s+READINESS GATES$/);
  t.regex(row, /10\.0\.0\.5\s+node-1\s+<none>\s+<none>$/);
});

test("a pod's STATUS shows what holds it back, as kubectl does", (t) => {
  const waiting = pod("a", { phase: "Pending", containerStatuses: [{ name: "web", ready: false, restartCount: 4, state: { waiting: { reason: "CrashLoopBackOff" } } }] });
  t.is(podStatus(waiting), "CrashLoopBackOff");
  const failedExit = pod("b", { phase: "Failed", containerStatuses: [{ name: "web", state: { terminated: { exitCode: 2 } } }] });
  t.is(podStatus(failedExit), "ExitCode:2");
  const initializing = pod("c", { phase: "Pending", initContainerStatuses: [{ name: "init", state: { waiting: { reason: "PodInitializing" } } }] }, {});
  t.is(podStatus({ ...initializing, spec: { containers: [{ name: "web" }], initContainers: [{ name: "init" }] } }), "Init:0/1");
  const deleting = { ...running, metadata: { ...running.metadata, deletionTimestamp: "2026-11-21T12:00:30Z" } };
  t.is(podStatus(deleting), "Terminating");
  t.is(podStatus(pod("d", {})), "Pending");
});

test("restarts say how long ago the last one was", (t) => {
  const restarted = pod("web-2", {
    phase: "Running",
    containerStatuses: [
      { name: "web", ready: true, restartCount: 3, state: { running: {} }, lastState: { terminated: { exitCode: 1, finishedAt: "2026-11-21T11:58:00Z" } } },
    ],
  });
  t.regex(table([restarted]), /1\/1\s+Running\s+3 \(2m ago\)\s+5m/);
});

test("deployments print NAME READY UP-TO-DATE AVAILABLE AGE", (t) => {
  const deployment: KubeObject = {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "simple-web-app", creationTimestamp: "2026-11-21T10:00:00Z" },
    spec: { replicas: 3, selector: { matchLabels: { app: "simple-web-app" } }, template: { spec: { containers: [{ name: "web-app", image: "nginxdemos/hello:plain-text" }] } } },
    status: { readyReplicas: 2, updatedReplicas: 3, availableReplicas: 2 },
  };
  t.is(table([deployment]), "NAME             READY   UP-TO-DATE   AVAILABLE   AGE\nsimple-web-app   2/3     3            2           120m\n");
  t.regex(table([deployment], { wide: true }), /CONTAINERS\s+IMAGES\s+SELECTOR\n.*web-app\s+nginxdemos\/hello:plain-text\s+app=simple-web-app\n/);
});

test("services print type, cluster IP, external IP and ports", (t) => {
  const service = (type: string, extra: Record<string, unknown> = {}): KubeObject => ({
    apiVersion: "v1",
    kind: "Service",
    metadata: { name: `svc-${type.toLowerCase()}`, creationTimestamp: "2026-11-21T11:59:30Z" },
    spec: { type, clusterIP: "127.77.0.10", ports: [{ port: 80, protocol: "TCP", ...(type === "ClusterIP" ? {} : { nodePort: 30080 }) }] },
    ...extra,
  });
  const text = table([service("ClusterIP"), service("LoadBalancer"), service("LoadBalancer", { status: { loadBalancer: { ingress: [{ ip: "192.168.1.9" }] } } })]);
  t.is(
    text,
    [
      "NAME               TYPE           CLUSTER-IP    EXTERNAL-IP   PORT(S)        AGE",
      "svc-clusterip      ClusterIP      127.77.0.10   <none>        80/TCP         30s",
      "svc-loadbalancer   LoadBalancer   127.77.0.10   <pending>     80:30080/TCP   30s",
      "svc-loadbalancer   LoadBalancer   127.77.0.10   192.168.1.9   80:30080/TCP   30s",
      "",
    ].join("\n"),
  );
});

test("ingresses print class, hosts, address and ports as kubectl does", (t) => {
  const ingress = (name: string, spec: Record<string, unknown>, status: Record<string, unknown> = {}): KubeObject => ({
    apiVersion: "networking.k8s.io/v1",
    kind: "Ingress",
    metadata: { name, creationTimestamp: "2026-11-21T11:59:30Z" },
    spec,
    status,
  });
  const text = table([
    ingress("site", { ingressClassName: "troupe", rules: [{ host: "shop.example.com" }, { host: "api.example.com" }], tls: [{ hosts: ["shop.example.com"] }] }, { loadBalancer: { ingress: [{ ip: "127.0.0.1" }] } }),
    ingress("fallback", { defaultBackend: {} }),
    ingress("many", { rules: [{ host: "a.example.com" }, { host: "b.example.com" }, {}, { host: "d.example.com" }, { host: "e.example.com" }] }, { loadBalancer: { ingress: [{ ip: "192.168.100.101" }, { ip: "192.168.100.102" }] } }),
  ]);
  t.is(
    text,
    [
      "NAME       CLASS    HOSTS                                                   ADDRESS            PORTS     AGE",
      "site       troupe   shop.example.com,api.example.com                        127.0.0.1          80, 443   30s",
      "fallback   <none>   *                                                                          80        30s",
      "many       <none>   a.example.com,b.example.com,d.example.com + 2 more...   192.168.100.1...   80        30s",
      "",
    ].join("\n"),
  );
});

test("nodes print STATUS from the Ready condition, ROLES from labels, the kubelet VERSION and allocatable resources", (t) => {
  const node: KubeObject = {
    apiVersion: "v1",
    kind: "Node",
    metadata: { name: "node-1", creationTimestamp: "2026-11-19T12:00:00Z", labels: { "node-role.kubernetes.io/control-plane": "" } },
    spec: { unschedulable: true },
    status: { conditions: [{ type: "Ready", status: "True" }], nodeInfo: { kubeletVersion: "troupe-0.1.0" }, allocatable: { cpu: "2", memory: "4Gi", pods: "110" } },
  };
  t.is(table([node]), "NAME     STATUS                     ROLES           AGE   VERSION        CPU   MEMORY   PODS\nnode-1   Ready,SchedulingDisabled   control-plane   2d    troupe-0.1.0   2     4Gi      110\n");
});

test("-A adds NAMESPACE first, --show-labels adds LABELS last", (t) => {
  const [header, row] = table([running], { namespaceColumn: true, showLabels: true }).split("\n");
  t.regex(header, /^NAMESPACE\s+NAME\s+.*AGE\s+LABELS$/);
  t.regex(row, /^default\s+web-1\s+.*app=web$/);
});

test("kinds without columns of their own print NAME and AGE; several kinds prefix names with the kind", (t) => {
  const widget: KubeObject = { apiVersion: "example.com/v1", kind: "Widget", metadata: { name: "w", creationTimestamp: "2026-11-21T11:59:00Z" } };
  t.is(table([widget]), "NAME   AGE\nw      60s\n");
  t.regex(table([running], { kindPrefix: true }), /\npod\/web-1 /);
});

test("events print when they were last seen and which object they are about", (t) => {
  const event: KubeObject = {
    apiVersion: "v1",
    kind: "Event",
    metadata: { name: "web-1.abc", creationTimestamp: "2026-11-21T11:00:00Z" },
    type: "Normal",
    reason: "Scheduled",
    message: "assigned default/web-1 to node-1",
    involvedObject: { kind: "Pod", name: "web-1" },
    lastTimestamp: "2026-11-21T11:59:50Z",
  };
  t.is(table([event]), "LAST SEEN   TYPE     REASON      OBJECT      MESSAGE\n10s         Normal   Scheduled   pod/web-1   assigned default/web-1 to node-1\n");
});
