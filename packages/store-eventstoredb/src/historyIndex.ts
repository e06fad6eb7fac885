import type { Position } from '@eventstore/db-client';
import { recordedAtOf } from './envelope';
import { comparePositions, PositionIndex } from './positionIndex';
import { scanAll } from './scanAll';
import type { Server } from './server';

const SCAN_PAGE = 4096;

/**
 * This process's numbering of the history: follows `$all` forwards and gives each event of our
 * streams the next global position. Built by one scan when the store opens (the cost of dense
 * positions on a server whose own are sparse), then extended on demand.
 */
export class HistoryIndex {
  readonly #server: Server;
  readonly #positions = new PositionIndex();
  #scanned: Position | undefined;
  #lastRecordedAt: string | undefined;
  #catchingUp: Promise<void> = Promise.resolve();

  constructor(server: Server) {
    this.#server = server;
  }

  /** Global position of the last indexed event (0 when none). */
  get length(): number {
    return this.#positions.length;
  }

  /** The last `$all` record looked at, ours or not: where a reader or subscriber picks up. */
  get scanned(): Position | undefined {
    return this.#scanned;
  }

  /** The latest `recordedAt` seen; a new append never records an earlier time. */
  get lastRecordedAt(): string | undefined {
    return this.#lastRecordedAt;
  }

  logPositionOf(position: number): Position | undefined {
    return this.#positions.logPositionOf(position);
  }

  noteRecordedAt(recordedAt: string | undefined): void {
    if (recordedAt !== undefined && (this.#lastRecordedAt === undefined || recordedAt > this.#lastRecordedAt))
      this.#lastRecordedAt = recordedAt;
  }

  /** Indexes everything `$all` holds by now; scans run one at a time. */
  catchUp(): Promise<void> {
    const run = this.#catchingUp.then(() => this.#scan());
    this.#catchingUp = run.catch(() => undefined);
    return run;
  }

  async #scan(): Promise<void> {
    for await (const record of scanAll(this.#server.client, this.#scanned, SCAN_PAGE)) {
      this.#scanned = record.position;
      if (!this.#server.naming.isHistory(record.streamId)) continue;
      this.#positions.push(record.position);
      this.noteRecordedAt(recordedAtOf(record.metadata));
    }
  }

  /** Global position of the event at `logPosition`, catching up first when it is newer than the index. */
  async globalPositionOf(logPosition: Position | undefined, streamId: string): Promise<number> {
    if (logPosition === undefined)
      throw new Error(
        'EventStoreDB returned an event without its log position: this adapter needs server 22.10 or later',
      );
    let position = this.#positions.positionOf(logPosition);
    if (position === undefined && (this.#scanned === undefined || comparePositions(logPosition, this.#scanned) > 0)) {
      await this.catchUp();
      position = this.#positions.positionOf(logPosition);
    }
    if (position === undefined)
      throw new Error(
        `event of stream ${JSON.stringify(streamId)} at log position ${logPosition.commit} is not in $all`,
      );
    return position;
  }
}
