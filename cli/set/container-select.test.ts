import test from "ava";
import { ContainerNotFoundError, podSpecPatch, selectContainers } from "./container-select.ts";

const containers = [{ name: "web" }, { name: "web-side" }, { name: "db" }];

test("containers are selected by name or * glob over containers and init containers", (t) => {
  t.deepEqual(selectContainers(containers, [{ name: "init" }], "*"), { containers, initContainers: [{ name: "init" }] });
  t.deepEqual(selectContainers(containers, [{ name: "init" }], "web*"), { containers: [{ name: "web" }, { name: "web-side" }], initContainers: [] });
  t.deepEqual(selectContainers(containers, [{ name: "init" }], "init"), { containers: [], initContainers: [{ name: "init" }] });
  t.deepEqual(selectContainers([{ name: "a.b" }, { name: "axb" }], [], "a.b").containers, [{ name: "a.b" }]);
});

test("an unknown container is named in the error", (t) => {
  t.throws(() => selectContainers(containers, [], "nope"), { instanceOf: ContainerNotFoundError, message: 'unable to find container named "nope"' });
});

test("the pod spec patch sits at the pod template's path and leaves out empty lists", (t) => {
  t.deepEqual(podSpecPatch(["spec", "template", "spec"], [{ name: "web", env: [] }], []), { spec: { template: { spec: { containers: [{ name: "web", env: [] }] } } } });
});
