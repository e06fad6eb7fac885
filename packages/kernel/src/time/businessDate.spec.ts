import { describe, expect, it } from 'vitest';
import { BusinessDate, businessDayOf, endOfBusinessDay, isBusinessDate, parseKnownAt } from './businessDate';

describe('business dates', () => {
  it.each(['2020-01-01', '2020-02-29', '2000-02-29', '1949-10-01', '2099-12-31'])('%s is a business date', (d) => {
    expect(isBusinessDate(d)).toBe(true);
    expect(BusinessDate.is(d)).toBe(true);
  });

  it.each([
    '2021-02-29',
    '1900-02-29',
    '2020-02-30',
    '2020-13-01',
    '2020-00-10',
    '2020-1-1',
    '20200101',
    '2020-01-01T00:00:00Z',
    '',
    ' 2020-01-01',
  ])('%j is not', (d) => {
    expect(isBusinessDate(d)).toBe(false);
  });

  it('the end of a business day is 23:59:59.999 China Standard Time', () => {
    expect(endOfBusinessDay('2020-07-31')).toBe('2020-07-31T15:59:59.999Z');
    expect(endOfBusinessDay('2020-12-31')).toBe('2020-12-31T15:59:59.999Z');
  });

  it('an instant falls on its China Standard Time day', () => {
    expect(businessDayOf('2020-07-31T15:59:59.999Z')).toBe('2020-07-31');
    expect(businessDayOf('2020-07-31T16:00:00.000Z')).toBe('2020-08-01');
    expect(businessDayOf(new Date('2019-12-31T16:00:00.000Z'))).toBe('2020-01-01');
  });
});

describe('parseKnownAt', () => {
  it('reads a business date as the end of that day in China Standard Time', () => {
    expect(parseKnownAt('2020-07-31')).toBe('2020-07-31T15:59:59.999Z');
  });

  it('reads an instant with a zone as that instant', () => {
    expect(parseKnownAt('2020-07-31T10:00:00Z')).toBe('2020-07-31T10:00:00.000Z');
    expect(parseKnownAt('2020-07-31T10:00:00.5+08:00')).toBe('2020-07-31T02:00:00.500Z');
    expect(parseKnownAt('2020-07-31T23:30-05:30')).toBe('2020-08-01T05:00:00.000Z');
  });

  it('reads a time without a zone as China Standard Time, whatever the machine zone', () => {
    expect(parseKnownAt('2020-07-31T18:00')).toBe('2020-07-31T10:00:00.000Z');
    expect(parseKnownAt('2020-07-31T18:00:00.250')).toBe('2020-07-31T10:00:00.250Z');
  });

  it.each([
    '2020-02-30T00:00:00Z',
    '2020-07-31T24:00:00Z',
    '2020-07-31T12:60:00Z',
    '2020-07-31T12:00:60Z',
    '2020-07-31T12:00:00+15:00',
    '2020-07-31T12:00:00+08:60',
    '2020-07-31Tnoon',
    '2020-07-31 12:00:00Z',
    'yesterday',
    '',
  ])('refuses %j', (value) => {
    expect(parseKnownAt(value)).toBeUndefined();
  });
});
