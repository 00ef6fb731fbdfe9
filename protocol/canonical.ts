// Canonical JSON: the exact bytes that are signed and hashed.
//
// Rules (a subset of RFC 8785 JCS that needs no float formatting): objects with keys sorted
// by UTF-16 code units, no white space, strings escaped as JSON.stringify does, numbers only
// as safe integers, no null/undefined/boolean-less surprises: booleans and null are allowed,
// undefined is refused. Another implementation reproduces these bytes with any JSON library
// that can sort keys, which is the point: a phone app written elsewhere must sign the same
// bytes we verify.

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

export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isSafeInteger(value)) {
        throw new CanonicalEncodingError(`only safe integers are allowed, got ${value}`);
      }
      return Object.is(value, -0) ? '0' : String(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record).sort();
      const fields: string[] = [];
      for (const key of keys) {
        const field = record[key];
        if (field === undefined) throw new CanonicalEncodingError(`field ${key} is undefined`);
        fields.push(`${JSON.stringify(key)}:${canonicalJson(field)}`);
      }
      return `{${fields.join(',')}}`;
    }
    default:
      throw new CanonicalEncodingError(`cannot encode a ${typeof value}`);
  }
}
