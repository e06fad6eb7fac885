import { Client, type ClientConfig, escapeIdentifier, type Notification } from 'pg';

interface Waiter {
  readonly after: number;
  readonly wake: () => void;
}

/**
 * One dedicated connection that LISTENs on the store's channel and wakes `waitForAppend` callers
 * when an append commits. Connected on first use, so stores that never wait hold no extra connection.
 */
export class AppendListener {
  readonly #config: ClientConfig;
  readonly #channel: string;
  readonly #waiters = new Set<Waiter>();
  #client: Promise<Client> | undefined;
  #closed = false;

  constructor(config: ClientConfig, channel: string) {
    this.#config = config;
    this.#channel = channel;
  }

  /**
   * Resolves once a notification for a position > `after` arrives, `isPast()` says one exists
   * already, or `timeoutMs` passes. Listening starts before `isPast` runs, so no append between
   * the two can be missed.
   */
  async wait(after: number, timeoutMs: number, isPast: () => Promise<boolean>): Promise<void> {
    if (this.#closed) return;
    await this.#listening();
    // close() may have run while we connected; it has already woken everyone it knew of.
    if (this.#closed) return;
    await new Promise<void>((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const waiter: Waiter = {
        after,
        wake: () => {
          clearTimeout(timer);
          this.#waiters.delete(waiter);
          resolve();
        },
      };
      const done = waiter.wake;
      timer = setTimeout(done, Math.max(0, timeoutMs));
      this.#waiters.add(waiter);
      isPast().then(
        (past) => past && done(),
        () => done(),
      );
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#wakeAll();
    const client = this.#client;
    this.#client = undefined;
    if (client) await client.then((c) => c.end()).catch(() => undefined);
  }

  #listening(): Promise<Client> {
    if (this.#client) return this.#client;
    const client = new Client(this.#config);
    client.on('notification', (message: Notification) => this.#notified(message));
    client.on('error', () => {
      // A lost listener only delays waiters until their timeout; the next wait reconnects.
      this.#client = undefined;
      this.#wakeAll();
      client.end().catch(() => undefined);
    });
    const ready = client
      .connect()
      .then(() => client.query(`LISTEN ${escapeIdentifier(this.#channel)}`))
      .then(() => client);
    this.#client = ready;
    ready.catch(() => {
      if (this.#client === ready) this.#client = undefined;
    });
    return ready;
  }

  #notified(message: Notification): void {
    if (message.channel !== this.#channel) return;
    const position = Number(message.payload);
    // An unreadable payload wakes everyone: a spurious wake-up only costs the caller one read.
    for (const waiter of [...this.#waiters]) if (!Number.isFinite(position) || position > waiter.after) waiter.wake();
  }

  #wakeAll(): void {
    for (const waiter of [...this.#waiters]) waiter.wake();
  }
}
