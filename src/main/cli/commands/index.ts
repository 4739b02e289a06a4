import type { CliCommand } from '../types';
import { checkCommand } from './check';
import { exportCommand } from './export';
import { importCommand } from './import';
import { listCommand } from './list';
import { newCommand } from './new';
import { packageCommand } from './package';
import { saveCommand } from './save';
import { showCommand } from './show';
import { templateCommand } from './template';

/** The command table; a new command is one file in this folder plus one line here. */
export const COMMANDS: readonly CliCommand[] = [
  newCommand,
  listCommand,
  showCommand,
  checkCommand,
  saveCommand,
  importCommand,
  templateCommand,
  exportCommand,
  packageCommand,
];
