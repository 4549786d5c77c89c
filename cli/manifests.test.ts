import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import test from "ava";
import { ManifestError } from "./errors.ts";
import { loadManifests, manifestFiles, parseManifests } from "./manifests.ts";

const DEPLOYMENT = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n";
const SERVICE = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n";
const noStdin = () => Promise.reject(new Error("stdin not expected"));

test("a multi-document YAML file yields each object with the line its document starts on", (t) => {
  const manifests = parseManifests(`---\n${DEPLOYMENT}---\n# the service\n${SERVICE}---\n`, "app.yaml");
  t.deepEqual(
    manifests.map((manifest) => [manifest.object.kind, manifest.file, manifest.line]),
    [
      ["Deployment", "app.yaml", 2],
      ["Service", "app.yaml", 8],
    ],
  );
});

test("JSON objects and List wrappers are read, Lists flattened into their items", (t) => {
  t.is(parseManifests(JSON.stringify({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "c" } }), "c.json")[0].object.kind, "ConfigMap");
  const list = { apiVersion: "v1", kind: "List", items: [{ apiVersion: "v1", kind: "Service", metadata: { name: "a" } }, { apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "b" } }] };
  t.deepEqual(
    parseManifests(JSON.stringify(list), "list.json").map((manifest) => manifest.object.metadata?.name),
    ["a", "b"],
  );
});

test("values are read as YAML 1.1, like Kubernetes: octal modes, yes/on booleans, dates kept as text", (t) => {
  const [{ object }] = parseManifests("apiVersion: v1\nkind: ConfigMap\nmode: 0644\nflag: yes\nenabled: on\ndate: 2024-01-01\nquoted: '0644'\n", "x.yaml");
  t.is(object.mode, 420);
  t.is(object.flag, true);
  t.is(object.enabled, true);
  t.is(object.date, "2024-01-01");
  t.is(object.quoted, "0644");
});

test("a YAML syntax error names the file, line and column", (t) => {
  const error = t.throws(() => parseManifests(`${DEPLOYMENT}spec:\n  replicas: [1, 2\n`, "bad.yaml"), { instanceOf: ManifestError });
  t.regex(error.message, /^bad\.yaml:\d+:\d+: /);
  t.is(error.source.split(":")[0], "bad.yaml");
});

test("a duplicate key is an error with its line", (t) => {
  const error = t.throws(() => parseManifests("apiVersion: v1\nkind: Pod\nkind: Service\n", "dup.yaml"), { instanceOf: ManifestError });
  t.regex(error.message, /^dup\.yaml:3:1: .*unique/i);
});

test("a document that is not an object, or lacks apiVersion or kind, is rejected with its location", (t) => {
  t.regex(t.throws(() => parseManifests("just text\n", "t.yaml"))?.message ?? "", /^t\.yaml:1: expected a Kubernetes object .* got a string/);
  t.regex(t.throws(() => parseManifests(`${DEPLOYMENT}---\nmetadata:\n  name: x\n`, "m.yaml"))?.message ?? "", /^m\.yaml:6: object has no "apiVersion" and "kind"/);
});

test("empty documents and comment-only files yield nothing", (t) => {
  t.deepEqual(parseManifests("---\n# nothing\n---\n", "empty.yaml"), []);
});

test("a directory gives its manifest files in name order, sub-directories only when recursive", async (t) => {
  const dir = await mkdtemp(join(tmpdir(), "troupe-manifests-"));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  await mkdir(join(dir, "nested"));
  await writeFile(join(dir, "b.yml"), SERVICE);
  await writeFile(join(dir, "a.yaml"), DEPLOYMENT);
  await writeFile(join(dir, "c.json"), JSON.stringify({ apiVersion: "v1", kind: "Namespace", metadata: { name: "n" } }));
  await writeFile(join(dir, "README.md"), "# not a manifest\n");
  await writeFile(join(dir, "nested", "d.yaml"), SERVICE);
  t.deepEqual(await manifestFiles(dir, false), ["a.yaml", "b.yml", "c.json"].map((name) => join(dir, name)));
  t.deepEqual(await manifestFiles(dir, true), [...["a.yaml", "b.yml", "c.json"].map((name) => join(dir, name)), join(dir, "nested", "d.yaml")]);
  const manifests = await loadManifests([dir], { recursive: true, readStdin: noStdin });
  t.deepEqual(manifests.map((manifest) => manifest.object.kind), ["Deployment", "Service", "Namespace", "Service"]);
});

test("- reads manifests from stdin, named STDIN", async (t) => {
  const manifests = await loadManifests(["-"], { recursive: false, readStdin: async () => `${DEPLOYMENT}---\n${SERVICE}` });
  t.deepEqual(manifests.map((manifest) => [manifest.file, manifest.object.kind]), [["STDIN", "Deployment"], ["STDIN", "Service"]]);
});

test("a path that does not exist is a clear error", async (t) => {
  const error = await t.throwsAsync(loadManifests(["/nonexistent/app.yaml"], { recursive: false, readStdin: noStdin }), { instanceOf: ManifestError });
  t.is(error.message, "/nonexistent/app.yaml: no such file or directory");
});
