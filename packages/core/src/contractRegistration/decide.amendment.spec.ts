import { right } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import {
  accepted,
  amendCommand,
  CONTRACT,
  date,
  fen,
  given,
  history,
  REG_NO,
  region,
  registered,
  revokeCommand,
  spec,
} from './fixtures';

const registration = {
  contractNo: CONTRACT,
  sellerRegionId: region('gaoxin'),
  registrationNo: REG_NO,
  registeredOn: date('2020-03-20'),
  contractType: 'development' as const,
  subtype: 'commissioned-development' as const,
};

describe('AmendRegistration (补正)', () => {
  it('records the previous and the new amounts, effective on the amendment’s date', () => {
    spec
      .given(history(...registered()))
      .when(amendCommand(60_000_000, 45_000_000, '2020-08-03'))
      .then([
        {
          type: 'RegistrationAmended',
          data: {
            ...registration,
            previousGrossAmount: fen(50_000_000),
            previousTechAmount: fen(40_000_000),
            grossAmount: fen(60_000_000),
            techAmount: fen(45_000_000),
            amendedOn: date('2020-08-03'),
          },
        },
      ]);
  });

  it('amends from the amounts in force, including an earlier amendment', () => {
    const amended = history(...registered(), amendCommand(60_000_000, 45_000_000, '2020-08-03'));
    expect(given(amended).when(amendCommand(55_000_000, 45_000_000, '2020-09-01'))).toMatchObject(
      right([{ data: { previousGrossAmount: 60_000_000, previousTechAmount: 45_000_000, grossAmount: 55_000_000 } }]),
    );
  });

  it('refuses to amend a contract that is not registered', () => {
    spec
      .given(history(...accepted()))
      .when(amendCommand(1, 1, '2020-08-03'))
      .thenRejects({
        _tag: 'ContractNotRegistered',
        contractNo: CONTRACT,
        command: 'AmendRegistration',
        status: 'accepted',
      });
  });

  it('refuses a technology amount above the new gross', () => {
    spec
      .given(history(...registered()))
      .when(amendCommand(30_000_000, 30_000_001, '2020-08-03'))
      .thenRejects({
        _tag: 'TechAmountExceedsGross',
        contractNo: CONTRACT,
        path: 'data.techAmount',
        techAmount: 30_000_001,
        grossAmount: 30_000_000,
      });
  });

  it('refuses a zero gross amount', () => {
    spec
      .given(history(...registered()))
      .when(amendCommand(0, 0, '2020-08-03'))
      .thenRejects({ _tag: 'AmountNotPositive', contractNo: CONTRACT, path: 'data.grossAmount', amount: 0 });
  });

  it('refuses an amendment that changes nothing', () => {
    spec
      .given(history(...registered()))
      .when(amendCommand(50_000_000, 40_000_000, '2020-08-03'))
      .thenRejects({
        _tag: 'AmendmentWithoutChange',
        contractNo: CONTRACT,
        grossAmount: 50_000_000,
        techAmount: 40_000_000,
      });
  });

  it('refuses an amendment dated before the registration', () => {
    spec
      .given(history(...registered()))
      .when(amendCommand(1, 1, '2020-03-19'))
      .thenRejects({
        _tag: 'DateBeforeLastEvent',
        contractNo: CONTRACT,
        path: 'data.amendedOn',
        date: '2020-03-19',
        lastEventOn: '2020-03-20',
      });
  });
});

describe('RevokeRegistration (撤销登记)', () => {
  it('removes the amounts in force (after amendments) as of the revocation’s date', () => {
    const amended = history(...registered(), amendCommand(60_000_000, 45_000_000, '2020-08-03'));
    spec
      .given(amended)
      .when(revokeCommand('2020-10-09'))
      .then([
        {
          type: 'RegistrationRevoked',
          data: {
            ...registration,
            grossAmount: fen(60_000_000),
            techAmount: fen(45_000_000),
            reason: 'duplicate',
            revokedOn: date('2020-10-09'),
          },
        },
      ]);
  });

  it('refuses to revoke twice, and the contract stays registered once', () => {
    const revoked = history(...registered(), revokeCommand('2020-10-09'));
    spec.given(revoked).when(revokeCommand('2020-10-10')).thenRejects({
      _tag: 'ContractNotRegistered',
      contractNo: CONTRACT,
      command: 'RevokeRegistration',
      status: 'revoked',
    });
    spec
      .given(revoked)
      .when(amendCommand(1, 1, '2020-10-10'))
      .thenRejects({
        _tag: 'ContractNotRegistered',
        contractNo: CONTRACT,
        command: 'AmendRegistration',
        status: 'revoked',
      });
  });

  it('refuses a revocation dated before the registration', () => {
    spec
      .given(history(...registered()))
      .when(revokeCommand('2020-03-01'))
      .thenRejects({
        _tag: 'DateBeforeLastEvent',
        contractNo: CONTRACT,
        path: 'data.revokedOn',
        date: '2020-03-01',
        lastEventOn: '2020-03-20',
      });
  });
});
