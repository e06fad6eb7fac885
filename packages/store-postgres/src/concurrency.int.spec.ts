// 8 stores (8 pools) hammer the same 20 streams with optimistic appends carrying command ids, half
// of them sent twice by different writers. Afterwards every stream is 1..n, every command was
// applied once or refused as a duplicate, and the hash chains verify.
import { createHash } from 'node:crypto';
import { type RecordedEvent, verify } from '@innoledger/kernel';
import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import type { PostgresEventStore } from './postgresEventStore';
import { simulated, useTestServer } from './support/testServer';

const server = useTestServer();

const WRITERS = 8;
const COMMANDS_PER_WRITER = 250;
const STREAMS = 20;

type Outcome = 'applied' | 'duplicate';

/** Load → append at the loaded version → retry on conflict, like the command handler does. */
const handle = async (store: PostgresEventStore, streamId: string, commandId: string): Promise<Outcome> => {
  const fingerprint = createHash('sha256').update(`${streamId}|${commandId}`).digest('hex');
  for (;;) {
    const read = await store.readStream(streamId);
    if (isLeft(read)) throw new Error(`read failed: ${JSON.stringify(read.left)}`);
    const version = read.right.length;
    const appended = await store.appendToStream(
      streamId,
      version,
      [{ type: 'Handled', data: { commandId }, occurredAt: '2020-03-01', metadata: { commandId } }],
      { command: { commandId, fingerprint } },
    );
    if (isRight(appended)) return 'applied';
    if (appended.left._tag === 'DuplicateCommand') return 'duplicate';
    if (appended.left._tag !== 'ConcurrencyConflict') throw new Error(`refused: ${JSON.stringify(appended.left)}`);
  }
};

describe(`${WRITERS} writers × ${COMMANDS_PER_WRITER} commands on ${STREAMS} streams`, () => {
  it('leaves gap-free streams, one application per command and verifying chains', { timeout: 240_000 }, async () => {
    const first = await server.open(simulated());
    const writers = [
      first,
      ...(await Promise.all(
        Array.from({ length: WRITERS - 1 }, () => server.open({ schema: first.schema, poolSize: 2 })),
      )),
    ];
    // Writers i and i + WRITERS/2 send the same command ids: each is a retry race.
    const commandOf = (writer: number, k: number) => `cmd-${writer % (WRITERS / 2)}-${k}`;
    const streamOf = (commandId: string) =>
      `project-${Number.parseInt(createHash('sha256').update(commandId).digest('hex').slice(0, 8), 16) % STREAMS}`;

    const outcomes = await Promise.all(
      writers.map(async (store, w) => {
        const mine: Outcome[] = [];
        for (let k = 0; k < COMMANDS_PER_WRITER; k++) {
          const commandId = commandOf(w, k);
          mine.push(await handle(store, streamOf(commandId), commandId));
        }
        return mine;
      }),
    );

    const flat = outcomes.flat();
    const unique = (WRITERS / 2) * COMMANDS_PER_WRITER;
    expect(flat.filter((o) => o === 'applied').length).toBe(unique);
    expect(flat.filter((o) => o === 'duplicate').length).toBe(WRITERS * COMMANDS_PER_WRITER - unique);

    const all: RecordedEvent[] = [];
    for await (const e of first.readAll({ batchSize: 333 })) all.push(e);
    expect(all.map((e) => e.globalPosition)).toEqual(Array.from({ length: unique }, (_, i) => i + 1));

    const byStream = new Map<string, number[]>();
    for (const e of all) byStream.set(e.streamId, [...(byStream.get(e.streamId) ?? []), e.streamVersion]);
    for (const versions of byStream.values()) expect(versions).toEqual(versions.map((_, i) => i + 1));

    const seen = new Set(all.map((e) => (e.data as { commandId: string }).commandId));
    expect(seen.size).toBe(unique);
    for (let k = 0; k < COMMANDS_PER_WRITER; k += 50) {
      const commandId = commandOf(0, k);
      const record = await first.findCommand(commandId);
      expect(record).toMatchObject({ commandId, streamId: streamOf(commandId) });
      const at = all.find((e) => e.streamId === record?.streamId && e.streamVersion === record?.versionAfter);
      expect(at?.metadata.commandId).toBe(commandId);
    }

    const report = await verify(first);
    expect(report).toEqual({
      _tag: 'Right',
      right: { events: unique, streams: byStream.size, seals: 0, lastPosition: unique },
    });
    // recordedAt never decreases along global order, whatever the writers' clocks said.
    expect(all.every((e, i) => i === 0 || (all[i - 1] as RecordedEvent).recordedAt <= e.recordedAt)).toBe(true);
  });
});
