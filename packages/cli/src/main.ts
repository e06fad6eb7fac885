import { parse, USAGE, UsageError } from './args';
import { demoCommand } from './commands/demo';
import { indicatorsCommand } from './commands/indicators';
import { rebuildCommand } from './commands/rebuild';

const COMMANDS = { demo: demoCommand, indicators: indicatorsCommand, rebuild: rebuildCommand } as const;

/** Runs the CLI and returns its exit code: 0 done, 1 failed, 2 usage error. */
export const main = async (argv: readonly string[]): Promise<number> => {
  try {
    const args = parse(argv);
    if (args.options.help || args.command === undefined) {
      process.stdout.write(`${USAGE}\n`);
      return args.options.help ? 0 : 2;
    }
    const run = COMMANDS[args.command as keyof typeof COMMANDS];
    if (!run) throw new UsageError(`unknown command ${args.command}`);
    return await run(args);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`innoledger: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
};
