import type { CommandRecord } from '../store/commandRecord';

/** The store already holds a command with this id; returned by an append that carries a command. */
export interface DuplicateCommand {
  readonly _tag: 'DuplicateCommand';
  readonly commandId: string;
  readonly existing: CommandRecord;
}

export const duplicateCommand = (existing: CommandRecord): DuplicateCommand => ({
  _tag: 'DuplicateCommand',
  commandId: existing.commandId,
  existing,
});
