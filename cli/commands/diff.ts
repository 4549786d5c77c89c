// troupe diff -f PATH: what `troupe apply` would change. Each object is applied server-side as a
// dry run; the live and the would-be objects (managedFields, generation and resourceVersion
// left out, as kubectl does) are written to two temporary directories and compared with a unified
// diff (`diff -u -N`, as kubectl runs it), or with $TROUPE_EXTERNAL_DIFF / $KUBECTL_EXTERNAL_DIFF. Exit 0: no differences, 1: some,
// above 1: an error (kubectl's codes).
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { JsonApiClient, KubeObject } from "../../runtime/api-client.ts";
import { ApiError } from "../../runtime/api-errors.ts";
import { formatError, UsageError } from "../errors.ts";
import type { Invocation } from "../invocation.ts";
import { loadManifests, readAll } from "../manifests.ts";
import { toYaml } from "../output.ts";
import { FIELD_MANAGER } from "./apply.ts";

/** The object as diff shows it: without the fields every write changes. */
export function maskForDiff(object: KubeObject): string {
  const { managedFields: _managed, generation: _generation, resourceVersion: _version, ...metadata } = object.metadata ?? {};
  return toYaml({ ...object, metadata });
}

/** kubectl's file name for an object: group.version.Kind.namespace.name. */
function fileName(object: KubeObject): string {
  const version = object.apiVersion.includes("/") ? object.apiVersion.replace("/", ".") : `v1`;
  return [version, object.kind, object.metadata?.namespace, object.metadata?.name].filter(Boolean).join(".");
}

export async function run(invocation: Invocation): Promise<number> {
  try {
    return await diff(invocation);
  } catch (error) {
    invocation.stderr.write(`${formatError(error)}\n`);
    return 2;
  }
}

async function diff(invocation: Invocation): Promise<number> {
  const { flags, env } = invocation;
  const paths = flags.strings("filename");
  if (paths.length === 0) throw new UsageError("must specify one or more -f PATH");
  const manifests = await loadManifests(paths, { recursive: flags.boolean("recursive"), readStdin: () => readAll(invocation.stdin) });
  const namespace = flags.string("namespace");
  const api = await invocation.api();
  const live = await mkdtemp(join(tmpdir(), "LIVE-"));
  const merged = await mkdtemp(join(tmpdir(), "MERGED-"));
  try {
    for (const { object: manifest } of manifests) {
      const object = namespace && !manifest.metadata?.namespace ? { ...manifest, metadata: { ...manifest.metadata, namespace } } : manifest;
      const dryRun = await api.applyServerSide(object, { fieldManager: FIELD_MANAGER, force: flags.boolean("force-conflicts"), dryRun: true });
      const current = await readLive(api, dryRun.object);
      const name = fileName(dryRun.object);
      // A new object has no live file: diff -N shows it all as added.
      if (current) await writeFile(join(live, name), maskForDiff(current));
      await writeFile(join(merged, name), maskForDiff(dryRun.object));
    }
    const external = env.TROUPE_EXTERNAL_DIFF || env.KUBECTL_EXTERNAL_DIFF || "diff -u -N";
    return await runExternal(external, live, merged, invocation);
  } finally {
    await rm(live, { recursive: true, force: true });
    await rm(merged, { recursive: true, force: true });
  }
}

async function readLive(api: JsonApiClient, object: KubeObject): Promise<KubeObject | undefined> {
  try {
    return await api.get(object.kind, object.metadata?.name ?? "", { namespace: object.metadata?.namespace });
  } catch (error) {
    if (error instanceof ApiError && error.reason === "NotFound") return undefined;
    throw error;
  }
}

/** The diff program gets the two directories, as kubectl runs it (words split on spaces). */
function runExternal(command: string, live: string, merged: string, { stdout, stderr }: Invocation): Promise<number> {
  const [program, ...args] = command.split(" ").filter(Boolean);
  return new Promise((resolve, reject) => {
    const child = spawn(program, [...args, live, merged], { stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.pipe(stdout, { end: false });
    child.stderr.pipe(stderr, { end: false });
    child.once("error", (error) => reject(new Error(`failed to run "${program}": ${error.message}`, { cause: error })));
    child.once("close", (code) => resolve(code ?? 2));
  });
}
