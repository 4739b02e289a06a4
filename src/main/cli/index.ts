import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DatabaseTooNewError } from '../db';
import { AppError } from '../../shared/ipc';
import { createServices, resolveDataDir } from '../services';
import type { Services } from '../services';
import { COMMANDS } from './commands';
import { say } from './output';
import { CliInputError } from './types';
import type { CliCommand, CliIo } from './types';

export type { CliCommand, CliContext, CliIo } from './types';
export { CliInputError } from './types';
export { COMMANDS } from './commands';

const COMMON_OPTIONS = {
  'data-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function usage(commands: readonly CliCommand[]): string {
  const lines = commands.map((c) => `  ${c.usage.padEnd(60)} ${c.summary}`);
  return [
    '用法：npm run cli -- <命令> [参数] [--data-dir 数据目录]',
    '命令：',
    ...lines,
    '数据目录默认为环境变量 NIANBAO_DATA_DIR，否则为本机的用户数据目录。',
  ].join('\n');
}

function processIo(): CliIo {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
  };
}

/**
 * Runs one CLI command and returns its exit code; never calls process.exit, so tests can call it
 * with captured output.
 */
export async function main(
  argv: readonly string[],
  io: CliIo = processIo(),
  commands: readonly CliCommand[] = COMMANDS,
): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    say(io, usage(commands));
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    say(io, `未知命令“${name}”。\n${usage(commands)}`);
    return 2;
  }
  let services: Services | undefined;
  try {
    let parsed;
    try {
      parsed = parseArgs({
        args: [...rest],
        options: { ...COMMON_OPTIONS, ...command.options },
        allowPositionals: true,
        strict: true,
      });
    } catch (error) {
      throw new CliInputError(`${(error as Error).message}\n用法：${command.usage}`);
    }
    if (parsed.values.help === true) {
      say(io, `用法：npm run cli -- ${command.usage}\n${command.summary}`);
      return 0;
    }
    const { min, max } = command.positionals ?? { min: 0, max: 0 };
    if (parsed.positionals.length < min || parsed.positionals.length > max) {
      throw new CliInputError(`参数个数不对。\n用法：npm run cli -- ${command.usage}`);
    }
    const dataDirFlag = parsed.values['data-dir'];
    const dataDir = resolveDataDir({
      explicit: typeof dataDirFlag === 'string' ? dataDirFlag : null,
      env: io.env,
    });
    return await command.run({
      io,
      values: parsed.values,
      positionals: parsed.positionals,
      dataDir,
      services: () => (services ??= createServices({ dataDir, transport: 'browser' })),
    });
  } catch (error) {
    if (error instanceof CliInputError) {
      say(io, error.message);
      return 2;
    }
    if (error instanceof AppError || error instanceof DatabaseTooNewError) {
      say(io, error.message);
      return 1;
    }
    say(
      io,
      `程序内部出错：${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return 1;
  } finally {
    services?.close();
  }
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(entry)).href;
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
