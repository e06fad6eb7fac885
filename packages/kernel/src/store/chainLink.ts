/**
 * One event as the hash chain sees it, read without parsing its payload: the store rebuilds the
 * canonical text the hash covers (see `canonicalEventText`) from the stored columns. Lets `verify`
 * check a history at the speed of hashing rather than of JSON parsing.
 */
export interface ChainLink {
  readonly globalPosition: number;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly prevHash: string;
  readonly hash: string;
  /**
   * What the hash covers: `prevHash` followed by the canonical text of the hashed fields; undefined
   * when the row cannot give it (a missing column), and `verify` then reads that event the ordinary
   * way, which names what is wrong.
   */
  readonly hashInput: string | undefined;
  /**
   * True when the store itself hashed that text (SHA-256 of `prevHash` and the canonical text, as
   * `hashCanonicalText`) and found `hash`, on threads of its own or on its database server;
   * `hashInput` is then left out.
   * A link whose text did not hash right comes without either, and `verify` reads that event.
   */
  readonly hashChecked?: boolean;
}
