import type { WorkloadSize } from './workload';

/** What the orchestrator hands a child process: one run of one scenario. */
export interface Job {
  readonly scenario: string;
  readonly run: number;
  readonly size: WorkloadSize;
  /** Folder for database files of this harness run. */
  readonly work: string;
  /** The throwaway PostgreSQL server (its default database). */
  readonly postgresUrl: string;
  /** The two Xianning-shaped histories: SQLite files and PostgreSQL URLs. */
  readonly histories: readonly HistoryLocation[];
  /** Samples per latency figure. */
  readonly samples: number;
}

export interface HistoryLocation {
  readonly label: string;
  readonly events: number;
  readonly sqlitePath: string;
  readonly postgresUrl: string;
}

export interface ScenarioContext {
  readonly job: Job;
  /** A fresh file in the work folder (any old one removed). */
  freshFile(name: string): string;
  /** A fresh database on the server, returned as a URL. */
  freshDatabase(name: string): Promise<string>;
  databaseUrl(name: string): string;
  file(name: string): string;
}
