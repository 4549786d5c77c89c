// Label selectors: the `-l` strings kubectl users write (`app=web,tier!=db,env in (a,b),!canary`)
// and the matchLabels/matchExpressions form of workload specs, both compiled to one matcher with
// Kubernetes' semantics (a NotIn or != requirement also matches objects without the label).
import { isQualifiedName, isValidLabelValue } from "../validation/names.ts";

export const SelectorOperators = {
  equals: "=",
  notEquals: "!=",
  in: "in",
  notIn: "notin",
  exists: "exists",
  doesNotExist: "!",
  greaterThan: "gt",
  lessThan: "lt",
} as const;
export type SelectorOperator = (typeof SelectorOperators)[keyof typeof SelectorOperators];

export interface LabelRequirement {
  key: string;
  operator: SelectorOperator;
  values: readonly string[];
}

export interface LabelSelector {
  matches(labels: Readonly<Record<string, string>> | null | undefined): boolean;
  /** Canonical form: requirements sorted by key, set values sorted. Parses back to the same selector. */
  toString(): string;
  /** True when the selector has no requirements and so matches every object. */
  readonly empty: boolean;
  readonly requirements: readonly LabelRequirement[];
}

export class SelectorParseError extends Error {
  override name = "SelectorParseError";
  readonly code = "INVALID_SELECTOR";
  readonly selector: string;
  /** Offset in `selector` where parsing stopped, when the problem is in the text. */
  readonly position: number | undefined;
  constructor(selector: string, problem: string, position?: number) {
    super(position === undefined ? `invalid label selector "${selector}": ${problem}` : `invalid label selector "${selector}" at position ${position}: ${problem}`);
    this.selector = selector;
    this.position = position;
  }
}

function checkRequirement(requirement: LabelRequirement): string | undefined {
  const { key, operator, values } = requirement;
  const keyProblems = isQualifiedName(key);
  if (keyProblems.length > 0) return `invalid label key "${key}": ${keyProblems.join("; ")}`;
  switch (operator) {
    case SelectorOperators.in:
    case SelectorOperators.notIn:
      if (values.length === 0) return "for 'in', 'notin' operators, values set can't be empty";
      break;
    case SelectorOperators.equals:
    case SelectorOperators.notEquals:
      if (values.length !== 1) return "exact-match compatibility requires one single value";
      break;
    case SelectorOperators.exists:
    case SelectorOperators.doesNotExist:
      if (values.length !== 0) return "values set must be empty for exists and does not exist";
      break;
    case SelectorOperators.greaterThan:
    case SelectorOperators.lessThan:
      if (values.length !== 1 || !/^-?[0-9]+$/.test(values[0])) return "for 'gt', 'lt' operators, the value must be an integer";
      return undefined;
  }
  for (const value of values) {
    const valueProblems = isValidLabelValue(value);
    if (valueProblems.length > 0) return `invalid label value "${value}": ${valueProblems.join("; ")}`;
  }
  return undefined;
}

function requirementMatches(requirement: LabelRequirement, labels: Readonly<Record<string, string>>): boolean {
  const present = Object.hasOwn(labels, requirement.key);
  const value = labels[requirement.key];
  switch (requirement.operator) {
    case SelectorOperators.equals:
    case SelectorOperators.in:
      return present && requirement.values.includes(value);
    case SelectorOperators.notEquals:
    case SelectorOperators.notIn:
      return !present || !requirement.values.includes(value);
    case SelectorOperators.exists:
      return present;
    case SelectorOperators.doesNotExist:
      return !present;
    case SelectorOperators.greaterThan:
    case SelectorOperators.lessThan: {
      if (!present || !/^-?[0-9]+$/.test(value)) return false;
      const difference = Number(value) - Number(requirement.values[0]);
      return requirement.operator === SelectorOperators.greaterThan ? difference > 0 : difference < 0;
    }
  }
}

function requirementString({ key, operator, values }: LabelRequirement): string {
  switch (operator) {
    case SelectorOperators.exists:
      return key;
    case SelectorOperators.doesNotExist:
      return `!${key}`;
    case SelectorOperators.in:
    case SelectorOperators.notIn:
      return `${key} ${operator} (${[...values].sort().join(",")})`;
    case SelectorOperators.greaterThan:
      return `${key}>${values[0]}`;
    case SelectorOperators.lessThan:
      return `${key}<${values[0]}`;
    default:
      return `${key}${operator}${values[0]}`;
  }
}

function selectorOf(requirements: LabelRequirement[]): LabelSelector {
  const sorted = [...requirements].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return {
    requirements: sorted,
    empty: sorted.length === 0,
    matches: (labels) => sorted.every((requirement) => requirementMatches(requirement, labels ?? {})),
    toString: () => sorted.map(requirementString).join(","),
  };
}

/** A nil selector in Kubernetes selects nothing (a workload without one owns no pods). */
const NOTHING: LabelSelector = { requirements: [], empty: false, matches: () => false, toString: () => "" };

// Tokens: punctuation, and words made of anything else (keys, values, `in`, `notin`).
const TOKEN = /\s*(==|!=|=|!|\(|\)|,|<|>|[^\s=!(),<>]+)/y;

