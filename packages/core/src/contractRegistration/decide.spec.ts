import { right } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import {
  BUYER,
  CONTRACT,
  date,
  fen,
  given,
  history,
  REG_NO,
  region,
  registered,
  SELLER,
  spec,
  submitCommand,
  text,
} from './fixtures';
import { contractRegistration } from './index';

const TYPES_2001 = ['development', 'transfer', 'consulting', 'service'];

describe('SubmitContractForRegistration (申请认定登记)', () => {
  it('files a written contract under the rules of the filing date', () => {
    spec.when(submitCommand()).then([
      {
        type: 'ContractSubmittedForRegistration',
        data: {
          contractNo: CONTRACT,
          sellerRegionId: region('gaoxin'),
          title: text('智能电机控制系统委托开发合同'),
          contractType: 'development',
          subtype: 'commissioned-development',
          grossAmount: fen(50_000_000),
          techAmount: fen(40_000_000),
          seller: SELLER,
          buyer: BUYER,
          signedOn: date('2020-03-02'),
          submittedOn: date('2020-03-10'),
          ruleSet: text('tech-contract-rules-2001'),
        },
      },
    ]);
  });

  it('accepts a 2020 patent licence filed as a transfer (专利实施许可 under 技术转让)', () => {
    expect(given([]).when(submitCommand({ contractType: 'transfer', subtype: 'patent-licensing' }))).toMatchObject(
      right([{ data: { contractType: 'transfer', subtype: 'patent-licensing', ruleSet: 'tech-contract-rules-2001' } }]),
    );
  });

  it('refuses the licensing type in 2020, before the Civil Code', () => {
    spec.when(submitCommand({ contractType: 'licensing', subtype: 'patent-licensing' })).thenRejects({
      _tag: 'ContractTypeNotInForce',
      contractNo: CONTRACT,
      contractType: 'licensing',
      date: '2020-03-10',
      ruleSet: 'tech-contract-rules-2001',
      allowedTypes: TYPES_2001,
    });
  });

  it('accepts the licensing type from 2021-01-01', () => {
    const licence = submitCommand({
      contractType: 'licensing',
      subtype: 'patent-licensing',
      signedOn: date('2020-12-28'),
      submittedOn: date('2021-01-01'),
    });
    expect(given([]).when(licence)).toMatchObject(
      right([{ data: { contractType: 'licensing', subtype: 'patent-licensing', ruleSet: 'civil-code-2021' } }]),
    );
  });

  it('refuses patent licensing as a transfer subtype from 2021', () => {
    const transfer = submitCommand({
      contractType: 'transfer',
      subtype: 'patent-licensing',
      submittedOn: date('2021-03-01'),
    });
    spec.when(transfer).thenRejects({
      _tag: 'SubtypeNotAllowed',
      contractNo: CONTRACT,
      contractType: 'transfer',
      subtype: 'patent-licensing',
      date: '2021-03-01',
      ruleSet: 'civil-code-2021',
      allowedSubtypes: ['patent-right', 'patent-application-right', 'technical-secret'],
    });
  });

  it('refuses a subtype on a type that has none', () => {
    spec.when(submitCommand({ contractType: 'consulting', subtype: 'technical-training' })).thenRejects({
      _tag: 'SubtypeNotAllowed',
      contractNo: CONTRACT,
      contractType: 'consulting',
      subtype: 'technical-training',
      date: '2020-03-10',
      ruleSet: 'tech-contract-rules-2001',
      allowedSubtypes: [],
    });
  });

  it('knows no contract rules before the 2001 rules', () => {
    const old = submitCommand({ signedOn: date('2001-05-01'), submittedOn: date('2001-06-01') });
    spec.when(old).thenRejects({ _tag: 'NoContractRulesInForce', contractNo: CONTRACT, date: '2001-06-01' });
  });

  it('accepts a technology amount equal to the gross and refuses one above it', () => {
    expect(given([]).when(submitCommand({ techAmount: fen(50_000_000) }))).toMatchObject(
      right([{ data: { techAmount: 50_000_000 } }]),
    );
    spec.when(submitCommand({ techAmount: fen(50_000_001) })).thenRejects({
      _tag: 'TechAmountExceedsGross',
      contractNo: CONTRACT,
      path: 'data.techAmount',
      techAmount: 50_000_001,
      grossAmount: 50_000_000,
    });
  });

  it('refuses a zero gross amount', () => {
    spec
      .when(submitCommand({ grossAmount: fen(0), techAmount: fen(0) }))
      .thenRejects({ _tag: 'AmountNotPositive', contractNo: CONTRACT, path: 'data.grossAmount', amount: 0 });
  });

  it('refuses an oral contract', () => {
    spec.when(submitCommand({ written: false })).thenRejects({ _tag: 'OralContractRefused', contractNo: CONTRACT });
  });

  it('refuses a contract filed before it was signed', () => {
    spec.when(submitCommand({ signedOn: date('2020-03-11') })).thenRejects({
      _tag: 'SubmittedBeforeSigned',
      contractNo: CONTRACT,
      signedOn: '2020-03-11',
      submittedOn: '2020-03-10',
    });
  });

  it('refuses regions the hierarchy does not have', () => {
    spec
      .when(submitCommand({ seller: { ...SELLER, regionId: region('wuhan') } }))
      .thenRejects({ _tag: 'UnknownRegion', regionId: 'wuhan', path: 'data.seller.regionId' });
    spec
      .when(submitCommand({ buyer: { name: text('b'), regionId: region('hongshan') } }))
      .thenRejects({ _tag: 'UnknownRegion', regionId: 'hongshan', path: 'data.buyer.regionId' });
  });

  it('places the buyer inside the hierarchy or outside it, exactly once', () => {
    expect(given([]).when(submitCommand({ buyer: { name: text('b'), regionId: region('chibi') } }))).toMatchObject(
      right([{ data: { buyer: { regionId: 'chibi' } } }]),
    );
    spec
      .when(submitCommand({ buyer: { name: text('b') } }))
      .thenRejects({ _tag: 'BuyerLocationUnclear', contractNo: CONTRACT, given: [] });
    const both = { name: text('b'), regionId: region('chibi'), outsideRegion: text('湖北省武汉市') };
    spec.when(submitCommand({ buyer: both })).thenRejects({
      _tag: 'BuyerLocationUnclear',
      contractNo: CONTRACT,
      given: ['data.buyer.regionId', 'data.buyer.outsideRegion'],
    });
  });

  it('registers a contract once: a second filing is refused', () => {
    spec
      .given(history(submitCommand()))
      .when(submitCommand())
      .thenRejects({ _tag: 'ContractAlreadySubmitted', contractNo: CONTRACT, status: 'submitted' });
    spec
      .given(history(...registered()))
      .when(submitCommand())
      .thenRejects({
        _tag: 'AlreadyRegistered',
        contractNo: CONTRACT,
        registrationNo: REG_NO,
        registeredOn: '2020-03-20',
        status: 'registered',
      });
  });
});

describe('the contractRegistration module', () => {
  it('addresses one stream per contract and dates events by their business date', () => {
    const commands = registered();
    const events = history(...commands);
    expect(commands.map((c) => contractRegistration.streamId(c))).toEqual(
      commands.map(() => `contractRegistration-${CONTRACT}`),
    );
    expect(events.map((e, i) => contractRegistration.occurredAt(e, commands[i] ?? submitCommand()))).toEqual([
      '2020-03-10',
      '2020-03-12',
      '2020-03-20',
    ]);
    expect(contractRegistration.commandTypes).toHaveLength(8);
  });
});
