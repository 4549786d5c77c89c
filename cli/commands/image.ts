// troupe image build DIR -t NAME:TAG | troupe image ls: process images in the cluster's
// troupe-images store, which kubelets pull from.
import { resolve } from "node:path";
import { buildAndPushImages } from "../image-directories.ts";
import { ImageStore } from "../../runtime/images/image-store.ts";
import type { Invocation } from "../invocation.ts";
import { UsageError } from "../errors.ts";
import { formatTable } from "../table.ts";

function humanSize(bytes: number): string {
  if (bytes < 1024) return `${bytes}B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)}kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)}MB`;
}

export async function run(invocation: Invocation): Promise<number> {
  const [action, ...rest] = invocation.positionals;
  if (action === "build") return build(invocation, rest);
  if (action === "ls" || action === "list") return list(invocation, rest);
  throw new UsageError(`unknown image command "${action ?? ""}": use "troupe image build DIR -t NAME:TAG" or "troupe image ls"`);
}

async function build(invocation: Invocation, args: string[]): Promise<number> {
  if (args.length !== 1) throw new UsageError("image build takes one directory: troupe image build DIR [-t NAME:TAG]");
  const tag = invocation.flags.string("tag");
  const pushed = await buildAndPushImages((await invocation.api()).nc, [resolve(args[0])], tag ? [tag] : []);
  for (const line of pushed) invocation.stdout.write(`${line}\n`);
  return 0;
}

async function list(invocation: Invocation, args: string[]): Promise<number> {
  if (args.length > 0) throw new UsageError("image ls takes no arguments");
  const store = await ImageStore.open((await invocation.api()).nc);
  const rows = (await store.list()).map((manifest) => [manifest.name, manifest.tag, manifest.digest.slice(0, 19), humanSize(manifest.size), manifest.entrypoint.join(" "), manifest.created]);
  invocation.stdout.write(formatTable(["NAME", "TAG", "DIGEST", "SIZE", "ENTRYPOINT", "CREATED"], rows));
  return 0;
}
