import test from "ava";
import type { Pod } from "./container-spec.ts";
import { laterPod } from "./pod-version.ts";

const at = (resourceVersion: string | undefined, deletionTimestamp?: string): Pod => ({ metadata: { name: "web", namespace: "default", uid: "u1", resourceVersion, deletionTimestamp } });

test("a status write's reply older than the informer's copy does not replace it (the deletion stays seen)", (t) => {
  const deleted = at("9", "2026-01-01T00:00:00Z");
  t.is(laterPod(deleted, at("8")), deleted);
});

test("a status write's reply newer than the copy held replaces it", (t) => {
  const reply = at("8");
  t.is(laterPod(at("6"), reply), reply);
  t.is(laterPod(at("8"), reply), reply);
});

test("a copy without a readable resourceVersion gives way to the reply", (t) => {
  const reply = at("3");
  t.is(laterPod(at(undefined), reply), reply);
  t.is(laterPod(at("x"), reply), reply);
});
