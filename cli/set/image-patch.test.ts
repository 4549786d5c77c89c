import test from "ava";
import { SetImageError, imageChanges, imagePatch, parseImageArgs } from "./image-patch.ts";

test("set image patches the named containers of a pod template, merged by name", (t) => {
  const changes = imageChanges([{ name: "web" }, { name: "side" }], [{ name: "init" }], parseImageArgs(["web=web:2"]));
  t.deepEqual(imagePatch(["spec", "template", "spec"], changes), { spec: { template: { spec: { containers: [{ name: "web", image: "web:2" }] } } } });
});

test("set image *= changes every container and init container", (t) => {
  const changes = imageChanges([{ name: "web" }, { name: "side" }], [{ name: "init" }], parseImageArgs(["*=x:1"]));
  t.deepEqual(imagePatch(["spec"], changes), { spec: { containers: [{ name: "web", image: "x:1" }, { name: "side", image: "x:1" }], initContainers: [{ name: "init", image: "x:1" }] } });
});

test("set image refuses an unknown container and arguments that are not CONTAINER=IMAGE", (t) => {
  t.throws(() => imageChanges([{ name: "web" }], [], parseImageArgs(["nope=x:1"])), { instanceOf: SetImageError, message: 'unable to find container named "nope"' });
  t.throws(() => parseImageArgs(["web"]), { message: '"web" is not CONTAINER=IMAGE' });
  t.throws(() => parseImageArgs([]), { instanceOf: SetImageError });
});
