import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import test from "ava";
import { ensureClusterPki } from "./cluster-pki.ts";
import { troupeHome } from "./home.ts";
import { dueForRenewal, listNatsCertificates, nextRenewalCheckMs, rotateNatsCertificates, startCertificateRenewer, UnknownCertificateError } from "./nats-cert-rotation.ts";
import { clusterRoleCredentials } from "./nats-credentials.ts";
import { ensureNatsCertificates, natsCertificateFiles, natsCertificateSpecs, renewalDue } from "./nats-tls.ts";

const at = (iso: string) => new Date(iso);

test("renewal is due at two thirds of a certificate's lifetime", (t) => {
  const validity = { notBefore: at("2026-01-01T00:00:00Z"), notAfter: at("2026-01-31T00:00:00Z") };
  t.false(renewalDue(validity, at("2026-01-20T23:59:00Z")));
  t.true(renewalDue(validity, at("2026-01-21T00:00:00Z")));
  const status = { name: "x", commonName: "x", issuedByCa: true, ...validity };
  t.deepEqual(dueForRenewal([status, { ...status, name: "foreign", issuedByCa: false }], at("2026-01-02T00:00:00Z")), ["foreign"]);
  t.is(nextRenewalCheckMs([status], at("2026-01-21T00:00:00Z")), 1000, "overdue: soon, not in a busy loop");
  t.is(nextRenewalCheckMs([status], at("2026-01-01T00:00:00Z")), 3_600_000, "far off: look again within the hour");
  t.is(nextRenewalCheckMs([], at("2026-01-01T00:00:00Z")), 3_600_000);
});

test("rotation issues the named certificates again with the same subject from the same CA, and refuses unknown names", async (t) => {
  const dir = await mkdtemp(join(tmpdir(), "troupe-rotate-"));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const home = troupeHome({ TROUPE_HOME: dir });
  const { ca } = await ensureClusterPki(home, "troupe");
  const specs = natsCertificateSpecs(clusterRoleCredentials(1));
  t.is((await ensureNatsCertificates(home, ca, specs)).length, specs.length);
  t.deepEqual(await ensureNatsCertificates(home, ca, specs), [], "nothing due: nothing issued");
  const before = await readFile(natsCertificateFiles(home, "kubelet-node-1").certFile, "utf8");
  const listed = await listNatsCertificates(home, ca);
  const result = await rotateNatsCertificates(home, ca, ["kubelet-node-1", "server"]);
  t.deepEqual(result, { rotated: ["kubelet-node-1", "server"], serverRotated: true });
  t.not(await readFile(natsCertificateFiles(home, "kubelet-node-1").certFile, "utf8"), before);
  const after = await listNatsCertificates(home, ca);
  t.deepEqual(after.map((s) => [s.name, s.commonName, s.issuedByCa]), listed.map((s) => [s.name, s.commonName, s.issuedByCa]));
  t.is(after.find((s) => s.name === "kubelet-node-1")?.commonName, "system:node:node-1");
  await t.throwsAsync(rotateNatsCertificates(home, ca, ["nope"]), { instanceOf: UnknownCertificateError, message: /troupe certs list/ });
});

test("the renewer renews certificates at two thirds of their lifetime and needs no nats-server reload for client certificates", async (t) => {
  const dir = await mkdtemp(join(tmpdir(), "troupe-renew-"));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const home = troupeHome({ TROUPE_HOME: dir });
  const { ca } = await ensureClusterPki(home, "troupe");
  // Certificates start a minute in the past (clock skew): with 20 s ahead, the clients' renewal is
  // due at once, the server's (four times as long) in half a minute.
  await ensureNatsCertificates(home, ca, natsCertificateSpecs(clusterRoleCredentials(1)), new Date(), 20 / 86_400);
  let reloads = 0;
  const lines: string[] = [];
  const stop = startCertificateRenewer({ home, ca, days: 1, reload: async () => void reloads++, log: (line) => lines.push(line) });
  t.teardown(stop);
  const renewed = async () => (await listNatsCertificates(home, ca)).filter((s) => s.name !== "server").every((s) => s.notAfter.getTime() - Date.now() > 3_600_000);
  for (let i = 0; i < 100 && !(await renewed()); i++) await new Promise((resolve) => setTimeout(resolve, 100));
  t.true(await renewed());
  t.is(reloads, 0, "client certificates need no reload");
  t.regex(lines.join("\n"), /renewed NATS certificates before expiry: .*kubelet-node-1/);
});
