// fast-check generators for the Enterprise codecs, derived from the codecs themselves so a field
// added to a command or event is generated without touching this file.
import fc from 'fast-check';
import {
  arbitraryOfWith,
  commandArbitrariesByType,
  eventArbitrariesByType,
  sharedBrands,
} from '../shared/testing/arbitraryOf';
import { EnterpriseCommand } from './commands';
import { type EnterpriseEvent, enterpriseEventDefinitions } from './events';

const localId = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/);

const arbitraryOf = arbitraryOfWith({
  ...sharedBrands,
  Int: fc.integer({ min: 0, max: 10 }),
  Score: fc.integer({ min: 0, max: 100 }),
  Headcount: fc.nat({ max: 1_000_000 }),
  ApplicationId: localId,
  InstitutionId: localId,
  PlacementId: localId,
  CertificateNo: fc.stringMatching(/^[A-Za-z0-9-]{1,40}$/),
});

/** Commands of one type, keyed by type, for a round trip per command. */
export const arbitraryCommandsByType = commandArbitrariesByType<EnterpriseCommand>(EnterpriseCommand, arbitraryOf);

/** Events of one type, keyed by type. */
export const arbitraryEventsByType = eventArbitrariesByType<EnterpriseEvent>(enterpriseEventDefinitions, arbitraryOf);
