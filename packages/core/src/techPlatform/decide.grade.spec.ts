import { describe, expect, it } from 'vitest';
import { command, event, filedProvincial, graded, INCUBATEE, PLATFORM, registered, revoked, spec } from './fixtures';

const grade = (year: number, g: string, gradedOn: string) => command('RecordAnnualGrade', { year, grade: g, gradedOn });
const admitted = [registered, filedProvincial];

describe('RecordAnnualGrade (年度评价 A–D)', () => {
  it('records a grade with the level held', () => {
    spec
      .given(admitted)
      .when(grade(2020, 'B', '2021-03-15'))
      .then([graded(2020, 'B', '2021-03-15')]);
  });

  it('revokes at the second consecutive unqualified grade', () => {
    const state = spec
      .given([...admitted, graded(2020, 'D', '2021-03-15')])
      .when(grade(2021, 'D', '2022-03-10'))
      .then([graded(2021, 'D', '2022-03-10'), revoked('two-consecutive-unqualified', '2022-03-10')]);
    expect(state.status).toBe('revoked');
  });

  it('does not revoke when the unqualified grades are not consecutive', () => {
    spec
      .given([...admitted, graded(2020, 'D', '2021-03-15'), graded(2021, 'C', '2022-03-10')])
      .when(grade(2022, 'D', '2023-03-10'))
      .then([graded(2022, 'D', '2023-03-10')]);
    spec
      .given([...admitted, graded(2020, 'D', '2021-03-15')])
      .when(grade(2022, 'D', '2023-03-10'))
      .then([graded(2022, 'D', '2023-03-10')]);
  });

  it('counts grades afresh after a re-admission', () => {
    const history = [
      ...admitted,
      graded(2020, 'D', '2021-03-15'),
      revoked('failed-recheck', '2021-04-01'),
      event('PlatformFiled', { level: 'municipal', mode: 'filing', on: '2021-06-01' }),
    ];
    spec
      .given(history)
      .when(grade(2021, 'D', '2022-03-10'))
      .then([graded(2021, 'D', '2022-03-10', 'municipal')]);
  });

  it('refuses a grade for a platform that is not admitted', () => {
    spec
      .given([registered])
      .when(grade(2020, 'A', '2021-03-15'))
      .thenRejects({ _tag: 'PlatformNotActive', platformId: PLATFORM, status: 'unadmitted' });
  });

  it('refuses a second grade for a year', () => {
    spec
      .given([...admitted, graded(2020, 'B', '2021-03-15')])
      .when(grade(2020, 'A', '2021-04-15'))
      .thenRejects({ _tag: 'GradeAlreadyRecorded', platformId: PLATFORM, year: 2020, grade: 'B' });
  });

  it('refuses a year before the last graded one or before the admission', () => {
    spec
      .given([...admitted, graded(2021, 'B', '2022-03-15')])
      .when(grade(2020, 'A', '2022-04-15'))
      .thenRejects({ _tag: 'GradeYearOutOfOrder', platformId: PLATFORM, year: 2020, earliestYear: 2022 });
    spec
      .given(admitted)
      .when(grade(2019, 'A', '2020-04-15'))
      .thenRejects({ _tag: 'GradeYearOutOfOrder', platformId: PLATFORM, year: 2019, earliestYear: 2020 });
  });

  it('refuses a grade dated before its year began, or before the last recorded step', () => {
    spec
      .given(admitted)
      .when(grade(2021, 'A', '2020-12-31'))
      .thenRejects({
        _tag: 'DateOutOfOrder',
        platformId: PLATFORM,
        path: 'data.gradedOn',
        date: '2020-12-31',
        notBefore: '2021-01-01',
      });
    spec
      .given(admitted)
      .when(grade(2020, 'A', '2020-03-19'))
      .thenRejects({
        _tag: 'DateOutOfOrder',
        platformId: PLATFORM,
        path: 'data.gradedOn',
        date: '2020-03-19',
        notBefore: '2020-03-20',
      });
  });
});

describe('GrantRentRelief (减免或缓征租金)', () => {
  const relief = (over: Record<string, unknown> = {}) =>
    command('GrantRentRelief', {
      incubateeUscc: INCUBATEE,
      amount: 1_200_000,
      from: '2020-02-01',
      to: '2020-04-30',
      ...over,
    });

  it('records relief granted by an admitted maker space or incubator to an incubatee', () => {
    spec
      .given(admitted)
      .when(relief())
      .then([
        event('RentReliefGranted', {
          level: 'provincial',
          incubateeUscc: INCUBATEE,
          amount: 1_200_000,
          from: '2020-02-01',
          to: '2020-04-30',
        }),
      ]);
    const incubator = event('PlatformRegistered', { ...registered.data, kind: 'incubator' });
    const incubatorFiled = event('PlatformFiled', {
      kind: 'incubator',
      level: 'municipal',
      mode: 'filing',
      on: '2019-09-01',
    });
    spec
      .given([incubator, incubatorFiled])
      .when(relief())
      .then([
        event('RentReliefGranted', {
          kind: 'incubator',
          level: 'municipal',
          incubateeUscc: INCUBATEE,
          amount: 1_200_000,
          from: '2020-02-01',
          to: '2020-04-30',
        }),
      ]);
  });

  it('refuses relief from other kinds of platform', () => {
    const centre = event('PlatformRegistered', {
      ...registered.data,
      kind: 'engineering-research-centre',
      hostUscc: undefined,
    });
    spec
      .given([centre])
      .when(relief())
      .thenRejects({ _tag: 'RentReliefNotOffered', platformId: PLATFORM, kind: 'engineering-research-centre' });
  });

  it('refuses relief from a platform not admitted at any level', () => {
    spec
      .given([registered])
      .when(relief())
      .thenRejects({ _tag: 'PlatformNotActive', platformId: PLATFORM, status: 'unadmitted' });
  });

  it('refuses a zero amount and a period that ends before it starts', () => {
    spec
      .given(admitted)
      .when(relief({ amount: 0 }))
      .thenRejects({ _tag: 'RentReliefAmountZero', platformId: PLATFORM, incubateeUscc: INCUBATEE });
    spec
      .given(admitted)
      .when(relief({ to: '2020-01-31' }))
      .thenRejects({
        _tag: 'DateOutOfOrder',
        platformId: PLATFORM,
        path: 'data.to',
        date: '2020-01-31',
        notBefore: '2020-02-01',
      });
  });
});
