// The flooding client of the API flood test and benchmark, as its own process so that its
// sending and the replies it receives cost the measured processes nothing but the machine:
// `node test/helpers/flood-client.ts <nats url> <identity token> <namespace> <rate> <duration ms>`
// lists the namespace at that rate, open loop (each request sent on time, answered or not), on
// raw NATS requests (5 s timeout, no retries), and prints its counts as one JSON line.
import { connect } from "@nats-io/transport-node";
import { bindConnectionIdentity } from "../../runtime/auth/connection-identity.ts";
import { apiIdentitySubject } from "../../runtime/subjects.ts";

const [url, token, namespace, rateText, durationText] = process.argv.slice(2);
const rate = Number(rateText);
const durationMs = Number(durationText);
const nc = await connect({ servers: url });
bindConnectionIdentity(nc, token);
const subject = apiIdentitySubject(token, "list");
const body = new TextEncoder().encode(JSON.stringify({ resource: "configmaps", namespace }));
const result = { sent: 0, ok: 0, tooManyRequests: 0, failed: 0 };
const pending: Promise<void>[] = [];
const started = performance.now();
while (performance.now() - started < durationMs) {
  const due = Math.floor(((performance.now() - started) / 1000) * rate);
  for (; result.sent < due; result.sent++) {
    pending.push(nc.request(subject, body, { timeout: 5000 }).then((reply) => {
      const code = reply.headers?.get("Nats-Service-Error-Code");
      if (!code) result.ok++;
      else if (code === "429") result.tooManyRequests++;
      else result.failed++;
    }, () => void result.failed++));
  }
  await new Promise((resolve) => setTimeout(resolve, 5));
}
await Promise.all(pending);
await nc.close();
console.log(JSON.stringify(result));
