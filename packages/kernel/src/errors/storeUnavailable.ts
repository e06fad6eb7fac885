/** A store that cannot be reached or opened: names where it was looked for. */
export interface StoreUnavailable {
  readonly _tag: 'StoreUnavailable';
  /** The URL or path asked for, with any password removed. */
  readonly location: string;
  readonly host?: string;
  readonly port?: number;
  readonly message: string;
}

export const storeUnavailable = (fields: Omit<StoreUnavailable, '_tag'>): StoreUnavailable => ({
  _tag: 'StoreUnavailable',
  ...fields,
});
