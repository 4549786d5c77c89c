import test from "ava";
import { launchArgv } from "./process-container.ts";
import type { ContainerCgroup } from "./container-cgroup.ts";

const resolvConf = { file: "/pods/u/resolv.conf", unshare: "/usr/bin/unshare", nsenter: "/usr/bin/nsenter" };
const cgroup = { procsFiles: ["/sys/fs/cgroup/cpu/troupe/u/c/cgroup.procs", "/sys/fs/cgroup/memory/troupe/u/c/cgroup.procs"] } as ContainerCgroup;

test("a plain container runs its command directly", (t) => {
  t.deepEqual(launchArgv({ executable: "/bin/app", args: ["-x"], cgroup: undefined, resolvConf: undefined }), ["/bin/app", "-x"]);
});

test("the pod's resolv.conf is bind-mounted in a private mount namespace, then the command is exec'd", (t) => {
  t.deepEqual(launchArgv({ executable: "/bin/app", args: ["-x"], cgroup: undefined, resolvConf }), [
    "/usr/bin/unshare", "--mount", "--propagation", "private", "--",
    "/bin/sh", "-c", 'unset PWD; mount --bind "$0" /etc/resolv.conf && exec "$@"', "/pods/u/resolv.conf", "/bin/app", "-x",
  ]);
});

test("the cgroup is joined first, so the mount wrapper already runs inside the limits", (t) => {
  const argv = launchArgv({ executable: "/bin/app", args: [], cgroup, resolvConf });
  t.deepEqual(argv.slice(0, 8), [
    "/bin/sh", "-c", 'unset PWD; while [ "$1" != -- ]; do echo $$ > "$1" || exit 125; shift; done; shift; exec "$@"',
    "troupe-join-cgroup", ...cgroup.procsFiles, "--", "/usr/bin/unshare",
  ]);
  t.deepEqual(argv.slice(-2), ["/pods/u/resolv.conf", "/bin/app"]);
});
