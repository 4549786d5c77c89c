// NATS subject matching for store keys: `*` matches one token, `>` the rest.

export function keyMatches(filter: string, key: string): boolean {
  const filterTokens = filter.split(".");
  const keyTokens = key.split(".");
  for (let i = 0; i < filterTokens.length; i++) {
    const token = filterTokens[i];
    if (token === ">") return keyTokens.length > i;
    if (i >= keyTokens.length) return false;
    if (token !== "*" && token !== keyTokens[i]) return false;
  }
  return filterTokens.length === keyTokens.length;
}
