import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../src/main/cli';
import { specFor } from '../../../src/shared/format';
import type { FormatVersion } from '../../../src/shared/format';
import { tempDir } from '../services/harness';

let dir: string;
let remove: () => void;
beforeEach(() => {
  ({ dir, remove } = tempDir('nianbao-cli-'));
});
afterEach(() => remove());

/** Runs the CLI in-process with captured output, on the temp data folder. */
async function cli(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main([...args, '--data-dir', join(dir, 'data')], {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd: dir,
    env: {},
  });
  return { code, stdout, stderr };
}

/** Dotted paths of every leaf of a table object, as `t3.new.natural`. */
function leafKeys(prefix: string, node: unknown): string[] {
  if (typeof node !== 'object' || node === null) return [prefix];
  return Object.entries(node).flatMap(([k, v]) => leafKeys(`${prefix}.${k}`, v));
}

function tableKeys(json: Record<string, unknown>): string[] {
  return ['t2', 't3', 't4'].flatMap((t) => leafKeys(t, json[t])).sort();
}

const specKeys = (format: FormatVersion) =>
  specFor(format)
    .cells.map((c) => c.key)
    .sort();

describe('cli new', () => {
  it('prints interchange JSON whose table keys are the 2021 format’s', async () => {
    const r = await cli('new', '--organ', '测试局', '--year', '2021', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(json).toMatchObject({
      schema: 'nianbao/report@1',
      format: '2021',
      organ: '测试局',
      year: 2021,
    });
    expect(tableKeys(json)).toEqual(specKeys('2021'));
    expect(tableKeys(json)).toContain('t3.other_no_correction.natural');
  });

  it('uses the 2019 format’s keys for a 2020 report', async () => {
    const r = await cli('new', '--organ', '测试局', '--year', '2020', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(json.format).toBe('2019');
    expect(tableKeys(json)).toEqual(specKeys('2019'));
    expect(tableKeys(json)).toContain('t2.procurement.amount');
  });

  it('prints a Chinese line with the id without --json, and refuses a duplicate', async () => {
    const r = await cli('new', '--organ', '测试局', '--year', '2021');
    expect(r.stdout).toMatch(/^已新建“测试局2021年政府信息公开工作年度报告”，编号 1\n$/);
    const again = await cli('new', '--organ', '测试局', '--year', '2021');
    expect(again.code).toBe(1);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain('已有“测试局2021年”的报告');
  });

  it('refuses a year before 2019 or a missing organ with exit code 2 and a Chinese message', async () => {
    const early = await cli('new', '--organ', '测试局', '--year', '2018');
    expect(early.code).toBe(2);
    expect(early.stderr).toContain('2019');
    const noOrgan = await cli('new', '--year', '2021');
    expect(noOrgan.code).toBe(2);
    expect(noOrgan.stderr).toContain('机关名称');
  });
});

describe('cli list, show and save', () => {
  it('lists, shows and saves a report round trip', async () => {
    await cli('new', '--organ', '甲局', '--year', '2021');
    await cli('new', '--organ', '乙局', '--year', '2022');
    const list = await cli('list', '--json');
    const rows = JSON.parse(list.stdout) as { id: number; organ: string }[];
    expect(rows.map((r) => r.organ).sort()).toEqual(['乙局', '甲局']);

    const id = rows.find((r) => r.organ === '甲局')!.id;
    const shown = await cli('show', String(id), '--json');
    const json = JSON.parse(shown.stdout) as { t2: Record<string, unknown> };
    expect(json).toMatchObject({ organ: '甲局', year: 2021 });

    json.t2.penalty = 42;
    writeFileSync(join(dir, 'r.json'), JSON.stringify(json));
    const refused = await cli('save', 'r.json');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('已有“甲局2021年”的报告');

    const replaced = await cli('save', 'r.json', '--replace', '--json');
    expect(replaced.code).toBe(0);
    expect(JSON.parse(replaced.stdout)).toEqual({ id, revision: 1, replaced: true });
    const after = JSON.parse((await cli('show', String(id))).stdout) as { t2: { penalty: number } };
    expect(after.t2.penalty).toBe(42);

    writeFileSync(
      join(dir, 'new.json'),
      JSON.stringify({ ...json, organ: '丙局', title: undefined }),
    );
    const inserted = await cli('save', 'new.json');
    expect(inserted.code).toBe(0);
    expect(inserted.stdout).toContain('已保存“丙局2021年政府信息公开工作年度报告”');
  });

  it('lists only the reports whose 机关名称 or 年度 matches --search', async () => {
    await cli('new', '--organ', '县教育局', '--year', '2021');
    await cli('new', '--organ', '县财政局', '--year', '2022');
    const byOrgan = await cli('list', '--search', '教育');
    expect(byOrgan.code).toBe(0);
    expect(byOrgan.stdout.trim().split('\n')).toHaveLength(1);
    expect(byOrgan.stdout).toContain('县教育局');
    const byYear = JSON.parse((await cli('list', '--search', '2022年', '--json')).stdout) as {
      organ: string;
    }[];
    expect(byYear.map((r) => r.organ)).toEqual(['县财政局']);
  });

  it('answers a missing id, an unknown command and a wrong argument count with non-zero codes', async () => {
    expect((await cli('show', '7')).code).toBe(1);
    expect((await cli('show', 'abc')).code).toBe(2);
    expect((await cli('frobnicate')).code).toBe(2);
    expect((await cli('show')).code).toBe(2);
    expect((await cli('list', '--bogus')).code).toBe(2);
  });
});

describe('cli check', () => {
  async function interchangeWith(
    edit: (json: { t3: Record<string, Record<string, number>> }) => void,
  ) {
    const created = JSON.parse(
      (await cli('new', '--organ', '测试局', '--year', '2021', '--json')).stdout,
    );
    for (const table of ['t2', 't3', 't4']) {
      const zero = (node: Record<string, unknown>) => {
        for (const [k, v] of Object.entries(node)) {
          if (v === null) node[k] = k === 'fees_wan_yuan' ? '0' : 0;
          else if (typeof v === 'object') zero(v as Record<string, unknown>);
        }
      };
      zero(created[table]);
    }
    edit(created);
    const file = join(dir, 'check.json');
    writeFileSync(file, JSON.stringify(created));
    return file;
  }

  it('reports a T3-BALANCE error naming the column and both sums, with exit code 1', async () => {
    const file = await interchangeWith((json) => {
      json.t3.new!.natural = 5;
      json.t3.new!.total = 5;
    });
    const r = await cli('check', file);
    expect(r.code).toBe(1);
    const balance = r.stdout.split('\n').filter((l) => l.includes('T3-BALANCE'));
    expect(balance.length).toBeGreaterThan(0);
    const natural = balance.find((l) => l.includes('自然人'));
    // Column named, both sums shown: received 5 + 0, settled 0 + 0.
    expect(natural).toMatch(/自然人.*=5.*=0/);
    expect(r.stderr).toMatch(/检查完成：\d+ 个错误/);

    const asJson = await cli('check', file, '--json');
    const issues = JSON.parse(asJson.stdout) as {
      rule: string;
      severity: string;
      cells: string[];
    }[];
    const issue = issues.find((i) => i.rule === 'T3-BALANCE' && i.cells.includes('t3.new.natural'));
    expect(issue?.severity).toBe('error');
  });

  it('exits 0 for a balanced table', async () => {
    const file = await interchangeWith((json) => {
      json.t3.new!.natural = 5;
      json.t3.new!.total = 5;
      json.t3.granted!.natural = 5;
      json.t3.granted!.total = 5;
      json.t3.total_handled!.natural = 5;
      json.t3.total_handled!.total = 5;
    });
    const r = await cli('check', file);
    expect(r.stdout).not.toContain('T3-BALANCE');
    expect(r.code).toBe(0);
  });

  it('names the field of a malformed file and exits 2', async () => {
    const file = await interchangeWith((json) => {
      (json.t3.new as Record<string, unknown>).natural = 'abc';
    });
    const r = await cli('check', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('t3.new.natural');
    writeFileSync(join(dir, 'broken.json'), '{ not json');
    const broken = await cli('check', 'broken.json');
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('不是有效的 JSON');
  });

  it('checks a stored report by id', async () => {
    await cli('new', '--organ', '测试局', '--year', '2021');
    const r = await cli('check', '1', '--final', '--json');
    const issues = JSON.parse(r.stdout) as { rule: string; severity: string }[];
    expect(issues.some((i) => i.rule === 'NUM' && i.severity === 'error')).toBe(true);
    expect(r.code).toBe(1);
  });
});

describe('cli as a process', () => {
  it('runs through tsx: JSON on stdout, nothing on stderr, exit 0', () => {
    const root = resolve(__dirname, '../../..');
    const r = spawnSync(
      process.execPath,
      [
        join(root, 'node_modules/tsx/dist/cli.mjs'),
        'src/main/cli/index.ts',
        'new',
        '--organ',
        '测试局',
        '--year',
        '2021',
        '--json',
        '--data-dir',
        join(dir, 'spawned'),
      ],
      { cwd: root, encoding: 'utf8', env: { ...process.env, NIANBAO_DATA_DIR: '' } },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ organ: '测试局', year: 2021, format: '2021' });
  });
});
