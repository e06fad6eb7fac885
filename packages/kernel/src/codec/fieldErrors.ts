import type * as t from 'io-ts';

/** One reason a value failed its codec, with the dotted path to the offending field. */
export interface FieldError {
  readonly path: string;
  readonly message: string;
}

const describe = (value: unknown): string => {
  if (value === undefined) return 'undefined';
  try {
    const json = JSON.stringify(value);
    return json.length > 80 ? `${json.slice(0, 77)}...` : json;
  } catch {
    return typeof value;
  }
};

// Union and intersection members appear in an io-ts context under their index; they are not fields.
const MEMBER_OF = new Set(['UnionType', 'IntersectionType']);
// Elements of these appear under their index, written `[i]` as canonicalJson and InvalidEvent do.
const INDEXED_BY = new Set(['ArrayType', 'ReadonlyArrayType', 'TupleType', 'ReadonlyTupleType']);

const tagOf = (entry: t.ContextEntry | undefined): string | undefined =>
  (entry?.type as { _tag?: string } | undefined)?._tag;

/**
 * Turns io-ts errors into `{ path, message }`: `seller.region.code`, `lines[2].amount`. The
 * message names the type expected at that path, so a union of literals reads
 * `expected ("transfer" | "licence")` rather than naming only the first alternative tried; io-ts
 * reports every alternative, and only the first error per path is kept.
 */
export const fieldErrors = (errors: t.Errors, prefix = ''): FieldError[] => {
  const out = new Map<string, FieldError>();
  for (const error of errors) {
    let path = prefix;
    let expected = error.context[0]?.type;
    for (let i = 1; i < error.context.length; i++) {
      const entry = error.context[i] as t.ContextEntry;
      const parentTag = tagOf(error.context[i - 1]);
      if (entry.key === '' || (parentTag !== undefined && MEMBER_OF.has(parentTag))) continue;
      if (parentTag !== undefined && INDEXED_BY.has(parentTag)) path = `${path}[${entry.key}]`;
      else path = path ? `${path}.${entry.key}` : entry.key;
      expected = entry.type;
    }
    const message = error.message ?? `expected ${expected?.name ?? 'a valid value'}, got ${describe(error.value)}`;
    if (!out.has(path)) out.set(path, { path, message });
  }
  return [...out.values()];
};

/** Renders field errors as one line, for logs and error messages. */
export const formatFieldErrors = (errors: readonly FieldError[]): string =>
  errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; ');
