import type { FieldError } from '../codec/fieldErrors';

/** Command input that its codec refuses; each error names a field path. */
export interface InvalidCommand {
  readonly _tag: 'InvalidCommand';
  readonly commandType: string;
  readonly errors: readonly FieldError[];
}

export const invalidCommand = (commandType: string, errors: readonly FieldError[]): InvalidCommand => ({
  _tag: 'InvalidCommand',
  commandType,
  errors,
});
