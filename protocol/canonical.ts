// Canonical JSON: the exact bytes that are signed and hashed.
//
// Rules (the integer-only subset of RFC 8785 JCS, so no float formatting is ever needed):
// - objects: keys sorted by UTF-16 code units (what JavaScript's default sort does), each key
//   once, no white space anywhere;
// - strings: escaped exactly as JSON.stringify does (\" \\ \b \f \n \r \t, other controls
//   below 0x20 as \u00xx in lower-case hex, everything else literal, "/" NOT escaped), and
//   they must be well-formed UTF-16: a lone surrogate has no UTF-8 form, so another
//   implementation could not reproduce the bytes;
// - numbers: safe integers only (|n| <= 2^53 - 1), written in decimal, -0 written as 0;
// - true, false and null as themselves; undefined, NaN, floats, bigint, functions, symbols,
//   sparse arrays and objects that are not plain (Date, Map, Uint8Array ...) are refused.
// Another implementation reproduces these bytes with any JSON library that can sort keys,
// which is the point: a phone app written elsewhere must sign the same bytes we verify.

export type CanonicalValue =
  | string
  | number
  | boolean
  | null
  | readonly CanonicalValue[]
  | { readonly [key: string]: CanonicalValue };

export class CanonicalEncodingError extends Error {
  override name = 'CanonicalEncodingError';
}

/** Deeper nesting than any protocol document needs; bounds recursion on hostile input. */
export const CANONICAL_MAX_DEPTH = 32;

// A high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function encodeString(text: string): string {
  if (LONE_SURROGATE.test(text)) {
    throw new CanonicalEncodingError('strings must be well-formed UTF-16 (lone surrogate)');
  }
  return JSON.stringify(text);
}

function isPlainObject(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function encodeArray(items: readonly unknown[], depth: number): string {
  const parts: string[] = [];
  // An index loop, not map(): map skips holes and would write "[,1]".
  for (let index = 0; index < items.length; index++) {
    if (!Object.hasOwn(items, index)) throw new CanonicalEncodingError('sparse array');
    parts.push(encode(items[index], depth + 1));
  }
  return `[${parts.join(',')}]`;
}

function encodeObject(record: Readonly<Record<string, unknown>>, depth: number): string {
  const fields: string[] = [];
  for (const key of Object.keys(record).sort()) {
    const field = record[key];
    if (field === undefined) throw new CanonicalEncodingError(`field ${key} is undefined`);
    fields.push(`${encodeString(key)}:${encode(field, depth + 1)}`);
  }
  return `{${fields.join(',')}}`;
}

function encode(value: unknown, depth: number): string {
  if (depth > CANONICAL_MAX_DEPTH) throw new CanonicalEncodingError('nested too deeply');
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return encodeString(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isSafeInteger(value)) {
        throw new CanonicalEncodingError(`only safe integers are allowed, got ${value}`);
      }
      return Object.is(value, -0) ? '0' : String(value);
    case 'object':
      if (Array.isArray(value)) return encodeArray(value, depth);
      if (!isPlainObject(value)) throw new CanonicalEncodingError('only plain objects');
      return encodeObject(value as Readonly<Record<string, unknown>>, depth);
    default:
      throw new CanonicalEncodingError(`cannot encode a ${typeof value}`);
  }
}

export function canonicalJson(value: unknown): string {
  return encode(value, 0);
}
