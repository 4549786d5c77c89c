import test from "ava";
import { evaluatePod, violatesMessage, wouldViolateMessage } from "./evaluate.ts";
import type { Container, PodMetadata, PodSpec } from "./types.ts";

/** A container that passes restricted. */
const good = (name = "c", extra: Partial<Container> = {}): Container => ({
  name,
  image: "app:1",
  securityContext: { allowPrivilegeEscalation: false, runAsNonRoot: true, capabilities: { drop: ["ALL"] }, seccompProfile: { type: "RuntimeDefault" } },
  ...extra,
});
const withContext = (name: string, context: NonNullable<Container["securityContext"]>): Container => {
  const base = good(name);
  return { ...base, securityContext: { ...base.securityContext, ...context } };
};
const summary = (level: "baseline" | "restricted", spec: PodSpec, metadata: PodMetadata = {}) =>
  evaluatePod(level, metadata, spec).map((violation) => `${violation.reason} (${violation.detail})`);

test("a pod that follows the restricted profile passes baseline and restricted", (t) => {
  const spec: PodSpec = { containers: [good()], volumes: [{ name: "data", emptyDir: {} }, { name: "cfg", configMap: { name: "x" } }] };
  t.deepEqual(summary("restricted", spec), []);
  t.deepEqual(summary("baseline", spec), []);
  t.deepEqual(evaluatePod("privileged", {}, { containers: [{ name: "c", securityContext: { privileged: true } }] }), []);
});

const baselineCases: [string, PodSpec, PodMetadata, string[]][] = [
  ["privileged", { containers: [withContext("c", { privileged: true })] }, {}, ['privileged (container "c" must not set securityContext.privileged=true)']],
  ["host namespaces", { hostNetwork: true, hostPID: true, hostIPC: true, containers: [good()] }, {}, ["host namespaces (hostIPC=true, hostNetwork=true, hostPID=true)"]],
  ["hostPath volumes", { containers: [good()], volumes: [{ name: "a", hostPath: { path: "/" } }, { name: "b", hostPath: { path: "/x" } }] }, {}, ['hostPath volumes (volumes "a", "b")']],
  ["hostPorts", { containers: [good("web", { ports: [{ containerPort: 80, hostPort: 8080 }, { containerPort: 81, hostPort: 81 }] })] }, {}, ['hostPort (container "web" uses hostPorts 8080, 81)']],
  ["capabilities beyond the baseline set", { containers: [withContext("c", { capabilities: { add: ["SYS_ADMIN", "CHOWN", "NET_RAW"] } })] }, {}, ['non-default capabilities (container "c" must not include "NET_RAW", "SYS_ADMIN" in securityContext.capabilities.add)']],
  ["hostProcess", { containers: [withContext("w", { windowsOptions: { hostProcess: true } })] }, {}, ["hostProcess == true (w)"]],
  ["procMount", { containers: [withContext("c", { procMount: "Unmasked" })] }, {}, ['procMount (container "c" must not set securityContext.procMount to "Unmasked")']],
  ["seLinuxOptions", { securityContext: { seLinuxOptions: { type: "spc_t" } }, containers: [good()] }, {}, ['seLinuxOptions (pod set forbidden securityContext.seLinuxOptions: type "spc_t")']],
  ["seccomp Unconfined", { securityContext: { seccompProfile: { type: "Unconfined" } }, containers: [good()] }, {}, ['seccompProfile (pod must not set securityContext.seccompProfile.type to "Unconfined")']],
  ["unsafe sysctls", { securityContext: { sysctls: [{ name: "kernel.msgmax", value: "1" }, { name: "net.ipv4.tcp_syncookies", value: "1" }] }, containers: [good()] }, {}, ["forbidden sysctls (kernel.msgmax)"]],
  ["AppArmor unconfined", { containers: [withContext("c", { appArmorProfile: { type: "Unconfined" } })] }, { annotations: { "container.apparmor.security.beta.kubernetes.io/d": "unconfined" } }, ['forbidden AppArmor profiles (container "c"="Unconfined", container.apparmor.security.beta.kubernetes.io/d="unconfined")']],
];

for (const [what, spec, metadata, expected] of baselineCases) {
  test(`baseline refuses ${what}, in Kubernetes' words`, (t) => {
    t.deepEqual(summary("baseline", spec, metadata), expected);
  });
}

test("baseline allows what only restricted forbids: root, escalation, all capabilities kept, no seccomp profile", (t) => {
  t.deepEqual(summary("baseline", { containers: [{ name: "c", image: "x", securityContext: { runAsUser: 0, capabilities: { add: ["NET_BIND_SERVICE"] } } }] }), []);
});

test("restricted names every failed check of a bare container, in Kubernetes' order", (t) => {
  t.deepEqual(summary("restricted", { containers: [{ name: "nginx", image: "nginx" }] }), [
    'allowPrivilegeEscalation != false (container "nginx" must set securityContext.allowPrivilegeEscalation=false)',
    'unrestricted capabilities (container "nginx" must set securityContext.capabilities.drop=["ALL"])',
    'runAsNonRoot != true (pod or container "nginx" must set securityContext.runAsNonRoot=true)',
    'seccompProfile (pod or container "nginx" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")',
  ]);
});

test("restricted replaces the baseline hostPath, capabilities and seccomp checks with its own", (t) => {
  const spec: PodSpec = {
    securityContext: { seccompProfile: { type: "Unconfined" } },
    containers: [withContext("c", { capabilities: { drop: ["ALL"], add: ["SYS_ADMIN"] } })],
    volumes: [{ name: "host", hostPath: { path: "/" } }],
  };
  t.deepEqual(summary("restricted", spec), [
    'unrestricted capabilities (container "c" must not include "SYS_ADMIN" in securityContext.capabilities.add)',
    'restricted volume types (volumes ["host"] have restricted types)',
    'seccompProfile (pod must not set securityContext.seccompProfile.type to "Unconfined")',
  ]);
});

test("restricted refuses runAsUser 0 and runAsNonRoot false wherever they are set, and takes the pod's settings for every container", (t) => {
  const spec: PodSpec = {
    securityContext: { runAsNonRoot: true, runAsUser: 0, seccompProfile: { type: "RuntimeDefault" } },
    initContainers: [{ name: "init", securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] }, runAsNonRoot: false } }],
    containers: [{ name: "app", securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"], add: ["NET_BIND_SERVICE"] }, runAsUser: 0 } }],
  };
  t.deepEqual(summary("restricted", spec), [
    'runAsNonRoot != true (container "init" must not set securityContext.runAsNonRoot=false)',
    'runAsUser=0 (pod and container "app" must not set runAsUser=0)',
  ]);
});

test("the refusal and the warning are worded as kube-apiserver words them", (t) => {
  const violations = evaluatePod("restricted", {}, { containers: [withContext("c", { privileged: true, allowPrivilegeEscalation: true })] });
  const policy = { level: "restricted" as const, version: "latest" };
  t.is(
    violatesMessage(policy, violations),
    'violates PodSecurity "restricted:latest": privileged (container "c" must not set securityContext.privileged=true), allowPrivilegeEscalation != false (container "c" must set securityContext.allowPrivilegeEscalation=false)',
  );
  t.true(wouldViolateMessage(policy, violations).startsWith('would violate PodSecurity "restricted:latest": privileged ('));
});
