import test from "ava";
import { launchArgv } from "./process-container.ts";
import type { ContainerCgroup } from "./container-cgroup.ts";

const mountNamespace = {
  binds: [{ source: "/pods/u/resolv.conf", target: "/etc/resolv.conf", readOnly: false }, { source: "/pods/u/volumes/v", target: "/data", readOnly: true }],
  unshare: "/usr/bin/unshare",
  nsenter: "/usr/bin/nsenter",
};
const cgroup = { procsFiles: ["/sys/fs/cgroup/cpu/troupe/u/c/cgroup.procs", "/sys/fs/cgroup/memory/troupe/u/c/cgroup.procs"] } as ContainerCgroup;

test("a plain container runs its command directly", (t) => {
  t.deepEqual(launchArgv({ executable: "/bin/app", args: ["-x"], cgroup: undefined, mountNamespace: undefined }), ["/bin/app", "-x"]);
});

test("the pod's resolv.conf and volumes are bind-mounted in a private mount namespace, then the command is exec'd", (t) => {
  const argv = launchArgv({ executable: "/bin/app", args: ["-x"], cgroup: undefined, mountNamespace });
  t.deepEqual(argv.slice(0, 7), ["/usr/bin/unshare", "--mount", "--propagation", "private", "--", "/bin/sh", "-c"]);
  t.true(argv[7].startsWith("unset PWD; "), "the shell's PWD does not reach the container");
  t.deepEqual(argv.slice(8), ["troupe-mounts", "/pods/u/resolv.conf", "/etc/resolv.conf", "rw", "/pods/u/volumes/v", "/data", "ro", "--", "/bin/app", "-x"]);
});

test("the cgroup is joined first, so the mount wrapper already runs inside the limits", (t) => {
  const argv = launchArgv({ executable: "/bin/app", args: [], cgroup, mountNamespace });
  t.deepEqual(argv.slice(0, 8), [
    "/bin/sh", "-c", 'unset PWD; while [ "$1" != -- ]; do echo $$ > "$1" || exit 125; shift; done; shift; exec "$@"',
    "troupe-join-cgroup", ...cgroup.procsFiles, "--", "/usr/bin/unshare",
  ]);
  t.deepEqual(argv.slice(-2), ["--", "/bin/app"]);
});
