import { type RecordedEvent, verify } from '@innoledger/kernel';
import { isRight } from 'fp-ts/lib/Either.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SqliteEventStore } from '../sqliteEventStore';
import { event, mustOpen, simulated, type TempDir, tempDir } from '../support/tempStore';

describe('heads known between appends', () => {
  let tmp: TempDir;
  const opened: SqliteEventStore[] = [];
  const open = async (verbose?: (sql: unknown) => void) => {
    const store = await mustOpen({ path: tmp.file(), ...simulated(), ...(verbose ? { verbose } : {}) });
    opened.push(store);
    return store;
  };

  beforeEach(() => {
    tmp = tempDir();
  });
  afterEach(async () => {
    for (const store of opened.splice(0)) await store.close();
    tmp.remove();
  });

  it('an append to a stream this connection wrote reads no head from the table', async () => {
    const statements: string[] = [];
    const store = await open((sql) => statements.push(String(sql)));
    await store.appendToStream('grant-1', 'no_stream', [event(1)]);
    statements.length = 0;
    await store.appendToStream('grant-1', 1, [event(2), event(3)]);
    expect(statements.filter((sql) => /^\s*SELECT/i.test(sql))).toEqual([]);
    expect(statements.filter((sql) => /INSERT INTO events/.test(sql))).toHaveLength(2);
  });

  it('another connection’s append is seen: the version check, the chain and the positions follow it', async () => {
    const mine = await open();
    const theirs = await open();
    await mine.appendToStream('grant-1', 'no_stream', [event(1)]);
    await theirs.appendToStream('grant-1', 1, [event(2)]);
    await theirs.appendToStream('grant-2', 'no_stream', [event(3)]);
    expect(await mine.appendToStream('grant-1', 1, [event(4)])).toMatchObject({
      _tag: 'Left',
      left: { _tag: 'ConcurrencyConflict', expected: 1, actual: 2 },
    });
    const appended = await mine.appendToStream('grant-1', 2, [event(4)]);
    expect(appended).toMatchObject({ _tag: 'Right', right: { nextExpectedVersion: 3, lastGlobalPosition: 4 } });
    expect(await verify(mine)).toMatchObject({ _tag: 'Right', right: { events: 4, streams: 2 } });
  });

  it('an import through the same connection is seen by the next append', async () => {
    const store = await open();
    await store.appendToStream('grant-1', 'no_stream', [event(1)]);
    const other = await mustOpen({ path: tmp.file('other.db'), ...simulated('2020-03-01T02:00:00.000Z') });
    await other.appendToStream('grant-9', 'no_stream', [event(7), event(8)]);
    const imported: RecordedEvent[] = [];
    for await (const e of other.readAll()) imported.push(e);
    await other.close();
    expect(await store.importRecorded(imported)).toEqual({ _tag: 'Right', right: 3 });
    const appended = await store.appendToStream('grant-1', 1, [event(2)]);
    expect(appended).toMatchObject({ _tag: 'Right', right: { lastGlobalPosition: 4 } });
    expect(isRight(appended) && appended.right.events[0]?.recordedAt).toBe('2020-03-01T02:00:00.000Z');
    expect(await verify(store)).toMatchObject({ _tag: 'Right', right: { events: 4, streams: 2 } });
  });
});
