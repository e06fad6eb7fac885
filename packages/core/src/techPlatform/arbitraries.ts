// fast-check generators for the TechPlatform codecs, derived from the codecs themselves so a field
// added to a command or event is generated without touching this file.
import fc from 'fast-check';
import {
  arbitraryOfWith,
  commandArbitrariesByType,
  eventArbitrariesByType,
  sharedBrands,
} from '../shared/testing/arbitraryOf';
import { TechPlatformCommand } from './commands';
import { type TechPlatformEvent, techPlatformEventDefinitions } from './events';

const arbitraryOf = arbitraryOfWith({ ...sharedBrands, PlatformId: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,63}$/) });

/** Commands of one type, keyed by type, for a round trip per command. */
export const arbitraryCommandsByType = commandArbitrariesByType<TechPlatformCommand>(TechPlatformCommand, arbitraryOf);

/** Events of one type, keyed by type. */
export const arbitraryEventsByType = eventArbitrariesByType<TechPlatformEvent>(
  techPlatformEventDefinitions,
  arbitraryOf,
);
