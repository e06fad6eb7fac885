/** Why a value has no canonical JSON form, with the path to the offending part. */
export class NotCanonicalJson extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path || '(root)'}: ${reason}`);
    this.name = 'NotCanonicalJson';
  }
}

const isPlainObject = (value: object): boolean => {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/**
 * An object's keys in code-unit order, as the default `sort` gives them. Event payloads have a
 * handful of keys, where an insertion sort is several times faster than the generic sort.
 */
const sortedKeys = (record: object): string[] => {
  const keys = Object.keys(record);
  if (keys.length > 16) return keys.sort();
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i] as string;
    let j = i - 1;
    for (; j >= 0 && (keys[j] as string) > key; j--) keys[j + 1] = keys[j] as string;
    keys[j + 1] = key;
  }
  return keys;
};

const childPath = (path: string, key: string | number): string =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

// Members are written here, primitives inline: a member's path is built only when it is a container
// or is refused, since building a path string for every member cost more than writing the member.
const writeMember = (item: unknown, path: string, key: string | number): string => {
  switch (typeof item) {
    case 'string':
      return JSON.stringify(item);
    case 'boolean':
      return item ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(item)) throw new NotCanonicalJson(childPath(path, key), `number ${item} is not JSON`);
      return JSON.stringify(item);
    default:
      return item === null ? 'null' : write(item, childPath(path, key));
  }
};

const write = (value: unknown, path: string): string => {
  switch (typeof value) {
    case 'string':
    case 'boolean':
    case 'number':
      return writeMember(value, '', path);
    case 'object': {
      if (value === null) return 'null';
      if (Array.isArray(value)) {
        let out = '[';
        for (let i = 0; i < value.length; i++) {
          if (i > 0) out += ',';
          const item: unknown = value[i];
          if (item === undefined) throw new NotCanonicalJson(childPath(path, i), 'undefined is not JSON');
          out += writeMember(item, path, i);
        }
        return `${out}]`;
      }
      if (!isPlainObject(value))
        throw new NotCanonicalJson(path, `a ${value.constructor?.name ?? 'non-plain'} object is not JSON`);
      const record = value as Record<string, unknown>;
      const keys = sortedKeys(record);
      let out = '{';
      let first = true;
      for (const key of keys) {
        const item = record[key];
        // An absent optional field and an undefined one mean the same; neither is hashed.
        if (item === undefined) continue;
        if (!first) out += ',';
        first = false;
        out += `${JSON.stringify(key)}:${writeMember(item, path, key)}`;
      }
      return `${out}}`;
    }
    default:
      throw new NotCanonicalJson(path, `${typeof value} is not JSON`);
  }
};

/**
 * True when `JSON.stringify(value)` already is the canonical text: plain objects whose keys come in
 * code-unit order, finite numbers, no undefined array items, nothing that is not JSON. Text parsed
 * from canonical JSON (every stored event) always passes, and the native serialiser is several
 * times faster than `write`; anything else goes through `write`, which sorts and names refusals.
 */
const isCanonicalShape = (value: unknown): boolean => {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object': {
      if (value === null) return true;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          const item: unknown = value[i];
          if (item === undefined || !isCanonicalShape(item)) return false;
        }
        return true;
      }
      if (!isPlainObject(value)) return false;
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i] as string;
        if (i > 0 && !((keys[i - 1] as string) < key)) return false;
        const item = record[key];
        if (item !== undefined && !isCanonicalShape(item)) return false;
      }
      return true;
    }
    default:
      return false;
  }
};

const NOT_PLAIN = Symbol('not plain JSON');

/**
 * A copy of `value` whose objects list their keys in code-unit order, or NOT_PLAIN when `write`
 * must handle it: values that are not JSON (to name the refusal), and keys that an object would
 * not keep in insertion order (array-index-like keys come first in any JS object; `__proto__`
 * would set the prototype). Serialising the copy natively beats writing member by member.
 */
const sortedCopy = (value: unknown): unknown => {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      // -0 becomes 0, as in JSON, so the copy equals its own text parsed back.
      return Number.isFinite(value) ? (value === 0 ? 0 : value) : NOT_PLAIN;
    case 'object': {
      if (value === null) return value;
      if (Array.isArray(value)) {
        const out: unknown[] = new Array(value.length);
        for (let i = 0; i < value.length; i++) {
          const item: unknown = value[i];
          const copy = item === undefined ? NOT_PLAIN : sortedCopy(item);
          if (copy === NOT_PLAIN) return NOT_PLAIN;
          out[i] = copy;
        }
        return out;
      }
      if (!isPlainObject(value)) return NOT_PLAIN;
      const record = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const key of sortedKeys(record)) {
        const first = key.charCodeAt(0);
        if ((first >= 48 && first <= 57) || key === '__proto__') return NOT_PLAIN;
        const item = record[key];
        if (item === undefined) continue;
        const copy = sortedCopy(item);
        if (copy === NOT_PLAIN) return NOT_PLAIN;
        out[key] = copy;
      }
      return out;
    }
    default:
      return NOT_PLAIN;
  }
};

/** The canonical text, and the sorted copy it was written from when one was made. */
const canonicalText = (value: unknown): { readonly json: string; readonly copy: unknown } => {
  if (isCanonicalShape(value)) return { json: JSON.stringify(value), copy: NOT_PLAIN };
  const copy = sortedCopy(value);
  return { json: copy === NOT_PLAIN ? write(value, '') : JSON.stringify(copy), copy };
};

/**
 * The canonical text of `value` and a fresh copy equal to that text parsed back (sharing nothing
 * with `value`). The sorted copy made to write the text is that copy already, which saves a parse
 * on the append path; otherwise the text is parsed.
 */
export const canonicalForm = (value: unknown): { readonly json: string; readonly value: unknown } => {
  const { json, copy } = canonicalText(value);
  return { json, value: copy === NOT_PLAIN ? JSON.parse(json) : copy };
};

/**
 * Canonical JSON: object keys sorted by code unit, no whitespace, `undefined` members dropped.
 * The same value always gives the same bytes, whichever store or language wrote it, which is what
 * lets a hash chain survive a migration. Throws {@link NotCanonicalJson} for non-JSON values.
 */
export const canonicalJson = (value: unknown): string => canonicalText(value).json;
