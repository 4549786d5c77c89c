// Build, push, resolve and pull process images through a real JetStream object store.
import test from "ava";
import { mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { startNatsServer, type NatsServerHandle } from "../nats-server.ts";
import { buildImage, buildImages } from "./image-builder.ts";
import { InvalidTroupefileError } from "./image-manifest.ts";
import { DigestMismatchError, ImagePuller, ImageNotPresentError } from "./image-puller.ts";
import { InvalidImageRefError, parseImageRef } from "./image-ref.ts";
import { ImageNotFoundError, ImageStore } from "./image-store.ts";

let server: NatsServerHandle;
let nc: NatsConnection;
let work: string;

test.before(async () => {
  server = await startNatsServer();
  nc = await connect({ servers: server.url });
  work = await mkdtemp(join(tmpdir(), "troupe-images-"));
});
test.after.always(async () => {
  await nc?.close();
  await server?.destroy();
  if (work) await rm(work, { recursive: true, force: true });
});

async function imageDir(name: string, files: Record<string, string>): Promise<string> {
  const dir = join(work, name);
  await mkdir(join(dir, "lib"), { recursive: true });
  for (const [path, content] of Object.entries(files)) await writeFile(join(dir, path), content);
  return dir;
}

test("image references parse as Kubernetes writes them", (t) => {
  t.deepEqual(parseImageRef("hello"), { name: "hello", tag: "latest" });
  t.deepEqual(parseImageRef("nginxdemos/hello:plain-text"), { name: "nginxdemos/hello", tag: "plain-text" });
  t.deepEqual(parseImageRef("registry.local:5000/team/app:1.2"), { name: "registry.local:5000/team/app", tag: "1.2" });
  t.is(parseImageRef(`app@sha256:${"a".repeat(64)}`).digest, `sha256:${"a".repeat(64)}`);
  t.throws(() => parseImageRef("Bad Name"), { instanceOf: InvalidImageRefError });
  t.throws(() => parseImageRef("app@sha256:xyz"), { instanceOf: InvalidImageRefError });
});

test("building the same directory twice gives the same digest; a changed file changes it", async (t) => {
  const dir = await imageDir("stable", { Troupefile: '{"entrypoint": ["node", "main.mjs"]}', "main.mjs": "console.log(1)", "lib/util.mjs": "export {}" });
  const first = await buildImage(dir, "stable:v1");
  const second = await buildImage(dir, "stable:v1");
  t.is(first.manifest.digest, second.manifest.digest);
  t.deepEqual(first.manifest.entrypoint, ["node", "main.mjs"]);
  await writeFile(join(dir, "main.mjs"), "console.log(2)");
  t.not((await buildImage(dir, "stable:v1")).manifest.digest, first.manifest.digest);
});

test("without -t an image is tagged with every reference its Troupefile lists", async (t) => {
  const dir = await imageDir("tagged", { Troupefile: '{"entrypoint": ["true"], "images": ["one:v1", "team/two:v2"]}' });
  const images = await buildImages(dir);
  t.deepEqual(images.map((image) => `${image.manifest.name}:${image.manifest.tag}`), ["one:v1", "team/two:v2"]);
  t.is(images[0].manifest.digest, images[1].manifest.digest);
  t.deepEqual((await buildImages(dir, ["only:this"])).map((image) => image.manifest.tag), ["this"]);
  const unnamed = await imageDir("unnamed", { Troupefile: '{"entrypoint": ["true"]}' });
  await t.throwsAsync(buildImages(unnamed), { instanceOf: InvalidTroupefileError, message: /no image name/ });
});

test("a directory without a valid Troupefile is refused with the problem named", async (t) => {
  const missing = await imageDir("no-troupefile", { "main.mjs": "" });
  await t.throwsAsync(buildImage(missing, "x:1"), { instanceOf: InvalidTroupefileError, message: /needs a Troupefile/ });
  const bad = await imageDir("bad-troupefile", { Troupefile: '{"entrypoint": "node main.mjs"}' });
  await t.throwsAsync(buildImage(bad, "x:1"), { instanceOf: InvalidTroupefileError, message: /entrypoint: expected a non-empty array/ });
  const extra = await imageDir("extra-field", { Troupefile: '{"entrypoint": ["a"], "cmd": ["b"]}' });
  await t.throwsAsync(buildImage(extra, "x:1"), { instanceOf: InvalidTroupefileError, message: /unknown field "cmd"/ });
});

test("a pushed image is listed, resolved by tag and digest, and pulled with its files intact", async (t) => {
  const store = await ImageStore.open(nc);
  const dir = await imageDir("app", { Troupefile: '{"entrypoint": ["node", "main.mjs"], "env": {"MODE": "test"}}', "main.mjs": "hello", "lib/util.mjs": "util" });
  const built = await buildImage(dir, "team/app:1.0");
  await store.push(built.manifest, built.archive);
  t.true((await store.list()).some((manifest) => manifest.name === "team/app" && manifest.tag === "1.0"));
  t.is((await store.resolve(parseImageRef(`team/app@${built.manifest.digest}`))).tag, "1.0");

  const puller = new ImagePuller(store, join(work, "cache-1"));
  const [a, b] = await Promise.all([puller.pull("team/app:1.0", "IfNotPresent"), puller.pull("team/app:1.0", "IfNotPresent")]);
  t.is(a.rootDir, b.rootDir);
  t.is(await readFile(join(a.rootDir, "lib", "util.mjs"), "utf8"), "util");
  t.deepEqual(a.manifest.env, { MODE: "test" });
  await t.throwsAsync(puller.pull("team/missing:1.0", "IfNotPresent"), { instanceOf: ImageNotFoundError, message: /troupe image build/ });
  await t.throwsAsync(new ImagePuller(store, join(work, "cache-2")).pull("team/app:1.0", "Never"), { instanceOf: ImageNotPresentError });
});

test("an archive whose bytes do not match its digest is refused", async (t) => {
  const store = await ImageStore.open(nc);
  const dir = await imageDir("tampered", { Troupefile: '{"entrypoint": ["true"]}' });
  const built = await buildImage(dir, "tampered:1");
  const other = await buildImage(await imageDir("other", { Troupefile: '{"entrypoint": ["false"]}' }), "other:1");
  await store.push({ ...built.manifest, digest: other.manifest.digest }, other.archive);
  await store.push(built.manifest, other.archive);
  const puller = new ImagePuller(store, join(work, "cache-3"));
  await t.throwsAsync(puller.pull("tampered:1", "Always"), { instanceOf: DigestMismatchError });
});