interface Token {
  text: string;
  position: number;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(text);
    if (!match) {
      if (text.slice(start).trim() === "") break;
      throw new SelectorParseError(text, "unexpected character", start);
    }
    tokens.push({ text: match[1], position: match.index + match[0].length - match[1].length });
  }
  return tokens;
}

const PUNCTUATION = new Set(["==", "!=", "=", "!", "(", ")", ",", "<", ">"]);

class Parser {
  private index = 0;
  private readonly text: string;
  private readonly tokens: Token[];

  constructor(text: string) {
    this.text = text;
    this.tokens = tokenize(text);
  }

  parse(): LabelRequirement[] {
    const requirements: LabelRequirement[] = [];
    if (this.tokens.length === 0) return requirements;
    for (;;) {
      const start = this.peek()?.position ?? this.text.length;
      const requirement = this.requirement();
      const problem = checkRequirement(requirement);
      if (problem) throw new SelectorParseError(this.text, problem, start);
      requirements.push(requirement);
      const next = this.next();
      if (!next) return requirements;
      if (next.text !== ",") this.fail(next, "',' between requirements");
    }
  }

  private requirement(): LabelRequirement {
    if (this.peek()?.text === "!") {
      this.next();
      return { key: this.word("a label key after '!'"), operator: SelectorOperators.doesNotExist, values: [] };
    }
    const key = this.word("a label key");
    const operator = this.peek();
    if (!operator || operator.text === ",") return { key, operator: SelectorOperators.exists, values: [] };
    this.next();
    switch (operator.text) {
      case "=":
      case "==":
        return { key, operator: SelectorOperators.equals, values: [this.optionalWord()] };
      case "!=":
        return { key, operator: SelectorOperators.notEquals, values: [this.optionalWord()] };
      case ">":
        return { key, operator: SelectorOperators.greaterThan, values: [this.word("an integer after '>'")] };
      case "<":
        return { key, operator: SelectorOperators.lessThan, values: [this.word("an integer after '<'")] };
      case "in":
        return { key, operator: SelectorOperators.in, values: this.valueSet() };
      case "notin":
        return { key, operator: SelectorOperators.notIn, values: this.valueSet() };
      default:
        return this.fail(operator, "an operator (=, ==, !=, in, notin) or ','");
    }
  }

  private valueSet(): string[] {
    const open = this.next();
    if (open?.text !== "(") this.fail(open, "'(' to open the value set");
    const values: string[] = [];
    if (this.peek()?.text === ")") {
      this.next();
      return values;
    }
    for (;;) {
      values.push(this.optionalWord());
      const separator = this.next();
      if (separator?.text === ")") return values;
      if (separator?.text !== ",") this.fail(separator, "',' or ')' in the value set");
    }
  }

  private word(expected: string): string {
    const token = this.next();
    if (!token || PUNCTUATION.has(token.text)) this.fail(token, expected);
    return token.text;
  }

  // Values may be empty: `tier=` selects objects whose tier label is "".
  private optionalWord(): string {
    const token = this.peek();
    if (!token || PUNCTUATION.has(token.text)) return "";
    this.next();
    return token.text;
  }

  private peek(): Token | undefined {
    return this.tokens[this.index];
  }

  private next(): Token | undefined {
    return this.tokens[this.index++];
  }

  private fail(token: Token | undefined, expected: string): never {
    const found = token ? `'${token.text}'` : "end of selector";
    throw new SelectorParseError(this.text, `found ${found}, expected ${expected}`, token?.position ?? this.text.length);
  }
}

/** Parses a kubectl `-l` selector; the empty string selects everything. */
export function parseLabelSelector(text: string): LabelSelector {
  return selectorOf(new Parser(text).parse());
}

export interface LabelSelectorMessage {
  matchLabels?: Record<string, string> | null;
  matchExpressions?: ReadonlyArray<{ key?: string | null; operator?: string | null; values?: readonly string[] | null }> | null;
}

const MESSAGE_OPERATORS: Record<string, SelectorOperator> = {
  In: SelectorOperators.in,
  NotIn: SelectorOperators.notIn,
  Exists: SelectorOperators.exists,
  DoesNotExist: SelectorOperators.doesNotExist,
};

/** Compiles a spec's selector; an absent selector selects nothing, an empty one everything. */
export function labelSelectorFromMessage(message: LabelSelectorMessage | null | undefined): LabelSelector {
  if (!message) return NOTHING;
  const requirements: LabelRequirement[] = Object.entries(message.matchLabels ?? {}).map(([key, value]) => ({
    key,
    operator: SelectorOperators.equals,
    values: [value],
  }));
  for (const expression of message.matchExpressions ?? []) {
    const operator = Object.hasOwn(MESSAGE_OPERATORS, expression.operator ?? "") ? MESSAGE_OPERATORS[expression.operator ?? ""] : undefined;
    if (!operator) throw new SelectorParseError(describeMessage(message), `"${expression.operator ?? ""}" is not a valid label selector operator`);
    requirements.push({ key: expression.key ?? "", operator, values: [...(expression.values ?? [])] });
  }
  for (const requirement of requirements) {
    const problem = checkRequirement(requirement);
    if (problem) throw new SelectorParseError(describeMessage(message), problem);
  }
  return selectorOf(requirements);
}

function describeMessage(message: LabelSelectorMessage): string {
  return JSON.stringify({ matchLabels: message.matchLabels ?? {}, matchExpressions: message.matchExpressions ?? [] });
}
