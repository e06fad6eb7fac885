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

const write = (value: unknown, path: string): string => {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new NotCanonicalJson(path, `number ${value} is not JSON`);
      return JSON.stringify(value);
    case 'object': {
      if (value === null) return 'null';
      if (Array.isArray(value)) {
        let out = '[';
        for (let i = 0; i < value.length; i++) {
          if (i > 0) out += ',';
          const item = value[i];
          if (item === undefined) throw new NotCanonicalJson(`${path}[${i}]`, 'undefined is not JSON');
          out += write(item, `${path}[${i}]`);
        }
        return `${out}]`;
      }
      if (!isPlainObject(value))
        throw new NotCanonicalJson(path, `a ${value.constructor?.name ?? 'non-plain'} object is not JSON`);
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record).sort();
      let out = '{';
      let first = true;
      for (const key of keys) {
        const item = record[key];
        // An absent optional field and an undefined one mean the same; neither is hashed.
        if (item === undefined) continue;
        if (!first) out += ',';
        first = false;
        out += `${JSON.stringify(key)}:${write(item, path ? `${path}.${key}` : key)}`;
      }
      return `${out}}`;
    }
    default:
      throw new NotCanonicalJson(path, `${typeof value} is not JSON`);
  }
};

/**
 * Canonical JSON: object keys sorted by code unit, no whitespace, `undefined` members dropped.
 * The same value always gives the same bytes, whichever store or language wrote it, which is what
 * lets a hash chain survive a migration. Throws {@link NotCanonicalJson} for non-JSON values.
 */
export const canonicalJson = (value: unknown): string => write(value, '');
