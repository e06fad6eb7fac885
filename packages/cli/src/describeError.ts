import { formatFieldErrors } from '@innoledger/kernel';

/** One line for any typed error value the library returns, for stderr. */
export const describeError = (value: { readonly _tag: string }): string => {
  const error = value as unknown as Record<string, unknown>;
  switch (value._tag) {
    case 'StoreUnavailable':
      return `store unavailable at ${String(error.location)}: ${String(error.message)}`;
    case 'UnknownStoreScheme':
      return `unknown store URL ${String(error.url)}: ${String(error.message ?? '')}`;
    case 'UnknownRegionRequested':
      return `unknown region ${JSON.stringify(error.region)}`;
    case 'UnknownIndicator':
      return `unknown indicator ${JSON.stringify(error.id)}; known: ${(error.known as string[]).join(', ')}`;
    case 'InvalidPeriod':
      return `invalid period ${JSON.stringify(error.input)}: ${String(error.message)}`;
    case 'InvalidKnownAt':
      return `invalid --known-at ${JSON.stringify(error.input)}: expected YYYY-MM-DD or an ISO instant`;
    case 'CorruptEvent':
      return `corrupt event in stream ${JSON.stringify(error.streamId)} at version ${String(error.streamVersion)}, position ${String(error.globalPosition)}: ${String(error.path)} ${String(error.message)}`;
    case 'InvalidCommand':
      return `invalid ${String(error.commandType)}: ${formatFieldErrors(error.errors as never)}`;
    default:
      return JSON.stringify(error);
  }
};
