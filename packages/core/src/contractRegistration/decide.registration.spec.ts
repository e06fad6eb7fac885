import { right } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import {
  acceptCommand,
  accepted,
  BUYER,
  CONTRACT,
  correctionCommand,
  date,
  fen,
  given,
  history,
  REG_NO,
  region,
  registerCommand,
  registered,
  resubmitCommand,
  SELLER,
  spec,
  submitCommand,
  text,
} from './fixtures';

describe('AcceptRegistrationApplication (受理)', () => {
  it('accepts a filed application and fixes the 30-day deadline', () => {
    spec
      .given(history(submitCommand()))
      .when(acceptCommand('2020-03-12'))
      .then([
        {
          type: 'RegistrationApplicationAccepted',
          data: {
            contractNo: CONTRACT,
            sellerRegionId: region('gaoxin'),
            acceptedOn: date('2020-03-12'),
            deadline: date('2020-04-11'),
          },
        },
      ]);
  });

  it('refuses to accept twice, or nothing', () => {
    spec
      .given(history(...accepted()))
      .when(acceptCommand('2020-03-13'))
      .thenRejects({
        _tag: 'ApplicationNotPending',
        contractNo: CONTRACT,
        command: 'AcceptRegistrationApplication',
        status: 'accepted',
      });
    spec.when(acceptCommand('2020-03-13')).thenRejects({
      _tag: 'ApplicationNotPending',
      contractNo: CONTRACT,
      command: 'AcceptRegistrationApplication',
      status: 'none',
    });
  });

  it('refuses an acceptance dated before the filing', () => {
    spec.given(history(submitCommand())).when(acceptCommand('2020-03-09')).thenRejects({
      _tag: 'DateBeforeLastEvent',
      contractNo: CONTRACT,
      path: 'data.acceptedOn',
      date: '2020-03-09',
      lastEventOn: '2020-03-10',
    });
  });
});

describe('RegisterContract (登记)', () => {
  it('registers on the deadline day with the verified technology amount (核定)', () => {
    spec
      .given(history(...accepted()))
      .when(registerCommand('2020-04-11', 35_000_000))
      .then([
        {
          type: 'ContractRegistered',
          data: {
            contractNo: CONTRACT,
            sellerRegionId: region('gaoxin'),
            registrationNo: REG_NO,
            registeredOn: date('2020-04-11'),
            contractType: 'development',
            subtype: 'commissioned-development',
            grossAmount: fen(50_000_000),
            techAmount: fen(35_000_000),
            declaredTechAmount: fen(40_000_000),
            ruleSet: text('tech-contract-rules-2001'),
            buyerOutsideRegion: text('湖北省武汉市'),
          },
        },
      ]);
  });

  it('refuses a registration more than 30 days after acceptance', () => {
    spec
      .given(history(...accepted()))
      .when(registerCommand('2020-04-12'))
      .thenRejects({
        _tag: 'RegistrationDeadlinePassed',
        contractNo: CONTRACT,
        acceptedOn: '2020-03-12',
        deadline: '2020-04-11',
        registeredOn: '2020-04-12',
      });
  });

  it('refuses a verified technology amount above the gross', () => {
    spec
      .given(history(...accepted()))
      .when(registerCommand('2020-03-20', 50_000_001))
      .thenRejects({
        _tag: 'TechAmountExceedsGross',
        contractNo: CONTRACT,
        path: 'data.verifiedTechAmount',
        techAmount: 50_000_001,
        grossAmount: 50_000_000,
      });
  });

  it('refuses an application that was not accepted, and a second registration', () => {
    spec
      .given(history(submitCommand()))
      .when(registerCommand('2020-03-20'))
      .thenRejects({ _tag: 'ApplicationNotAccepted', contractNo: CONTRACT, status: 'submitted' });
    spec
      .given(history(...registered()))
      .when(registerCommand('2020-03-21'))
      .thenRejects({
        _tag: 'AlreadyRegistered',
        contractNo: CONTRACT,
        registrationNo: REG_NO,
        registeredOn: '2020-03-20',
        status: 'registered',
      });
  });

  it('judges the type by the registration date: a December 2020 patent licence is corrected to licensing in 2021', () => {
    const filed = [
      submitCommand({ contractType: 'transfer', subtype: 'patent-licensing', submittedOn: date('2020-12-21') }),
      acceptCommand('2020-12-22'),
    ];
    spec
      .given(history(...filed))
      .when(registerCommand('2021-01-05'))
      .thenRejects({
        _tag: 'SubtypeNotAllowed',
        contractNo: CONTRACT,
        contractType: 'transfer',
        subtype: 'patent-licensing',
        date: '2021-01-05',
        ruleSet: 'civil-code-2021',
        allowedSubtypes: ['patent-right', 'patent-application-right', 'technical-secret'],
      });
    const corrected = history(
      ...filed,
      correctionCommand('2021-01-05'),
      resubmitCommand('2021-01-06', { contractType: 'licensing', subtype: 'patent-licensing' }),
      acceptCommand('2021-01-06'),
    );
    expect(given(corrected).when(registerCommand('2021-01-08'))).toMatchObject(
      right([{ data: { contractType: 'licensing', subtype: 'patent-licensing', ruleSet: 'civil-code-2021' } }]),
    );
  });
});

