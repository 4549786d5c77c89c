// The cron syntax Kubernetes' CronJob accepts (robfig/cron's standard parser): five fields
// (minute hour day-of-month month day-of-week) with `*`, `?`, ranges, steps, lists and month/day
// names, or a macro. Messages are worded as robfig's, which Kubernetes quotes in its validation.
import { wallClock, type WallClock } from "./time-zone.ts";

export class CronSyntaxError extends Error {
  override readonly name = "CronSyntaxError";
  readonly code = "CronSyntax";
}

interface Bounds {
  min: number;
  max: number;
  names?: Readonly<Record<string, number>>;
}

const MONTH_NAMES = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const DAY_NAMES = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

const FIELDS: readonly Bounds[] = [
  { min: 0, max: 59 },
  { min: 0, max: 23 },
  { min: 1, max: 31 },
  { min: 1, max: 12, names: MONTH_NAMES },
  { min: 0, max: 6, names: DAY_NAMES },
];

const MACROS: Readonly<Record<string, string>> = {
  "@yearly": "0 0 1 1 *",
  "@annually": "0 0 1 1 *",
  "@monthly": "0 0 1 * *",
  "@weekly": "0 0 * * 0",
  "@daily": "0 0 * * *",
  "@midnight": "0 0 * * *",
  "@hourly": "0 * * * *",
};

interface Field {
  values: ReadonlySet<number>;
  /** Written as `*` or `?`: day-of-month and day-of-week then combine with AND, else with OR. */
  star: boolean;
}

const MINUTE_MS = 60_000;
/** Searching further than this finds no time (e.g. "0 0 30 2 *"). */
const SEARCH_YEARS = 5;

export class CronSchedule {
  readonly expression: string;
  readonly #fields: readonly Field[];

  private constructor(expression: string, fields: readonly Field[]) {
    this.expression = expression;
    this.#fields = fields;
  }

  static parse(expression: string): CronSchedule {
    const trimmed = expression.trim();
    if (trimmed.startsWith("@")) {
      const macro = MACROS[trimmed.toLowerCase()];
      if (!macro) throw new CronSyntaxError(`unrecognized descriptor: ${trimmed}`);
      return new CronSchedule(expression, parseFields(macro));
    }
    return new CronSchedule(expression, parseFields(trimmed));
  }

  /** The first scheduled time strictly after `after`, read in `timeZone` (UTC when unset), or undefined. */
  next(after: Date, timeZone = "UTC"): Date | undefined {
    const [minutes, hours, , months] = this.#fields;
    // The search runs on the zone's wall clock written as if it were UTC, then maps back.
    let wall = Math.floor(wallMs(wallClock(after, timeZone)) / MINUTE_MS) * MINUTE_MS + MINUTE_MS;
    const limit = wall + SEARCH_YEARS * 366 * 24 * 60 * MINUTE_MS;
    while (wall <= limit) {
      const date = new Date(wall);
      if (!months!.values.has(date.getUTCMonth() + 1)) {
        wall = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
      } else if (!this.#dayMatches(date)) {
        wall = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + 1);
      } else if (!hours!.values.has(date.getUTCHours())) {
        wall = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), date.getUTCHours() + 1);
      } else if (!minutes!.values.has(date.getUTCMinutes())) {
        wall += MINUTE_MS;
      } else {
        const instant = instantOf(wall, timeZone);
        // A wall time the zone skips (a DST gap) or one already passed (a repeated hour) is not a run.
        if (instant !== undefined && instant > after.getTime()) return new Date(instant);
        wall += MINUTE_MS;
      }
    }
    return undefined;
  }

  #dayMatches(date: Date): boolean {
    const days = this.#fields[2]!;
    const weekdays = this.#fields[4]!;
    const dayOfMonth = days.values.has(date.getUTCDate());
    const dayOfWeek = weekdays.values.has(date.getUTCDay());
    return days.star || weekdays.star ? dayOfMonth && dayOfWeek : dayOfMonth || dayOfWeek;
  }
}

function wallMs(wall: WallClock): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
}

/** The instant whose wall clock in `timeZone` reads `wall`, if the zone has such a time. */
function instantOf(wall: number, timeZone: string): number | undefined {
  let instant = wall;
  for (let i = 0; i < 3; i++) instant = wall - (wallMs(wallClock(new Date(instant), timeZone)) - instant);
  return wallMs(wallClock(new Date(instant), timeZone)) === wall ? instant : undefined;
}

function parseFields(expression: string): Field[] {
  if (expression.includes("TZ")) throw new CronSyntaxError("cannot use TZ or CRON_TZ in schedule, use timeZone field instead");
  const fields = expression.split(/\s+/).filter(Boolean);
  if (fields.length !== FIELDS.length) throw new CronSyntaxError(`expected exactly 5 fields, found ${fields.length}: [${fields.join(" ")}]`);
  return fields.map((field, index) => parseField(field, FIELDS[index]!));
}

function parseField(text: string, bounds: Bounds): Field {
  const values = new Set<number>();
  let star = false;
  for (const part of text.split(",")) {
    const range = parseRange(part, bounds);
    star ||= range.star;
    for (let value = range.start; value <= range.end; value += range.step) values.add(value);
  }
  return { values, star };
}

function parseRange(text: string, bounds: Bounds): { start: number; end: number; step: number; star: boolean } {
  const [rangeText, stepText, ...extraSlashes] = text.split("/");
  if (extraSlashes.length > 0) throw new CronSyntaxError(`too many slashes: ${text}`);
  const [low, high, ...extraHyphens] = rangeText!.split("-");
  if (extraHyphens.length > 0) throw new CronSyntaxError(`too many hyphens: ${text}`);
  let start: number;
  let end: number;
  const star = low === "*" || low === "?";
  if (star) {
    if (high !== undefined) throw new CronSyntaxError(`too many hyphens: ${text}`);
    start = bounds.min;
    end = bounds.max;
  } else {
    start = parseValue(low!, bounds);
    end = high === undefined ? start : parseValue(high, bounds);
  }
  let step = 1;
  if (stepText !== undefined) {
    step = parseNumber(stepText);
    if (step <= 0) throw new CronSyntaxError(`step of range should be a positive number: ${text}`);
    // "5/10" means from 5 to the end in steps of 10.
    if (high === undefined && !star) end = bounds.max;
  }
  if (start < bounds.min) throw new CronSyntaxError(`beginning of range (${start}) below minimum (${bounds.min}): ${text}`);
  if (end > bounds.max) throw new CronSyntaxError(`end of range (${end}) above maximum (${bounds.max}): ${text}`);
  if (start > end) throw new CronSyntaxError(`beginning of range (${start}) beyond end of range (${end}): ${text}`);
  return { start, end, step, star: star && stepText === undefined };
}

function parseValue(text: string, bounds: Bounds): number {
  const named = bounds.names?.[text.toLowerCase()];
  return named ?? parseNumber(text);
}

function parseNumber(text: string): number {
  if (!/^\d+$/.test(text)) throw new CronSyntaxError(`failed to parse int from ${text}: strconv.Atoi: parsing "${text}": invalid syntax`);
  return Number(text);
}
