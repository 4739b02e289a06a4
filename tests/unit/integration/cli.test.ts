import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../src/main/cli';
import { createServices } from '../../../src/main/services';
import { toInterchange } from '../../../src/shared/model';
import { SAMPLES_DIR, SAMPLES_MISSING_MESSAGE, samplePath } from '../../helpers/samples';
import { tempDir } from '../services/harness';
import { seedLike2021, unbalanced2021 } from './fixtures';

let dir: string;
let remove: () => void;
beforeEach(() => {
  ({ dir, remove } = tempDir('nianbao-cli-int-'));
});
afterEach(() => remove());

const dataDir = () => join(dir, 'data');

/** The CLI in-process with captured output, on the temp data folder, run from the temp folder. */
async function cli(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main([...args, '--data-dir', dataDir()], {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd: dir,
    env: {},
  });
  return { code, stdout, stderr };
}

function writeJson(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
}

const head = (path: string, n: number) => readFileSync(path).subarray(0, n).toString('latin1');

describe.skipIf(!SAMPLES_DIR)('cli import of a real sample', () => {
  it('prints interchange JSON with review, and --save stores it (id on stderr)', async () => {
    const r = await cli('import', samplePath('000_dcd80c00dea1f0d9.txt'), '--save');
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(json).toMatchObject({
      schema: 'nianbao/report@1',
      organ: '宁陵县工业信息化和科技局',
      year: 2021,
      format: '2021',
    });
    expect(json.review).toMatchObject({ uncertain: expect.any(Array), notes: expect.any(Array) });
    expect(r.stderr).toMatch(/已保存，编号 1/);
    const list = await cli('list', '--json');
    expect(JSON.parse(list.stdout)).toMatchObject([{ id: 1, organ: '宁陵县工业信息化和科技局' }]);

    const again = await cli('import', samplePath('000_dcd80c00dea1f0d9.txt'), '--save');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('已有“宁陵县工业信息化和科技局2021年”的报告');
    const replaced = await cli(
      'import',
      samplePath('000_dcd80c00dea1f0d9.txt'),
      '--save',
      '--replace',
      '--json',
    );
    expect(replaced.code).toBe(0);
    expect(JSON.parse(replaced.stdout)).toMatchObject({ savedId: 2 });
  });
});
if (!SAMPLES_DIR) console.warn(`cli import sample test: ${SAMPLES_MISSING_MESSAGE}`);

