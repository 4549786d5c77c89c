// The kubelet's side of runAsUser: its own ids and the host's /etc/passwd.
import { readFile } from "node:fs/promises";
import { passwdPrimaryGroups, type RunAsContext } from "./run-as.ts";

export async function hostRunAsContext(passwdPath = "/etc/passwd"): Promise<RunAsContext> {
  const groups = passwdPrimaryGroups(await readFile(passwdPath, "utf8").catch(() => ""));
  return { kubelet: { uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0 }, primaryGroupOf: (uid) => groups.get(uid) };
}
