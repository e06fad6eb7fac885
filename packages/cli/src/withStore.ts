import type { EventStore } from '@innoledger/kernel';
import { type OpenStoreOptions, openStore } from '@innoledger/stores';
import { describeError } from './describeError';

/** Opens the store a URL names, runs `use`, and always closes it; an unopenable store is exit 1. */
export const withStore = async (
  url: string,
  use: (store: EventStore) => Promise<number>,
  options: OpenStoreOptions = {},
): Promise<number> => {
  const opened = await openStore(url, options);
  if (opened._tag === 'Left') return fail(opened.left);
  try {
    return await use(opened.right);
  } finally {
    await opened.right.close();
  }
};

/** Reports a typed error on stderr and returns exit code 1. */
export const fail = (error: { readonly _tag: string }): number => {
  process.stderr.write(`${describeError(error)}\n`);
  return 1;
};
