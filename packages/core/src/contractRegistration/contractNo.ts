import * as t from 'io-ts';

// Contract and registration numbers are the parties' and the registrar's own strings (they may
// hold Chinese characters), so only what would break a stream id or a CSV cell is refused.
const isPrintableKey = (s: string): boolean =>
  s.length >= 1 && s.length <= 100 && s.trim() === s && [...s].every((c) => c.charCodeAt(0) >= 0x20);

export interface ContractNoBrand {
  readonly ContractNo: unique symbol;
}
/** The contract's own number (合同编号); names the stream `contractRegistration-${contractNo}`. */
export type ContractNo = t.Branded<string, ContractNoBrand>;
export const ContractNo = t.brand(t.string, (s): s is ContractNo => isPrintableKey(s), 'ContractNo');

export interface RegistrationNoBrand {
  readonly RegistrationNo: unique symbol;
}
/** The registrar's number on the registration certificate (登记编号). */
export type RegistrationNo = t.Branded<string, RegistrationNoBrand>;
export const RegistrationNo = t.brand(t.string, (s): s is RegistrationNo => isPrintableKey(s), 'RegistrationNo');
