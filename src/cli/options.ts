// Options and conventions shared by the commands.
import { InvalidArgumentError, Option } from 'commander';
import { DEFAULT_DB } from '../store/open-store.js';

/** Exit codes: 0 all good, 1 some inputs failed, 2 usage or fatal error. */
export const EXIT_INPUT_FAILED = 1;
export const EXIT_FATAL = 2;

export function dbOption(): Option {
  return new Option('--db <file>', 'store: a SQLite file').env('PARALLAX_DB').default(DEFAULT_DB);
}

export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a positive integer');
  return n;
}
