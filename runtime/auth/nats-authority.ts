// The cluster's NATS authority (decentralized JWT auth, which nats-server 2.9 has): an operator,
// the TROUPE account every Troupe client lives in (JetStream enabled), a signing key of that
// account that issues user JWTs, and the system account. Whoever holds the signing key's seed
// mints users: `troupe up`'s supervisor and the API (ServiceAccount tokens). The server needs no
// reload to accept a new user: it checks the user JWT's signature against the account it preloads.
import { encodeAccount, encodeOperator } from "@nats-io/jwt";
import { createAccount, createOperator, fromSeed, type KeyPair } from "@nats-io/nkeys";

/** Seeds only: everything else is derived. Kept in a 0600 file by whoever owns the cluster. */
export interface NatsAuthoritySeeds {
  operator: string;
  account: string;
  signingKey: string;
  systemAccount: string;
}

export const TROUPE_ACCOUNT_NAME = "TROUPE";
export const SYSTEM_ACCOUNT_NAME = "SYS";

export function createNatsAuthority(): NatsAuthoritySeeds {
  const seed = (kp: KeyPair) => new TextDecoder().decode(kp.getSeed());
  return { operator: seed(createOperator()), account: seed(createAccount()), signingKey: seed(createAccount()), systemAccount: seed(createAccount()) };
}

export function keyPair(seed: string): KeyPair {
  return fromSeed(new TextEncoder().encode(seed));
}

export function isNatsAuthoritySeeds(value: unknown): value is NatsAuthoritySeeds {
  const v = value as Partial<Record<keyof NatsAuthoritySeeds, unknown>> | null;
  return !!v && (["operator", "account", "signingKey", "systemAccount"] as const).every((k) => typeof v[k] === "string" && (v[k] as string).startsWith("S"));
}

const UNLIMITED_ACCOUNT = {
  subs: -1, conn: -1, leaf: -1, imports: -1, exports: -1, data: -1, payload: -1, wildcards: true,
  mem_storage: -1, disk_storage: -1, streams: -1, consumer: -1,
};

/** The nats-server configuration lines of operator mode with the accounts preloaded (MEMORY resolver). */
export async function natsServerAuthConfig(seeds: NatsAuthoritySeeds): Promise<string> {
  const operator = keyPair(seeds.operator);
  const account = keyPair(seeds.account);
  const system = keyPair(seeds.systemAccount);
  const signingKey = keyPair(seeds.signingKey);
  const operatorJwt = await encodeOperator("troupe", operator, { system_account: system.getPublicKey() });
  const accountJwt = await encodeAccount(TROUPE_ACCOUNT_NAME, account, { limits: UNLIMITED_ACCOUNT as never, signing_keys: [signingKey.getPublicKey()] }, { signer: operator });
  const systemJwt = await encodeAccount(SYSTEM_ACCOUNT_NAME, system, {}, { signer: operator });
  return [
    `operator: ${operatorJwt}`,
    `system_account: ${system.getPublicKey()}`,
    "resolver: MEMORY",
    "resolver_preload: {",
    `  ${account.getPublicKey()}: ${accountJwt}`,
    `  ${system.getPublicKey()}: ${systemJwt}`,
    "}",
    "",
  ].join("\n");
}
