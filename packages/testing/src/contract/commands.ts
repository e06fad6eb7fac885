import { expect, it } from 'vitest';
import { anEvent, appendOk, type ContractHarness, expectLeft, readOk, someEvents } from './harness';

const command = (commandId: string, fingerprint = `fp-${commandId}`) => ({ command: { commandId, fingerprint } });

export const commandChecks = (h: ContractHarness): void => {
  it('records a command with the versions its events took', async () => {
    const store = h.store();
    await appendOk(store, 'cmd-stream', 'no_stream', someEvents(2), command('cmd-1'));
    await appendOk(store, 'cmd-stream', 2, someEvents(1, 3), command('cmd-2'));
    expect(await store.findCommand('cmd-1')).toEqual({
      commandId: 'cmd-1',
      fingerprint: 'fp-cmd-1',
      streamId: 'cmd-stream',
      versionBefore: 0,
      versionAfter: 2,
    });
    expect(await store.findCommand('cmd-2')).toMatchObject({ versionBefore: 2, versionAfter: 3 });
    expect(await store.findCommand('cmd-unknown')).toBeUndefined();
  });

  it('a command that produced no events is still recorded', async () => {
    const store = h.store();
    await appendOk(store, 'cmd-empty', 'any', [], command('cmd-3'));
    expect(await store.findCommand('cmd-3')).toEqual({
      commandId: 'cmd-3',
      fingerprint: 'fp-cmd-3',
      streamId: 'cmd-empty',
      versionBefore: 0,
      versionAfter: 0,
    });
  });

  it('a second append with the same commandId is refused as DuplicateCommand and writes nothing', async () => {
    const store = h.store();
    await appendOk(store, 'cmd-dup', 'no_stream', someEvents(1), command('cmd-4'));
    const record = await store.findCommand('cmd-4');
    const head = await store.headPosition();
    for (const [streamId, expected] of [
      ['cmd-dup', 1],
      ['cmd-dup', 'any'],
      ['cmd-elsewhere', 'no_stream'],
    ] as const) {
      const result = await store.appendToStream(streamId, expected, someEvents(1, 9), command('cmd-4', 'other'));
      expect(expectLeft(result)).toEqual({ _tag: 'DuplicateCommand', commandId: 'cmd-4', existing: record });
    }
    expect(await readOk(store, 'cmd-dup')).toHaveLength(1);
    expect(await readOk(store, 'cmd-elsewhere')).toEqual([]);
    expect(await store.headPosition()).toBe(head);
    expect(await store.findCommand('cmd-4')).toEqual(record);
  });

  it('a refused append records no command, so the same id can be used again', async () => {
    const store = h.store();
    await appendOk(store, 'cmd-refused', 'no_stream', someEvents(1));
    const conflict = await store.appendToStream('cmd-refused', 'no_stream', someEvents(1), command('cmd-5'));
    expect(expectLeft(conflict)._tag).toBe('ConcurrencyConflict');
    const invalid = await store.appendToStream(
      'cmd-refused',
      1,
      [anEvent({ n: 2 }), anEvent({ n: 3 }, { occurredAt: 'not-a-date' })],
      command('cmd-5'),
    );
    expect(expectLeft(invalid)._tag).toBe('InvalidEvent');
    expect(await store.findCommand('cmd-5')).toBeUndefined();
    await appendOk(store, 'cmd-refused', 1, someEvents(1, 2), command('cmd-5'));
    expect(await store.findCommand('cmd-5')).toMatchObject({ versionBefore: 1, versionAfter: 2 });
  });

  it('command ids with quotes and Chinese are kept verbatim', async () => {
    const store = h.store();
    const ids = ["cmd-'quoted'", '命令-0001', 'cmd; DROP TABLE commands; --'];
    for (const [i, id] of ids.entries()) await appendOk(store, `cmd-text-${i}`, 'no_stream', [anEvent()], command(id));
    for (const [i, id] of ids.entries())
      expect(await store.findCommand(id)).toMatchObject({ commandId: id, streamId: `cmd-text-${i}` });
    expect(await store.findCommand('命令-0002')).toBeUndefined();
  });

  it(
    'racing appends carrying the same commandId: exactly one is written',
    async () => {
      const store = h.store();
      const writers = Array.from({ length: h.concurrentWriters }, (_, i) => i);
      const results = await Promise.all(
        writers.map((w) => store.appendToStream(`cmd-race-${w}`, 'no_stream', [anEvent({ w })], command('cmd-6'))),
      );
      expect(results.filter((r) => r._tag === 'Right')).toHaveLength(1);
      for (const r of results) if (r._tag === 'Left') expect(r.left._tag).toBe('DuplicateCommand');
      const record = await store.findCommand('cmd-6');
      const written = [];
      for (const w of writers) written.push(...(await readOk(store, `cmd-race-${w}`)));
      expect(written).toHaveLength(1);
      expect(record?.streamId).toBe(written[0]?.streamId);
    },
    h.timeoutMs,
  );
};
