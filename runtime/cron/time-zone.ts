// IANA time zones through Intl: whether a name is one, and an instant's wall clock there.

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat("en-US", {
      timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric",
    });
    formatters.set(timeZone, found);
  }
  return found;
}

// Names only: Intl also takes offsets ("+01:00"), which Kubernetes' time.LoadLocation does not.
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

/** Why `timeZone` is not a time zone Kubernetes accepts, or undefined when it is one. */
export function timeZoneProblem(timeZone: string): string | undefined {
  if (timeZone.toLowerCase() === "local") return "timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones";
  if (!ZONE_NAME.test(timeZone)) return `unknown time zone ${timeZone}`;
  try {
    formatter(timeZone);
    return undefined;
  } catch {
    return `unknown time zone ${timeZone}`;
  }
}

export function wallClock(instant: Date, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(instant)) if (part.type !== "literal") parts[part.type] = Number(part.value);
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute! };
}

/** RFC 3339 with the zone's offset at that instant, as Go's time.Format(time.RFC3339) after In(zone). */
export function formatInZone(instant: Date, timeZone = "UTC"): string {
  const wall = wallClock(instant, timeZone);
  const seconds = instant.getUTCSeconds();
  const wallMs = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, seconds);
  const offsetMinutes = Math.round((wallMs - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
  const pad = (value: number, width = 2) => String(value).padStart(width, "0");
  const date = `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(seconds)}`;
  if (offsetMinutes === 0) return `${date}Z`;
  const sign = offsetMinutes < 0 ? "-" : "+";
  const absolute = Math.abs(offsetMinutes);
  return `${date}${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}
