import test from "ava";
import { encodeIdentityToken } from "../auth/identity-token.ts";
import { authenticatedUser, serviceAccountUser } from "../auth/user-info.ts";
import { callerOf, isAllowedCaller } from "./callers.ts";

test("a caller token names the ServiceAccount and the pod its token is bound to", (t) => {
  const caller = callerOf(encodeIdentityToken(serviceAccountUser("shop", "gateway", { name: "gateway-1", uid: "u" })));
  t.like(caller, { username: "system:serviceaccount:shop:gateway", serviceAccount: { namespace: "shop", name: "gateway" }, pod: "gateway-1" });
  t.is(callerOf(undefined), undefined);
  t.is(callerOf("not!a!token"), undefined);
});

test("allowedCallers names ServiceAccounts of the service's namespace by name, others as namespace:name", (t) => {
  const gateway = callerOf(encodeIdentityToken(serviceAccountUser("shop", "gateway")));
  t.true(isAllowedCaller(gateway, ["gateway"], "shop"));
  t.false(isAllowedCaller(gateway, ["gateway"], "other"));
  t.true(isAllowedCaller(gateway, ["shop:gateway"], "other"));
  t.false(isAllowedCaller(callerOf(encodeIdentityToken(authenticatedUser("jane"))), ["gateway", "jane"], "shop"), "a user is not a ServiceAccount");
  t.false(isAllowedCaller(undefined, ["gateway"], "shop"));
});
