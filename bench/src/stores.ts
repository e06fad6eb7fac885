import { isLeft } from 'fp-ts/lib/Either.js';
import { type EventStore, InMemoryEventStore } from '../../packages/kernel/src/index';

export type Synchronous = 'FULL' | 'NORMAL';

/** Opens one of innoledger's stores as its users would, with the production clock and ids. */
export const openInnoledger = async (
  kind: 'memory' | 'sqlite' | 'postgres',
  where: { path?: string; synchronous?: Synchronous; url?: string } = {},
): Promise<EventStore> => {
  if (kind === 'memory') return new InMemoryEventStore();
  if (kind === 'sqlite') {
    if (where.path === undefined) throw new Error('sqlite store needs a path');
    const { openSqliteStore } = await import('../../packages/store-sqlite/src/index');
    const opened = await openSqliteStore({ path: where.path, synchronous: where.synchronous ?? 'FULL' });
    if (isLeft(opened)) throw new Error(`cannot open ${where.path}: ${JSON.stringify(opened.left)}`);
    return opened.right;
  }
  if (where.url === undefined) throw new Error('postgres store needs a url');
  const { openPostgresStore } = await import('../../packages/store-postgres/src/index');
  const opened = await openPostgresStore({ connectionString: where.url });
  if (isLeft(opened)) throw new Error(`cannot open ${where.url}: ${JSON.stringify(opened.left)}`);
  return opened.right;
};
