// Generates proto/gen/ with protobufjs:
//   troupe.js + troupe.d.ts  static codecs and TypeScript types (proto/troupe/v1/*.proto)
//   troupe.json              the schema descriptor the JSON/YAML converter walks, with the
//                            proto comments (the OpenAPI documents' descriptions)
//   k8s.json                 Kubernetes' own wire schema (proto/k8s/*.proto), which kube-api walks to
//                            decode the protobuf bodies kubectl and Helm send
// `--check` regenerates into a temporary folder and fails when proto/gen/ is stale.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join } from "node:path";
import protobuf from "protobufjs";

const root = join(import.meta.dirname, "..");
const protoRoot = join(root, "proto");
function protoFiles(...folder: string[]): string[] {
  return readdirSync(join(protoRoot, ...folder))
    .filter((file) => file.endsWith(".proto"))
    .sort()
    .map((file) => join(protoRoot, ...folder, file));
}
const sources = protoFiles("troupe", "v1");
const k8sSources = protoFiles("k8s");
const pbjs = join(root, "node_modules", ".bin", "pbjs");
const check = process.argv.includes("--check");
const outDir = check ? mkdtempSync(join(tmpdir(), "troupe-proto-")) : join(protoRoot, "gen");
const common = ["--keep-case", "-p", protoRoot];

function run(args: string[], files = sources): void {
  execFileSync(pbjs, [...common, ...args, ...files], { cwd: protoRoot, stdio: ["ignore", "inherit", "inherit"] });
}

const staticModule = [
  "-t", "static-module", "-w", "esm", "--es6", "--force-number", "--null-semantics",
  "--no-verify", "--no-convert", "--no-delimited", "--no-service", "--no-typeurl", "--no-beautify",
];
// pbjs derives the .d.ts from the JSDoc of the code it generates, so one pass keeps the comments
// for the types; the code services load comes from a second pass without them (half the size).
const typesDir = mkdtempSync(join(tmpdir(), "troupe-proto-types-"));
run([...staticModule, "-d", "-o", join(typesDir, "troupe.js")]);
renameSync(join(typesDir, "troupe.d.ts"), join(outDir, "troupe.d.ts"));
rmSync(typesDir, { recursive: true, force: true });
run([...staticModule, "--no-comments", "-o", join(outDir, "troupe.js")]);
run(["-t", "json", "-o", join(outDir, "k8s.json")], k8sSources);
// pbjs' json target drops comments; protobufjs itself keeps the plain `//` comments above each
// message and field when parsing in the alternate comment mode.
const withoutEmptyComments = (key: string, value: unknown): unknown => (key === "comment" && value === null ? undefined : value);
const schemaRoot = new protobuf.Root();
schemaRoot.resolvePath = (_origin, target) => (isAbsolute(target) ? target : join(protoRoot, target));
schemaRoot.loadSync(sources, { keepCase: true, alternateCommentMode: true }).resolveAll();
writeFileSync(join(outDir, "troupe.json"), JSON.stringify(schemaRoot.toJSON({ keepComments: true }), withoutEmptyComments, 2));

if (check) {
  const stale = ["troupe.js", "troupe.d.ts", "troupe.json", "k8s.json"].filter(
    (file) => readFileSync(join(outDir, file), "utf8") !== readFileSync(join(protoRoot, "gen", file), "utf8"),
  );
  rmSync(outDir, { recursive: true, force: true });
  if (stale.length > 0) {
    console.error(`proto/gen is stale (${stale.join(", ")}): run \`npm run proto\` and commit the result`);
    process.exit(1);
  }
  console.log("proto/gen is up to date");
}
