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

/**
 * Turns io-ts errors into `{ path, message }`. io-ts reports every branch of a union it tried;
 * keeping only the deepest path per failure gives the user the field they got wrong.
 */
export const fieldErrors = (errors: t.Errors, prefix = ''): FieldError[] => {
  const out = new Map<string, FieldError>();
  for (const error of errors) {
    // Union and intersection members appear in the context under their index; they are not fields.
    const keys = error.context
      .filter((entry, i) => {
        const parent = error.context[i - 1]?.type as { _tag?: string } | undefined;
        return entry.key !== '' && parent?._tag !== 'UnionType' && parent?._tag !== 'IntersectionType';
      })
      .map((entry) => entry.key);
    const leaf = error.context[error.context.length - 1];
    const path = [prefix, ...keys].filter((part) => part !== '').join('.');
    const message = error.message ?? `expected ${leaf?.type.name ?? 'a valid value'}, got ${describe(error.value)}`;
    if (!out.has(path)) out.set(path, { path, message });
  }
  return [...out.values()];
};

/** Renders field errors as one line, for logs and error messages. */
export const formatFieldErrors = (errors: readonly FieldError[]): string =>
  errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; ');
