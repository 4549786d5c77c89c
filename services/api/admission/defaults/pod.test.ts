import test from "ava";
import { defaultImagePullPolicy, defaultPod, defaultPodSpec, defaultPodTemplate } from "./pod.ts";

test("images tagged latest or untagged are always pulled, others only when missing", (t) => {
  t.is(defaultImagePullPolicy("nginx"), "Always");
  t.is(defaultImagePullPolicy("nginx:latest"), "Always");
  t.is(defaultImagePullPolicy("registry.local:5000/team/nginx"), "Always");
  t.is(defaultImagePullPolicy("nginx:1.27"), "IfNotPresent");
  t.is(defaultImagePullPolicy("registry.local:5000/nginx:1.27"), "IfNotPresent");
  t.is(defaultImagePullPolicy("nginx@sha256:abc"), "IfNotPresent");
});

test("pod spec defaults fill the policies Kubernetes fills", (t) => {
  const spec: Record<string, any> = { containers: [{ name: "web", image: "web:1" }] };
  defaultPodSpec(spec);
  t.like(spec, { restartPolicy: "Always", dnsPolicy: "ClusterFirst", terminationGracePeriodSeconds: 30, schedulerName: "default-scheduler", securityContext: {} });
  t.like(spec.containers[0], { terminationMessagePath: "/dev/termination-log", terminationMessagePolicy: "File", imagePullPolicy: "IfNotPresent" });
});

test("pod spec defaults keep values the user set, including an explicit zero grace period", (t) => {
  const spec: Record<string, any> = { restartPolicy: "Never", terminationGracePeriodSeconds: 0, containers: [{ name: "a", image: "a", imagePullPolicy: "Never" }] };
  defaultPodSpec(spec);
  t.is(spec.restartPolicy, "Never");
  t.is(spec.terminationGracePeriodSeconds, 0);
  t.is(spec.containers[0].imagePullPolicy, "Never");
});

test("ports default to TCP, and to the container port as host port on the host network", (t) => {
  const spec: Record<string, any> = { hostNetwork: true, containers: [{ name: "a", image: "a", ports: [{ containerPort: 80 }, { containerPort: 53, protocol: "UDP", hostPort: 5353 }] }] };
  defaultPodSpec(spec);
  t.deepEqual(spec.containers[0].ports, [{ containerPort: 80, protocol: "TCP", hostPort: 80 }, { containerPort: 53, protocol: "UDP", hostPort: 5353 }]);
});

test("probes and their HTTP actions get Kubernetes' timings, path and scheme", (t) => {
  const container: Record<string, any> = {
    name: "a",
    image: "a",
    livenessProbe: { httpGet: { port: { intVal: 80 } } },
    readinessProbe: { tcpSocket: { port: { strVal: "http" } }, periodSeconds: 5 },
    lifecycle: { preStop: { httpGet: { port: { intVal: 80 }, path: "/quit" } } },
  };
  defaultPodSpec({ containers: [container] });
  t.deepEqual(container.livenessProbe, { httpGet: { port: { intVal: 80 }, path: "/", scheme: "HTTP" }, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 });
  t.is(container.readinessProbe.periodSeconds, 5);
  t.deepEqual(container.lifecycle.preStop.httpGet, { port: { intVal: 80 }, path: "/quit", scheme: "HTTP" });
});

test("init containers get the same defaults as containers", (t) => {
  const spec: Record<string, any> = { initContainers: [{ name: "init", image: "busybox" }], containers: [] };
  defaultPodSpec(spec);
  t.like(spec.initContainers[0], { imagePullPolicy: "Always", terminationMessagePolicy: "File" });
});

test("a volume without a source is an emptyDir and projected files default to mode 0644", (t) => {
  const spec: Record<string, any> = { volumes: [{ name: "scratch" }, { name: "config", configMap: { name: "c" } }, { name: "s", secret: { secretName: "s", defaultMode: 0o400 } }], containers: [] };
  defaultPodSpec(spec);
  t.deepEqual(spec.volumes[0], { name: "scratch", emptyDir: {} });
  t.is(spec.volumes[1].configMap.defaultMode, 0o644);
  t.is(spec.volumes[2].secret.defaultMode, 0o400);
});

test("field references default to apiVersion v1", (t) => {
  const container: Record<string, any> = { name: "a", image: "a", env: [{ name: "NODE", valueFrom: { fieldRef: { fieldPath: "spec.nodeName" } } }] };
  defaultPodSpec({ containers: [container] });
  t.is(container.env[0].valueFrom.fieldRef.apiVersion, "v1");
});

test("pods enable service links and request what they limit, templates do neither", (t) => {
  const resources = () => ({ limits: { cpu: "1", memory: "1Gi" }, requests: { cpu: "500m" } });
  const pod: Record<string, any> = { spec: { containers: [{ name: "a", image: "a", resources: resources() }] } };
  defaultPod(pod);
  t.true(pod.spec.enableServiceLinks);
  t.deepEqual(pod.spec.containers[0].resources.requests, { cpu: "500m", memory: "1Gi" });

  const template: Record<string, any> = { spec: { containers: [{ name: "a", image: "a", resources: resources() }] } };
  defaultPodTemplate(template);
  t.is(template.spec.enableServiceLinks, undefined);
  t.deepEqual(template.spec.containers[0].resources.requests, { cpu: "500m" });
});

test("a pod without a spec gets one, a missing template stays missing", (t) => {
  const pod: Record<string, any> = {};
  defaultPod(pod);
  t.is(pod.spec.restartPolicy, "Always");
  t.notThrows(() => defaultPodTemplate(undefined));
});
