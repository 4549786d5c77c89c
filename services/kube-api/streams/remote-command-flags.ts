// The query of an exec or attach request: stdin, stdout, stderr, tty (and exec's command, container).
export interface RemoteCommandFlags {
  stdin: boolean;
  stdout: boolean;
  stderr: boolean;
  tty: boolean;
}

export function remoteCommandFlags(query: URLSearchParams): RemoteCommandFlags {
  // A tty merges stderr into stdout: kubectl asks for no stderr then.
  return { stdin: flag(query, "stdin"), stdout: flag(query, "stdout", true), stderr: flag(query, "stderr", true), tty: flag(query, "tty") };
}

function flag(query: URLSearchParams, name: string, fallback = false): boolean {
  const value = query.get(name);
  if (value === null) return fallback;
  return value === "true" || value === "1";
}