describe('cli import', () => {
  it('exits 1 with the importer’s Chinese message for a file that is no report', async () => {
    writeFileSync(join(dir, 'notes.txt'), '会议纪要\n今天讨论了采购事项。');
    const r = await cli('import', 'notes.txt');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('cli export', () => {
  it('writes both files from an interchange file, atomically (no temporary file left)', async () => {
    const report = seedLike2021();
    writeJson('r.json', toInterchange(report));
    const r = await cli('export', 'r.json', '--docx', 'out/a.docx');
    // out/ does not exist: refused with a Chinese message, nothing written.
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('不存在');
    const ok = await cli('export', 'r.json', '--docx', 'a.docx', '--pdf', 'b.pdf');
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout.trim().split('\n')).toEqual([join(dir, 'a.docx'), join(dir, 'b.pdf')]);
    expect(head(join(dir, 'a.docx'), 2)).toBe('PK');
    expect(head(join(dir, 'b.pdf'), 5)).toBe('%PDF-');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 60_000);

  it('exports a stored report by id, named after its title, and snapshots it', async () => {
    const report = seedLike2021();
    writeJson('r.json', toInterchange(report));
    expect((await cli('save', 'r.json')).code).toBe(0);
    const r = await cli('export', '1', '--docx', 'x.docx');
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(dir, 'x.docx'))).toBe(true);
    expect(existsSync(join(dir, `${report.title}.pdf`))).toBe(false);
    const services = createServices({ dataDir: dataDir() });
    try {
      const revisions = await services.handlers['reports:revisions']({ id: 1 });
      expect(revisions.map((x) => x.reason)).toContain('export');
    } finally {
      services.close();
    }
    const both = await cli('export', '1');
    expect(both.code, both.stderr).toBe(0);
    expect(existsSync(join(dir, `${report.title}.docx`))).toBe(true);
    expect(existsSync(join(dir, `${report.title}.pdf`))).toBe(true);
  }, 60_000);

  it('refuses a report with errors unless --force', async () => {
    writeJson('bad.json', toInterchange(unbalanced2021()));
    const refused = await cli('export', 'bad.json', '--docx', 'bad.docx');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('T3-BALANCE');
    expect(existsSync(join(dir, 'bad.docx'))).toBe(false);
    const forced = await cli('export', 'bad.json', '--docx', 'bad.docx', '--force');
    expect(forced.code).toBe(0);
    expect(existsSync(join(dir, 'bad.docx'))).toBe(true);
  });
});

describe('cli template', () => {
  it('makes the next year from a stored report (saved) and from a file (not saved)', async () => {
    writeJson('r.json', toInterchange(seedLike2021()));
    await cli('save', 'r.json');
    const fromId = await cli('template', '1', '--year', '2022');
    expect(fromId.code, fromId.stderr).toBe(0);
    const json = JSON.parse(fromId.stdout) as {
      year: number;
      t3: Record<string, Record<string, number>>;
    };
    expect(json.year).toBe(2022);
    expect(json.t3.carried_over!.natural).toBe(1);
    expect(json.t3.carried_over!.commercial).toBe(1);
    expect(fromId.stderr).toContain('已新建');
    expect(fromId.stderr).toMatch(/“2021年”→“2022年”/);

    const fromFile = await cli('template', 'r.json', '--year', '2023', '--json');
    expect(fromFile.code).toBe(0);
    const out = JSON.parse(fromFile.stdout) as { id: number | null; suggestions: unknown[] };
    expect(out.id).toBeNull();
    expect(out.suggestions.length).toBeGreaterThan(0);
    const list = JSON.parse((await cli('list', '--json')).stdout) as { year: number }[];
    expect(list.map((r) => r.year).sort()).toEqual([2021, 2022]);
  });

  it('asks for --year', async () => {
    writeJson('r.json', toInterchange(seedLike2021()));
    const r = await cli('template', 'r.json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--year');
  });
});

describe('cli package', () => {
  it('exports all reports to a file and imports them back, replacing only with --replace', async () => {
    writeJson('a.json', toInterchange(seedLike2021('甲县财政局')));
    writeJson('b.json', toInterchange(seedLike2021('乙县教育局')));
    await cli('save', 'a.json');
    await cli('save', 'b.json');
    const out = await cli('package', 'export', '--out', 'p.json');
    expect(out.code, out.stderr).toBe(0);
    expect(out.stderr).toContain('已导出 2 份报告');
    const pkg = JSON.parse(readFileSync(join(dir, 'p.json'), 'utf8')) as { reports: unknown[] };
    expect(pkg.reports.length).toBe(2);

    const skip = await cli('package', 'import', 'p.json', '--json');
    expect(skip.code).toBe(0);
    expect(JSON.parse(skip.stdout)).toMatchObject({ added: 0, replaced: 0, skipped: 2 });
    expect(skip.stderr).toContain('加 --replace 替换');

    const replace = await cli('package', 'import', 'p.json', '--replace', '--json');
    expect(JSON.parse(replace.stdout)).toMatchObject({ added: 0, replaced: 2, skipped: 0 });
    const trash = await cli('list', '--json');
    expect((JSON.parse(trash.stdout) as unknown[]).length).toBe(2);
  });

  it('prints the package on stdout without --out', async () => {
    writeJson('a.json', toInterchange(seedLike2021()));
    await cli('save', 'a.json');
    const r = await cli('package', 'export');
    expect(JSON.parse(r.stdout)).toMatchObject({ schema: 'nianbao/package@1' });
  });
});
