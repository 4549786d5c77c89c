import test from "ava";
import { createAccount } from "@nats-io/nkeys";
import { createNatsAuthority, keyPair } from "../../../runtime/auth/nats-authority.ts";
import { mintUserCredentials } from "../../../runtime/auth/nats-user-credentials.ts";
import { serviceAccountUser } from "../../../runtime/auth/user-info.ts";
import { verifyBearerToken } from "./bearer-token.ts";

const seeds = createNatsAuthority();
const issuer = keyPair(seeds.signingKey).getPublicKey();
const user = serviceAccountUser("shop", "web", { name: "web-1", uid: "u-1" });

async function token(options: { expiresAt?: Date; notBefore?: Date } = {}, signing = seeds): Promise<string> {
  return (await mintUserCredentials(signing, user, {}, { bearer: true, expiresAt: options.expiresAt ?? new Date(Date.now() + 3_600_000), ...options })).jwt;
}

test("a bearer JWT from the trusted signing key names its identity", async (t) => {
  const verdict = verifyBearerToken(await token(), [issuer]);
  if (!verdict.ok) return t.fail(verdict.reason);
  t.is(verdict.user.username, "system:serviceaccount:shop:web");
  t.deepEqual(verdict.user.extra?.["authentication.kubernetes.io/pod-name"], ["web-1"]);
  t.truthy(verdict.expiresAt);
});

test("a token from another authority, an expired one, one not valid yet and a tampered one are refused", async (t) => {
  const other = { ...createNatsAuthority() };
  t.like(verifyBearerToken(await token({}, other), [issuer]), { ok: false, reason: "issued by an unknown key" });
  t.like(verifyBearerToken(await token({ expiresAt: new Date(Date.now() - 1000) }), [issuer]), { ok: false, reason: "token has expired" });
  t.like(verifyBearerToken(await token({ notBefore: new Date(Date.now() + 600_000) }), [issuer]), { ok: false, reason: "token is not valid yet" });
  const [header, payload, signature] = (await token()).split(".");
  const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  claims.name = "system:admin";
  const forged = `${header}.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.${signature}`;
  t.like(verifyBearerToken(forged, [issuer]), { ok: false, reason: "bad signature" });
  t.like(verifyBearerToken("not-a-jwt", [issuer]), { ok: false, reason: "not a JWT" });
  t.like(verifyBearerToken("a.b.c", [issuer]), { ok: false, reason: "not a JWT" });
  t.like(verifyBearerToken(await token(), [createAccount().getPublicKey()]), { ok: false });
});
