const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * False for a string holding a lone UTF-16 surrogate. Such a string has no UTF-8 form: databases
 * store U+FFFD instead, so the id read back would differ from the one hashed.
 */
export const isWellFormedText = (text: string): boolean => !LONE_SURROGATE.test(text);
