/** A store URL whose scheme names no adapter; lists the schemes that do. */
export interface UnknownStoreScheme {
  readonly _tag: 'UnknownStoreScheme';
  /** The URL given, with any password removed. */
  readonly url: string;
  /** The scheme found before the first `:` (empty when there is none), lower-cased. */
  readonly scheme: string;
  readonly supported: readonly string[];
  readonly message: string;
}

export const unknownStoreScheme = (url: string, scheme: string, supported: readonly string[]): UnknownStoreScheme => ({
  _tag: 'UnknownStoreScheme',
  url,
  scheme,
  supported,
  message:
    scheme === ''
      ? `${JSON.stringify(url)} names no store scheme; use one of ${supported.join(' ')} (a file is sqlite:./path.db)`
      : `no store for the scheme ${scheme}: in ${JSON.stringify(url)}; use one of ${supported.join(' ')}`,
});
