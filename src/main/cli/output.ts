import type { CliIo, OptionValue } from './types';

export function printJson(io: CliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

export function printLine(io: CliIo, line: string): void {
  io.stdout(`${line}\n`);
}

export function say(io: CliIo, line: string): void {
  io.stderr(`${line}\n`);
}

export function flag(value: OptionValue): boolean {
  return value === true;
}

export function text(value: OptionValue): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
