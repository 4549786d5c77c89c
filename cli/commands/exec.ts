// troupe exec POD [-c CONTAINER] [-i] -- COMMAND [ARG...]: runs a command in a container through
// the kubelet of the pod's node; troupe exits with the command's exit code.
import { execInContainer } from "../../runtime/kubelet-client/exec-client.ts";
import type { Invocation } from "../invocation.ts";
import { UsageError } from "../errors.ts";
import { podName, podNode } from "./pod-node.ts";

export async function run(invocation: Invocation): Promise<number> {
  const { flags, positionals, stdout, stderr, stdin } = invocation;
  if (positionals.length < 2) throw new UsageError("exec takes a pod and a command: troupe exec POD -- COMMAND [ARG...]");
  const [first, ...command] = positionals;
  const name = podName(first);
  const namespace = flags.string("namespace") ?? "default";
  const api = await invocation.api();
  const { nodeName, containers, defaultContainer } = await podNode(api, namespace, name, "containers to run commands in");
  const container = flags.string("container") ?? defaultContainer;
  if (!container || !containers.includes(container)) throw new UsageError(`container ${container ?? ""} is not valid for pod ${name}; choose one of: [${containers.join(" ")}]`);
  const withStdin = flags.boolean("stdin");
  const exec = await execInContainer(api.nc, nodeName, { namespace, pod: name, container, command, stdin: withStdin, tty: false });
  if (exec.stdin) stdin.pipe(exec.stdin);
  const onSignal = () => exec.close();
  process.once("SIGINT", onSignal);
  try {
    exec.stdout.pipe(stdout, { end: false });
    exec.stderr.pipe(stderr, { end: false });
    const ended = (stream: NodeJS.ReadableStream) => new Promise((resolve) => stream.once("end", resolve));
    const [exit] = await Promise.all([exec.exit, ended(exec.stdout), ended(exec.stderr)]);
    if (exit.error) {
      stderr.write(`error: ${exit.error}\n`);
      return exit.exitCode || 1;
    }
    return exit.exitCode;
  } finally {
    process.off("SIGINT", onSignal);
    if (exec.stdin) stdin.unpipe(exec.stdin);
    // A piped stdin would keep the process alive after the command ended.
    stdin.destroy();
  }
}
