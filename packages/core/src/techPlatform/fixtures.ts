// Builders for this folder's specs: plain JSON in, decoded (branded) commands and events out, so a
// fixture that breaks a codec fails loudly instead of slipping a bad value into a test.
import type { AnyEventDefinition } from '@innoledger/kernel';
import { deciderSpec } from '@innoledger/testing';
import { defaultDomainConfig } from '../shared/domainConfig';
import { decodeOrThrow, usccOf } from '../shared/testing/fixtures';
import { TechPlatformCommand, type TechPlatformCommandOf } from './commands';
import { decideTechPlatform } from './decide';
import { type TechPlatformEvent, type TechPlatformEventOf, techPlatformEventDefinitions } from './events';
import { evolveTechPlatform, initialTechPlatformState } from './state';

export const PLATFORM = 'xn-gaoxin-makerspace';
export const HOST = usccOf('91421200MA49C2K3B');
export const INCUBATEE = usccOf('92421202MA4D5E6F7');

/** The decider on Xianning's regions, for `deciderSpec`. */
export const decider = {
  initialState: initialTechPlatformState,
  decide: decideTechPlatform(defaultDomainConfig),
  evolve: evolveTechPlatform,
};

/** given/when/then on {@link decider}: `.then(events)` or `.thenRejects(rejection)`. */
export const spec = deciderSpec(decider);

export const command = <T extends TechPlatformCommand['type']>(
  type: T,
  data: Record<string, unknown>,
): TechPlatformCommandOf<T> =>
  decodeOrThrow(
    TechPlatformCommand,
    { type, data: { platformId: PLATFORM, ...data } },
    type,
  ) as TechPlatformCommandOf<T>;

/** An event of the fixture maker space; identity fields default to its own. */
export const event = <T extends TechPlatformEvent['type']>(
  type: T,
  data: Record<string, unknown>,
): TechPlatformEventOf<T> => {
  const definition: AnyEventDefinition | undefined = techPlatformEventDefinitions.find((d) => d.type === type);
  if (definition === undefined) throw new Error(`no event ${type}`);
  const identity = { platformId: PLATFORM, kind: 'maker-space', regionId: 'gaoxin', hostUscc: HOST };
  // A key given as undefined is left out, e.g. `hostUscc` on PlatformRegistered (which has `host`).
  const full = Object.fromEntries(Object.entries({ ...identity, ...data }).filter(([, v]) => v !== undefined));
  return { type, data: decodeOrThrow(definition.codec, full, type) } as TechPlatformEventOf<T>;
};

export const registered = event('PlatformRegistered', {
  hostUscc: undefined,
  name: '咸宁高新区光谷南科技城众创空间',
  host: { uscc: HOST },
  registeredOn: '2019-05-06',
});
export const filedProvincial = event('PlatformFiled', {
  level: 'provincial',
  mode: 'filing',
  on: '2020-03-20',
  documentNo: '鄂科技发〔2020〕8号',
});
export const filedNational = event('PlatformFiled', {
  level: 'national',
  mode: 'filing',
  on: '2020-06-10',
  previousLevel: 'provincial',
});
export const graded = (year: number, grade: string, gradedOn: string, level = 'provincial') =>
  event('PlatformGraded', { level, year, grade, gradedOn });
export const revoked = (reason: string, revokedOn: string, extra: Record<string, unknown> = {}) =>
  event('PlatformRevoked', { level: 'provincial', reason, revokedOn, ...extra });
