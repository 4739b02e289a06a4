/** Options of `npm run start:browser -- [--port N] [--data-dir D] [--no-open]`. */
export interface BrowserCliArgs {
  readonly port: number;
  readonly dataDir: string | null;
  readonly open: boolean;
}

export class CliArgsError extends Error {}

export function parseBrowserCliArgs(argv: readonly string[]): BrowserCliArgs {
  let port = 0;
  let dataDir: string | null = null;
  let open = true;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const [name, inlineValue] = arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const takeValue = (): string => {
      const value = inlineValue ?? argv[++i];
      if (value === undefined || value === '') throw new CliArgsError(`参数 ${name} 缺少取值。`);
      return value;
    };
    switch (name) {
      case '--port': {
        const value = takeValue();
        port = Number(value);
        if (!Number.isInteger(port) || port < 0 || port > 65535) {
          throw new CliArgsError(`端口“${value}”无效，请填写 0–65535 的整数（0 表示自动选择）。`);
        }
        break;
      }
      case '--data-dir':
        dataDir = takeValue();
        break;
      case '--no-open':
        open = false;
        break;
      default:
        throw new CliArgsError(
          `不认识的参数“${arg}”。用法：npm run start:browser -- [--port 端口] [--data-dir 数据目录] [--no-open]`,
        );
    }
  }
  return { port, dataDir, open };
}
