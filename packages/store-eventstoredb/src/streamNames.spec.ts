import { SEALS_STREAM } from '@innoledger/kernel';
import { describe, expect, it } from 'vitest';
import { isNamespace, streamNaming } from './streamNames';

const plain = streamNaming();

describe('server stream names', () => {
  it('keeps ordinary stream ids as they are', () => {
    expect(plain.toServer('enterprise-914212001234567890')).toBe('enterprise-914212001234567890');
    expect(plain.toServer('合同-咸宁-2020')).toBe('合同-咸宁-2020');
    expect(plain.toServer("x'; DROP TABLE events; --")).toBe("x'; DROP TABLE events; --");
  });

  it('stores the reserved $innoledger: streams under a non-$ name', () => {
    expect(plain.toServer(SEALS_STREAM)).toBe('innoledger-reserved-seals');
    expect(plain.classify('innoledger-reserved-seals')).toEqual({ kind: 'events', streamId: SEALS_STREAM });
  });

  it('escapes ids the server or the adapter would take for their own', () => {
    expect(plain.toServer('$ce-order')).toBe('~$ce-order');
    expect(plain.toServer('~tilde')).toBe('~~tilde');
    expect(plain.toServer('innoledger-reserved-seals')).toBe('~innoledger-reserved-seals');
    expect(plain.classify('~$ce-order')).toEqual({ kind: 'events', streamId: '$ce-order' });
    expect(plain.classify('~innoledger-reserved-seals')).toEqual({
      kind: 'events',
      streamId: 'innoledger-reserved-seals',
    });
  });

  it('tells system, bookkeeping and foreign streams apart from the history', () => {
    expect(plain.classify('$stats-127.0.0.1:2113')).toEqual({ kind: 'system' });
    expect(plain.classify('$$order-1')).toEqual({ kind: 'system' });
    expect(plain.classify(plain.command('cmd-1'))).toEqual({ kind: 'internal' });
    expect(plain.classify(plain.snapshot('order-1', 'order'))).toEqual({ kind: 'internal' });
    expect(plain.classify(plain.projection('contracts.amount', 2))).toEqual({ kind: 'internal' });
    expect(plain.classify('~order-1')).toEqual({ kind: 'foreign' });
    expect(plain.isHistory('order-1')).toBe(true);
    expect(plain.isHistory('$all')).toBe(false);
  });

  it('keeps bookkeeping names distinct whatever the names contain', () => {
    expect(plain.snapshot('b', 'a/')).not.toBe(plain.snapshot('/b', 'a'));
    expect(plain.projection('p@1', 2)).not.toBe(plain.projection('p', 12));
    expect(plain.command('x')).toBe('innoledger-command-x');
  });
});

describe('namespaces', () => {
  const ns = streamNaming('test-42');

  it('puts every stream of the store under its prefix', () => {
    expect(ns.toServer('order-1')).toBe('innoledger-ns-test-42/order-1');
    expect(ns.toServer(SEALS_STREAM)).toBe('innoledger-ns-test-42/innoledger-reserved-seals');
    expect(ns.toServer('$x')).toBe('innoledger-ns-test-42/~$x');
    expect(ns.command('c')).toBe('innoledger-ns-test-42/innoledger-command-c');
    expect(ns.classify('innoledger-ns-test-42/order-1')).toEqual({ kind: 'events', streamId: 'order-1' });
    expect(ns.classify('innoledger-ns-test-42/innoledger-command-c')).toEqual({ kind: 'internal' });
  });

  it('sees other stores as foreign and is bookkeeping to the store without a namespace', () => {
    expect(ns.classify('order-1')).toEqual({ kind: 'foreign' });
    expect(ns.classify('innoledger-ns-test-43/order-1')).toEqual({ kind: 'foreign' });
    expect(ns.classify('innoledger-ns-test-42/$x')).toEqual({ kind: 'foreign' });
    expect(ns.classify('$stats')).toEqual({ kind: 'system' });
    expect(plain.classify('innoledger-ns-test-42/order-1')).toEqual({ kind: 'internal' });
  });

  it('accepts only short names of safe characters', () => {
    expect(isNamespace('contract_2026.a-b')).toBe(true);
    expect(isNamespace('')).toBe(false);
    expect(isNamespace('a/b')).toBe(false);
    expect(isNamespace('咸宁')).toBe(false);
    expect(isNamespace('x'.repeat(101))).toBe(false);
    expect(() => streamNaming('a/b')).toThrow(RangeError);
  });
});
