import test from "ava";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { encodeIdentityToken } from "../auth/identity-token.ts";
import { serviceAccountUser } from "../auth/user-info.ts";
import { identityTokenOfJwt, serviceAccountTokenFile } from "./service-account.ts";

const jwtWith = (allow: string[]) => `e30.${Buffer.from(JSON.stringify({ nats: { pub: { allow } } })).toString("base64url")}.sig`;

test("a pod token's identity is the one its API permission names", (t) => {
  const identity = encodeIdentityToken(serviceAccountUser("shop", "orders"));
  t.is(identityTokenOfJwt(jwtWith(["troupe.mesh.shop.*.*.x", `troupe.api.v1.as.${identity}.>`])), identity);
  t.throws(() => identityTokenOfJwt(jwtWith(["troupe.mesh.>"]), "/t"), { message: "ServiceAccount token /t: grants no API identity (troupe.api.v1.as.<token>.>)" });
  t.throws(() => identityTokenOfJwt("garbage", "/t"), { message: "ServiceAccount token /t: is not a JWT" });
});

test("the standard path is used only when it holds a Troupe token, not Kubernetes' own", async (t) => {
  const dir = await mkdtemp(join(tmpdir(), "troupe-sa-path-"));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const path = join(dir, "token");
  t.is(serviceAccountTokenFile("/named"), "/named");
  t.is(serviceAccountTokenFile(undefined, path), undefined);
  await writeFile(path, jwtWith(["system:serviceaccount:default:x"]));
  t.is(serviceAccountTokenFile(undefined, path), undefined);
  await writeFile(path, jwtWith([`troupe.api.v1.as.${encodeIdentityToken(serviceAccountUser("a", "b"))}.>`]));
  t.is(serviceAccountTokenFile(undefined, path), path);
});
