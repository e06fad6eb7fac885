/**
 * The URL with its password replaced by `***`, both in the `user:password@` part and in a
 * `password=` query parameter, so it can appear in errors and logs.
 */
export const redactUrl = (url: string): string => {
  const withoutUserPassword = url.replace(
    /^([a-z][a-z0-9+.-]*:\/\/)([^/?#@:]*):([^/?#]*)@/i,
    (_match, scheme: string, user: string) => `${scheme}${user}:***@`,
  );
  return withoutUserPassword.replace(/([?&]password=)[^&#]*/gi, '$1***');
};
