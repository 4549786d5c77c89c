import test from "ava";
import { checkNamespace, checkTopic, parseCallTarget } from "./names.ts";

test("a call target without a namespace uses the default one", (t) => {
  t.deepEqual(parseCallTarget("orders.create", "default"), { service: "orders", method: "create", namespace: "default" });
});

test("a call target may name another namespace after @", (t) => {
  t.deepEqual(parseCallTarget("orders.create@shop", "default"), { service: "orders", method: "create", namespace: "shop" });
});

test("call targets that would not be one subject token each are refused with the rule", (t) => {
  t.throws(() => parseCallTarget("orders", "default"), { message: /service\.method/ });
  t.throws(() => parseCallTarget("orders.create.now", "default"), { message: /invalid mesh method "create.now"/ });
  t.throws(() => parseCallTarget("orders.*", "default"), { code: "INVALID_MESH_NAME" } as never);
  t.throws(() => parseCallTarget("orders.create@", "default"), { message: /namespace ""/ });
});

test("namespaces that collide with the event subjects are reserved", (t) => {
  t.throws(() => checkNamespace("events"), { message: /reserved/ });
  t.throws(() => checkNamespace("durable"), { message: /reserved/ });
  t.is(checkNamespace("shop"), "shop");
});

test("topics are dot-separated tokens without wildcards", (t) => {
  t.is(checkTopic("order.created"), "order.created");
  t.throws(() => checkTopic("order.>"));
  t.throws(() => checkTopic("order..created"));
  t.throws(() => checkTopic(""));
});
