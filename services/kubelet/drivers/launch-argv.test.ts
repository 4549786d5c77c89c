import test from "ava";
import { launchArgv } from "./process-container.ts";
import type { ContainerCgroup } from "./container-cgroup.ts";

const resolvConf = { file: "/pods/u/resolv.conf", unshare: "/usr/bin/unshare", nsenter: "/usr/bin/nsenter" };
const cgroup = { procsFile: "/sys/fs/cgroup/troupe/u/c/cgroup.procs" } as ContainerCgroup;

test("a plain container runs its command directly", (t) => {
  t.deepEqual(launchArgv({ executable: "/bin/app", args: ["-x"], cgroup: undefined, resolvConf: undefined }), ["/bin/app", "-x"]);
});

test("the pod's resolv.conf is bind-mounted in a private mount namespace, then the command is exec'd", (t) => {
  t.deepEqual(launchArgv({ executable: "/bin/app", args: ["-x"], cgroup: undefined, resolvConf }), [
    "/usr/bin/unshare", "--mount", "--propagation", "private", "--",
    "/bin/sh", "-c", 'mount --bind "$0" /etc/resolv.conf && exec "$@"', "/pods/u/resolv.conf", "/bin/app", "-x",
  ]);
});

test("the cgroup is joined first, so the mount wrapper already runs inside the limits", (t) => {
  const argv = launchArgv({ executable: "/bin/app", args: [], cgroup, resolvConf });
  t.deepEqual(argv.slice(0, 5), ["/bin/sh", "-c", 'echo $$ > "$0" && exec "$@"', cgroup.procsFile, "/usr/bin/unshare"]);
  t.deepEqual(argv.slice(-2), ["/pods/u/resolv.conf", "/bin/app"]);
});
