import { parseArgs } from 'node:util';

/** A command-line mistake: printed with the usage, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export interface ParsedArgs {
  readonly command: string | undefined;
  readonly options: Readonly<Record<string, string | boolean | undefined>>;
}

const OPTIONS = {
  store: { type: 'string' },
  region: { type: 'string' },
  period: { type: 'string' },
  'known-at': { type: 'string' },
  ids: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const parse = (argv: readonly string[]): ParsedArgs => {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length > 1) throw new UsageError(`unexpected argument ${positionals[1]}`);
    return { command: positionals[0], options: values };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
};

/** A required string option, or a usage error naming it. */
export const required = (args: ParsedArgs, name: string): string => {
  const value = args.options[name];
  if (typeof value !== 'string' || value.length === 0) throw new UsageError(`--${name} is required`);
  return value;
};

export const optional = (args: ParsedArgs, name: string): string | undefined => {
  const value = args.options[name];
  return typeof value === 'string' ? value : undefined;
};

export const USAGE = `usage:
  innoledger demo [--store URL]
      Build Xianning's 2020 history (default store sqlite:./.innoledger/demo.db, rebuilt each run),
      rebuild every indicator and print the 2020-H1 dashboard for the city.
  innoledger indicators --store URL --region ID --period P [--known-at DATE|ISO] [--ids a,b] [--json]
      Indicators for a region (id or GB/T 2260 code) and period (2020, 2020-H1, 2020-Q1, 2020-03,
      2020-01-01..2020-04-10), as known at a moment. With --json, stdout carries only the JSON array.
  innoledger rebuild --store URL
      Replay the whole history into a fresh indicator ledger.`;