describe('RequestCorrection (补正要求) and ResubmitContract', () => {
  const asked = history(...accepted(), correctionCommand('2020-03-15'));

  it('asks for a correction of a filed or accepted application', () => {
    spec
      .given(history(...accepted()))
      .when(correctionCommand('2020-03-15'))
      .then([
        {
          type: 'CorrectionRequested',
          data: {
            contractNo: CONTRACT,
            sellerRegionId: region('gaoxin'),
            reason: text('合同名称与内容不符'),
            requestedOn: date('2020-03-15'),
          },
        },
      ]);
    spec
      .given(history(...registered()))
      .when(correctionCommand('2020-03-25'))
      .thenRejects({
        _tag: 'AlreadyRegistered',
        contractNo: CONTRACT,
        registrationNo: REG_NO,
        registeredOn: '2020-03-20',
        status: 'registered',
      });
  });

  it('takes the corrected terms, which must be accepted again', () => {
    const decided = given(asked).when(
      resubmitCommand('2020-03-18', { contractType: 'consulting', techAmount: fen(30_000_000) }),
    );
    // contractType given without subtype: the development subtype does not carry over.
    expect(decided).toEqual(
      right([
        {
          type: 'ContractResubmitted',
          data: {
            contractNo: CONTRACT,
            sellerRegionId: region('gaoxin'),
            title: text('智能电机控制系统委托开发合同'),
            contractType: 'consulting',
            grossAmount: fen(50_000_000),
            techAmount: fen(30_000_000),
            seller: SELLER,
            buyer: BUYER,
            signedOn: date('2020-03-02'),
            resubmittedOn: date('2020-03-18'),
            ruleSet: text('tech-contract-rules-2001'),
          },
        },
      ]),
    );
    const resubmitted = history(...accepted(), correctionCommand('2020-03-15'), resubmitCommand('2020-03-18'));
    spec
      .given(resubmitted)
      .when(registerCommand('2020-03-20'))
      .thenRejects({ _tag: 'ApplicationNotAccepted', contractNo: CONTRACT, status: 'submitted' });
  });

  it('keeps the filed subtype when only the amounts are corrected', () => {
    expect(given(asked).when(resubmitCommand('2020-03-18', { grossAmount: fen(45_000_000) }))).toMatchObject(
      right([{ data: { contractType: 'development', subtype: 'commissioned-development', grossAmount: 45_000_000 } }]),
    );
  });

  it('checks the corrected terms like a filing', () => {
    spec
      .given(asked)
      .when(resubmitCommand('2020-03-18', { techAmount: fen(60_000_000) }))
      .thenRejects({
        _tag: 'TechAmountExceedsGross',
        contractNo: CONTRACT,
        path: 'data.techAmount',
        techAmount: 60_000_000,
        grossAmount: 50_000_000,
      });
    spec.given(asked).when(resubmitCommand('2020-03-14')).thenRejects({
      _tag: 'DateBeforeLastEvent',
      contractNo: CONTRACT,
      path: 'data.resubmittedOn',
      date: '2020-03-14',
      lastEventOn: '2020-03-15',
    });
  });

  it('refuses a resubmission nobody asked for', () => {
    spec
      .given(history(...accepted()))
      .when(resubmitCommand('2020-03-18'))
      .thenRejects({ _tag: 'CorrectionNotRequested', contractNo: CONTRACT, status: 'accepted' });
  });
});

describe('RefuseRegistration (不予登记)', () => {
  const refuse = {
    type: 'RefuseRegistration' as const,
    data: { contractNo: CONTRACT, reason: 'not-a-technology-contract' as const, refusedOn: date('2020-03-20') },
  };

  it('refuses with one of the nine reasons, and the contract cannot be filed again', () => {
    spec
      .given(history(...accepted()))
      .when(refuse)
      .then([
        {
          type: 'RegistrationRefused',
          data: {
            contractNo: CONTRACT,
            sellerRegionId: region('gaoxin'),
            contractType: 'development',
            subtype: 'commissioned-development',
            grossAmount: fen(50_000_000),
            techAmount: fen(40_000_000),
            reason: 'not-a-technology-contract',
            refusedOn: date('2020-03-20'),
          },
        },
      ]);
    spec
      .given(history(...accepted(), refuse))
      .when(submitCommand())
      .thenRejects({ _tag: 'ContractAlreadySubmitted', contractNo: CONTRACT, status: 'refused' });
  });

  it('refuses to refuse what is not under review', () => {
    spec
      .given(history(...accepted(), refuse))
      .when(refuse)
      .thenRejects({
        _tag: 'ApplicationNotPending',
        contractNo: CONTRACT,
        command: 'RefuseRegistration',
        status: 'refused',
      });
  });
});
