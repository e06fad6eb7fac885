import type * as t from 'io-ts';
import { brandedString } from '../shared/brands';

// Contract and registration numbers are the parties' and the registrar's own strings (they may
// hold Chinese characters), so only what would break a stream id or a CSV cell is refused.
const isPrintableKey = (s: string): boolean =>
  s.length >= 1 && s.length <= 100 && s.trim() === s && [...s].every((c) => c.charCodeAt(0) >= 0x20);

/** The contract's own number (合同编号); names the stream `contractRegistration-${contractNo}`. */
export const ContractNo = brandedString('ContractNo', isPrintableKey);
export type ContractNo = t.TypeOf<typeof ContractNo>;

/** The registrar's number on the registration certificate (登记编号). */
export const RegistrationNo = brandedString('RegistrationNo', isPrintableKey);
export type RegistrationNo = t.TypeOf<typeof RegistrationNo>;
