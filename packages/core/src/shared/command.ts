import * as t from 'io-ts';

/**
 * The codec of one command, `{ type, data }`. `type` is a literal, so a union of commands is a
 * tagged union (it decodes about twice as fast as an untagged one), and the codec is named after
 * it, so a union's name lists its command types.
 */
export const command = <T extends string, D extends t.Mixed>(type: T, data: D) =>
  t.type({ type: t.literal(type), data }, type);

/** The `type` of each command in a union of {@link command} codecs, in the union's order. */
export const commandTypesOf = <T extends string>(union: {
  readonly types: readonly { readonly props: { readonly type: { readonly value: T } } }[];
}): readonly T[] => union.types.map((codec) => codec.props.type.value);
