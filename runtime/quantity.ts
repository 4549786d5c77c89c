// Kubernetes resource quantities ("100m", "512Mi", "1e3") as plain numbers in base units:
// cores for cpu, bytes for memory and storage. A double is exact for every realistic amount
// (whole bytes up to 2^53, millicores), which is all the scheduler compares.

/** Kubernetes' own wording for a malformed quantity, so API errors read the same. */
export const QUANTITY_FORMAT_MESSAGE = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

export class QuantityParseError extends Error {
  override name = "QuantityParseError";
  readonly code = "INVALID_QUANTITY";
  readonly text: string;
  constructor(text: string) {
    super(`invalid quantity ${JSON.stringify(text)}: ${QUANTITY_FORMAT_MESSAGE}`);
    this.text = text;
  }
}

const BINARY_SUFFIXES: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const DECIMAL_EXPONENTS: Record<string, number> = { n: -9, u: -6, m: -3, "": 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };

// Sign, digits with at most one dot (at least one digit), then the suffix as one token.
const QUANTITY = /^([+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+))(.*)$/;
const EXPONENT = /^[eE]([+-]?[0-9]+)$/;

// Dividing by a power of ten (rather than multiplying by its inexact inverse) keeps "100m" === 0.1.
function scaleByPowerOfTen(value: number, exponent: number): number {
  return exponent >= 0 ? value * 10 ** exponent : value / 10 ** -exponent;
}

/** Parses a quantity to base units; throws QuantityParseError when it is not one. */
export function parseQuantity(text: string): number {
  const value = parseScaled(text);
  if (!Number.isFinite(value)) throw new QuantityParseError(text);
  return value;
}

function parseScaled(text: string): number {
  const match = QUANTITY.exec(text);
  if (!match) throw new QuantityParseError(text);
  const [, number, suffix] = match;
  const value = Number(number);
  const binary = BINARY_SUFFIXES[suffix];
  if (binary !== undefined) return value * binary;
  const decimal = Object.hasOwn(DECIMAL_EXPONENTS, suffix) ? DECIMAL_EXPONENTS[suffix] : undefined;
  if (decimal !== undefined) return scaleByPowerOfTen(value, decimal);
  const exponent = EXPONENT.exec(suffix);
  if (exponent) return scaleByPowerOfTen(value, Number(exponent[1]));
  throw new QuantityParseError(text);
}

export function isValidQuantity(text: string): boolean {
  try {
    parseQuantity(text);
    return true;
  } catch (error) {
    if (error instanceof QuantityParseError) return false;
    throw error;
  }
}
