import type { CliCommand } from '../types';
import { checkCommand } from './check';
import { listCommand } from './list';
import { newCommand } from './new';
import { saveCommand } from './save';
import { showCommand } from './show';

/** The command table; a new command is one file in this folder plus one line here. */
export const COMMANDS: readonly CliCommand[] = [
  newCommand,
  listCommand,
  showCommand,
  checkCommand,
  saveCommand,
];
