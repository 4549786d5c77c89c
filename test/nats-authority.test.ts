// Operator-mode nats-server with the cluster's authority: a minted user publishes API requests
// only under its own identity token, and the server refuses a client without credentials.
import test from "ava";
import { connect, credsAuthenticator } from "@nats-io/transport-node";
import { createNatsAuthority, natsServerAuthConfig } from "../runtime/auth/nats-authority.ts";
import { identityTokenOfCreds, mintUserCredentials } from "../runtime/auth/nats-user-credentials.ts";
import { authenticatedUser, INSECURE_ADMIN } from "../runtime/auth/user-info.ts";
import { startNatsServer } from "../runtime/nats-server.ts";
import { apiIdentitySubject } from "../runtime/subjects.ts";

test("minted users are bound to their identity token by the NATS server", async (t) => {
  const seeds = createNatsAuthority();
  const admin = await mintUserCredentials(seeds, INSECURE_ADMIN, { pub: { allow: [">"] }, sub: { allow: [">"] } });
  const server = await startNatsServer({ extraConfig: await natsServerAuthConfig(seeds), probeConnectOptions: { authenticator: credsAuthenticator(admin.creds) } });
  t.teardown(() => server.destroy());
  const adminNc = await connect({ servers: server.url, authenticator: credsAuthenticator(admin.creds) });
  t.teardown(() => adminNc.close());
  adminNc.subscribe("troupe.api.v1.as.*.get", { callback: (_e, m) => { m.respond(m.subject); } });
  await adminNc.flush();

  const jane = await mintUserCredentials(seeds, authenticatedUser("jane", ["dev"]), { sub: { allow: ["_INBOX.>"] } }, { expiresAt: new Date(Date.now() + 3_600_000) });
  t.is(await identityTokenOfCreds(jane.creds), jane.identityToken);
  const janeNc = await connect({ servers: server.url, authenticator: credsAuthenticator(jane.creds) });
  t.teardown(() => janeNc.close());
  t.is((await janeNc.request(apiIdentitySubject(jane.identityToken, "get"), "", { timeout: 2000 })).string(), apiIdentitySubject(jane.identityToken, "get"));
  await t.throwsAsync(janeNc.request(apiIdentitySubject(admin.identityToken, "get"), "", { timeout: 2000 }), { message: /Permissions Violation for Publish/ });
  await t.throwsAsync(janeNc.request("$KV.troupe-state.pods.default.x", "", { timeout: 2000 }), { message: /Permissions Violation for Publish/ });
  await t.throwsAsync(connect({ servers: server.url, reconnect: false }), { message: /Authorization Violation/ });
});
