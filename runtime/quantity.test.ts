import test from "ava";
import { isValidQuantity, parseQuantity, QuantityParseError } from "./quantity.ts";

test("plain numbers and decimals are taken in base units", (t) => {
  t.is(parseQuantity("1"), 1);
  t.is(parseQuantity("0.5"), 0.5);
  t.is(parseQuantity(".5"), 0.5);
  t.is(parseQuantity("+2"), 2);
  t.is(parseQuantity("-3"), -3);
});

test("decimal SI suffixes scale by powers of ten, milli exactly", (t) => {
  t.is(parseQuantity("100m"), 0.1);
  t.is(parseQuantity("250m"), 0.25);
  t.is(parseQuantity("2k"), 2000);
  t.is(parseQuantity("1G"), 1e9);
  t.is(parseQuantity("1M"), 1e6);
  t.is(parseQuantity("5n"), 5e-9);
  t.is(parseQuantity("1E"), 1e18);
});

test("binary SI suffixes scale by powers of two", (t) => {
  t.is(parseQuantity("1Ki"), 1024);
  t.is(parseQuantity("512Mi"), 512 * 1024 * 1024);
  t.is(parseQuantity("1Gi"), 1073741824);
  t.is(parseQuantity("1.5Gi"), 1.5 * 1073741824);
});

test("decimal exponents scale by the given power of ten", (t) => {
  t.is(parseQuantity("1e3"), 1000);
  t.is(parseQuantity("1E3"), 1000);
  t.is(parseQuantity("5e-3"), 0.005);
});

test("malformed quantities throw a QuantityParseError quoting the text and the Kubernetes format", (t) => {
  for (const text of ["", "abc", "1K", "1Gb", "1.2.3", "Mi", "1 Gi", "1e", "--1", "1e400"]) {
    const error = t.throws(() => parseQuantity(text), { instanceOf: QuantityParseError }, text);
    t.is(error?.text, text);
    t.true(error?.message.includes(JSON.stringify(text)));
    t.true(error?.message.includes("quantities must match the regular expression"));
  }
});

test("isValidQuantity reports whether a quantity parses", (t) => {
  t.true(isValidQuantity("100m"));
  t.true(isValidQuantity("1Gi"));
  t.false(isValidQuantity("1GiB"));
  t.false(isValidQuantity("lots"));
});
