import test from "ava";
import { extractionTarget, parsePodPath } from "./copy-paths.ts";

test("cp arguments name the pod as POD:PATH or NAMESPACE/POD:PATH; other paths are local", (t) => {
  t.deepEqual(parsePodPath("web:/tmp/a"), { namespace: undefined, pod: "web", path: "/tmp/a" });
  t.deepEqual(parsePodPath("shop/web:/tmp/a"), { namespace: "shop", pod: "web", path: "/tmp/a" });
  t.is(parsePodPath("./a:b"), undefined);
  t.is(parsePodPath("/tmp/a"), undefined);
  t.is(parsePodPath("local-dir"), undefined);
});

test("archive entries land under the destination, renamed from the copied name", (t) => {
  t.is(extractionTarget("/out/data", "src", "src"), "/out/data");
  t.is(extractionTarget("/out/data", "src", "src/a/b.txt"), "/out/data/a/b.txt");
  t.is(extractionTarget("/out/data", "src", "./src/c"), "/out/data/c");
});

test("entries that would escape the destination are skipped", (t) => {
  t.is(extractionTarget("/out/data", "src", "src/../../etc/passwd"), undefined);
  t.is(extractionTarget("/out/data", "src", "../src/x"), undefined);
  t.is(extractionTarget("/out/data", "src", "/etc/passwd"), undefined);
  t.is(extractionTarget("/out/data", "src", "other/x"), undefined);
  t.is(extractionTarget("/out/data", "src", "src/a/../../../x"), undefined);
});
