import type { Ledger } from '../ledger/ledger';
import { emptyLedger } from '../ledger/ledger';

/** A ledger with a few facts per indicator family, for the definitions' specs. */
export const testLedger = (): Ledger => {
  const ledger = emptyLedger();
  ledger.enterprises = {
    // in force all 2020, above-scale, halted then resumed on 2020-03-15
    A: {
      regionId: 'chibi',
      certificates: [{ no: 'GR1', issuedOn: '2018-11-30', validUntil: '2021-11-29' }],
      aboveScale: { '2019': true },
      production: [
        { status: 'halted', since: '2020-01-24' },
        { status: 'resumed', since: '2020-03-15' },
      ],
    },
    // in force, above-scale, halted and never resumed in H1
    B: {
      regionId: 'jiayu',
      certificates: [{ no: 'GR2', issuedOn: '2019-12-01', validUntil: '2022-11-30' }],
      aboveScale: { '2019': true, '2020': true },
      production: [{ status: 'halted', since: '2020-01-24' }],
    },
    // certificate revoked on 2020-05-01; not above scale
    C: {
      regionId: 'jiayu',
      certificates: [{ no: 'GR3', issuedOn: '2018-01-10', validUntil: '2021-01-09', revokedOn: '2020-05-01' }],
      aboveScale: { '2019': false },
      production: [],
    },
    // certificate expired 2020-02-28; above scale in 2019 only, below in 2020
    D: {
      regionId: 'chibi',
      certificates: [{ no: 'GR4', issuedOn: '2017-02-28', validUntil: '2020-02-27' }],
      aboveScale: { '2019': true, '2020': false },
      production: [],
    },
  };
  ledger.platforms = {
    p1: {
      kind: 'new-type-rd-institution',
      regionId: 'chibi',
      hostUscc: 'A',
      admissions: [{ level: 'municipal', on: '2020-03-01' }],
      revocations: [],
    },
    p2: {
      kind: 'maker-space',
      regionId: 'jiayu',
      admissions: [
        { level: 'provincial', on: '2018-05-01' },
        { level: 'national', on: '2020-04-01' },
      ],
      revocations: [],
    },
    p3: {
      kind: 'incubator',
      regionId: 'jiayu',
      admissions: [{ level: 'municipal', on: '2019-05-01' }],
      revocations: ['2020-02-01'],
    },
  };
  ledger.proposals = {
    x: { programmeId: 'hubei-key-rnd', regionId: 'chibi', submittedOn: '2020-05-10' },
    y: { programmeId: 'hubei-key-rnd', regionId: 'jiayu', submittedOn: '2020-04-10', decidedOn: '2020-06-01' },
  };
  ledger.releases = {
    'xianning|2019-01-01|2019-03-31': [
      { vintage: 'final', publishedOn: '2019-04-20', gdp: 3_162_000_000_000, hightechValueAdded: 520_200_000_000 },
    ],
    'xianning|2020-01-01|2020-03-31': [
      {
        vintage: 'preliminary',
        publishedOn: '2020-04-20',
        gdp: 2_301_100_000_000,
        hightechValueAdded: 309_500_000_000,
        hightechVaYoy: -0.405,
      },
    ],
    'xianning|2020-01-01|2020-06-30': [{ vintage: 'forecast', publishedOn: '2020-07-10', publishedShare: 0.145 }],
  };
  ledger.targets = { 'xianning|2020|hte.in_force': 4, 'xianning|2020|hightech_va.share_of_gdp': 0.155 };
  return ledger;
};
