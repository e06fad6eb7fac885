import { describe, it } from 'vitest';
import { command, event, HOUFU, registered, spec } from './fixtures';

describe('EstablishRdInstitution (企业研发机构)', () => {
  const establish = command('EstablishRdInstitution', {
    institutionId: 'houfu-etc',
    name: '咸宁市医疗装备工程技术研究中心',
    level: 'municipal',
    establishedOn: '2020-05-12',
  });
  const established = event('RdInstitutionEstablished', {
    institutionId: 'houfu-etc',
    name: '咸宁市医疗装备工程技术研究中心',
    level: 'municipal',
    establishedOn: '2020-05-12',
  });

  it('records an institution with its level', () => {
    spec.given([registered]).when(establish).then([established]);
  });

  it('refuses an institution id already used', () => {
    spec
      .given([registered, established])
      .when(establish)
      .thenRejects({ _tag: 'RdInstitutionAlreadyEstablished', uscc: HOUFU, institutionId: 'houfu-etc' });
  });
});

describe('Tech vice-president placements (科技副总)', () => {
  const place = (placementId: string, personId = 'p-0042', startsOn = '2020-06-01') =>
    command('PlaceTechVicePresident', { placementId, personId, fromOrganisation: '湖北科技学院', startsOn });
  const placed = event('TechVicePresidentPlaced', {
    placementId: 'tvp-1',
    personId: 'p-0042',
    fromOrganisation: '湖北科技学院',
    startsOn: '2020-06-01',
  });
  const ended = event('TechVicePresidentPlacementEnded', {
    placementId: 'tvp-1',
    personId: 'p-0042',
    endsOn: '2021-05-31',
  });

  it('places a person by id only', () => {
    spec.given([registered]).when(place('tvp-1')).then([placed]);
  });

  it('refuses a placement id already used', () => {
    spec
      .given([registered, placed])
      .when(place('tvp-1', 'p-0043'))
      .thenRejects({ _tag: 'PlacementAlreadyExists', uscc: HOUFU, placementId: 'tvp-1' });
  });

  it('refuses placing a person who is still placed here', () => {
    spec
      .given([registered, placed])
      .when(place('tvp-2'))
      .thenRejects({ _tag: 'PersonAlreadyPlaced', uscc: HOUFU, personId: 'p-0042', placementId: 'tvp-1' });
  });

  it('places the same person again after the first placement ended', () => {
    spec
      .given([registered, placed, ended])
      .when(place('tvp-2', 'p-0042', '2021-09-01'))
      .then([event('TechVicePresidentPlaced', { ...placed.data, placementId: 'tvp-2', startsOn: '2021-09-01' })]);
  });

  it('ends a placement, naming the person from state', () => {
    spec
      .given([registered, placed])
      .when(command('EndTechVicePresidentPlacement', { placementId: 'tvp-1', endsOn: '2021-05-31' }))
      .then([ended]);
  });

  it('refuses ending an unknown placement', () => {
    spec
      .given([registered])
      .when(command('EndTechVicePresidentPlacement', { placementId: 'tvp-9', endsOn: '2021-05-31' }))
      .thenRejects({ _tag: 'PlacementNotFound', uscc: HOUFU, placementId: 'tvp-9' });
  });

  it('refuses ending a placement twice', () => {
    spec
      .given([registered, placed, ended])
      .when(command('EndTechVicePresidentPlacement', { placementId: 'tvp-1', endsOn: '2021-06-30' }))
      .thenRejects({ _tag: 'PlacementAlreadyEnded', uscc: HOUFU, placementId: 'tvp-1', endsOn: '2021-05-31' });
  });

  it('refuses an end before the start', () => {
    spec
      .given([registered, placed])
      .when(command('EndTechVicePresidentPlacement', { placementId: 'tvp-1', endsOn: '2020-05-31' }))
      .thenRejects({
        _tag: 'DateOutOfOrder',
        uscc: HOUFU,
        path: 'data.endsOn',
        date: '2020-05-31',
        notBefore: '2020-06-01',
      });
  });
});

describe('RecordProductionStatus (复工)', () => {
  const halted = event('ProductionStatusRecorded', { status: 'halted', since: '2020-01-24' });

  it('records each change of status', () => {
    spec
      .given([registered, halted])
      .when(command('RecordProductionStatus', { status: 'resumed', since: '2020-04-08' }))
      .then([event('ProductionStatusRecorded', { status: 'resumed', since: '2020-04-08' })]);
  });

  it('refuses a status equal to the current one', () => {
    spec
      .given([registered, halted])
      .when(command('RecordProductionStatus', { status: 'halted', since: '2020-02-01' }))
      .thenRejects({ _tag: 'ProductionStatusUnchanged', uscc: HOUFU, status: 'halted', since: '2020-01-24' });
  });

  it('refuses a change dated before the current status', () => {
    spec
      .given([registered, halted])
      .when(command('RecordProductionStatus', { status: 'partial', since: '2020-01-20' }))
      .thenRejects({
        _tag: 'DateOutOfOrder',
        uscc: HOUFU,
        path: 'data.since',
        date: '2020-01-20',
        notBefore: '2020-01-24',
      });
  });
});
