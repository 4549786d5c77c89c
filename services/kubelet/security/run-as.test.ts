import test from "ava";
import { ContainerConfigError } from "../pod/container-spec.ts";
import { passwdPrimaryGroups, processUser, type RunAsContext } from "./run-as.ts";

const root: RunAsContext = { kubelet: { uid: 0, gid: 0 }, primaryGroupOf: (uid) => (uid === 65534 ? 65534 : undefined) };
const user: RunAsContext = { kubelet: { uid: 1000, gid: 1000 }, primaryGroupOf: () => undefined };
const podWith = (podContext: object, containerContext?: object) => {
  const container = { name: "app", securityContext: containerContext };
  return { pod: { metadata: { name: "web", namespace: "default", uid: "u1" }, spec: { securityContext: podContext, containers: [container] } }, container };
};

test("the container's runAsUser and runAsGroup win over the pod's; without a group the user's passwd group, else 0", (t) => {
  const both = podWith({ runAsUser: 1, runAsGroup: 2 }, { runAsUser: 65534 });
  t.deepEqual(processUser(both.pod, both.container, root), { uid: 65534, gid: 2 });
  const onlyUser = podWith({}, { runAsUser: 65534 });
  t.deepEqual(processUser(onlyUser.pod, onlyUser.container, root), { uid: 65534, gid: 65534 });
  const unknown = podWith({ runAsUser: 4242 });
  t.deepEqual(processUser(unknown.pod, unknown.container, root), { uid: 4242, gid: 0 });
  const none = podWith({});
  t.is(processUser(none.pod, none.container, root), undefined);
});

test("runAsNonRoot refuses a process that would run as root, in the kubelet's words", (t) => {
  const implicit = podWith({ runAsNonRoot: true });
  const error = t.throws(() => processUser(implicit.pod, implicit.container, root));
  t.true(error instanceof ContainerConfigError);
  t.is(error?.message, 'container has runAsNonRoot and image will run as root (pod: "web_default(u1)", container: app)');
  const explicit = podWith({ runAsNonRoot: true }, { runAsUser: 0 });
  t.is(t.throws(() => processUser(explicit.pod, explicit.container, root))?.message, 'container\'s runAsUser breaks non-root policy (pod: "web_default(u1)", container: app)');
  t.is(processUser(implicit.pod, implicit.container, user), undefined, "a kubelet that is not root runs it as itself: not root");
});

test("a kubelet that is not root refuses another user, naming the field", (t) => {
  const other = podWith({}, { runAsUser: 65534 });
  t.is(t.throws(() => processUser(other.pod, other.container, user))?.message, "spec.containers[0].securityContext.runAsUser: cannot run the container as uid 65534: the kubelet runs as uid 1000, not root, so it cannot change a process's user");
  const group = podWith({ runAsGroup: 5 });
  t.regex(t.throws(() => processUser(group.pod, group.container, user))?.message ?? "", /^spec\.containers\[0\]\.securityContext\.runAsGroup: cannot run the container as gid 5/);
  const same = podWith({ runAsUser: 1000 });
  t.is(processUser(same.pod, same.container, user), undefined);
});

test("primary groups come from the passwd file", (t) => {
  t.deepEqual([...passwdPrimaryGroups("root:x:0:0:root:/root:/bin/sh\n# comment\nnobody:x:65534:65533::/nonexistent:/usr/sbin/nologin\n")], [[0, 0], [65534, 65533]]);
});
