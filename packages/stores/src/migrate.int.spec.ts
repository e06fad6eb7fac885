import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EventStore, InMemoryEventStore, type RecordedEvent, verify } from '@innoledger/kernel';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate } from './migrate';
import { openStore } from './openStore';
import { aHistory } from './support/aHistory';

const tmp = mkdtempSync(join(tmpdir(), 'innoledger-migrate-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const readAll = async (store: EventStore): Promise<RecordedEvent[]> => {
  const out: RecordedEvent[] = [];
  for await (const event of store.readAll()) out.push(event);
  return out;
};

const sqlite = async (name: string): Promise<EventStore> => {
  const opened = await openStore(`sqlite:${join(tmp, name)}`);
  if (opened._tag === 'Left') throw new Error(opened.left.message);
  return opened.right;
};

describe('migrate between real stores', () => {
  it('memory → SQLite → memory keeps every event and hash, and each copy verifies', async () => {
    const source = await aHistory();
    const file = await sqlite('copy.db');
    expect(await migrate(source, file, { batchSize: 4 })).toEqual({ _tag: 'Right', right: { events: 10 } });
    await file.close();

    const reopened = await sqlite('copy.db');
    const original = await readAll(source);
    const copied = await readAll(reopened);
    expect(copied).toEqual(original);
    expect(copied.map((e) => e.hash)).toEqual(original.map((e) => e.hash));
    expect(await verify(reopened)).toEqual({
      _tag: 'Right',
      right: { events: 10, streams: 3, seals: 2, lastPosition: 10 },
    });

    const back = new InMemoryEventStore();
    expect(await migrate(reopened, back)).toEqual({ _tag: 'Right', right: { events: 10 } });
    expect(await readAll(back)).toEqual(original);
    await reopened.close();
  });

  it('refuses a SQLite target that already holds a history', async () => {
    const target = await sqlite('busy.db');
    await migrate(await aHistory(), target);
    expect(await migrate(await aHistory(), target)).toMatchObject({
      _tag: 'Left',
      left: { _tag: 'TargetNotEmpty', headPosition: 10 },
    });
    expect(await target.headPosition()).toBe(10);
    await target.close();
  });
});
