// Runs electronegativity (Electron security scanner) on src/ and fails on any MEDIUM/HIGH/CRITICAL
// finding that scripts/electronegativity-allowlist.json does not explain.
// Usage: node scripts/electronegativity.mjs   (about 25 s offline: the tool tries the network first)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repoRoot = join(import.meta.dirname, '..');
const BLOCKING = new Set(['MEDIUM', 'HIGH', 'CRITICAL']);

/** RFC 4180-ish CSV: quoted fields may hold commas and doubled quotes. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field.trim());
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field.trim());
      if (row.some((cell) => cell !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  row.push(field.trim());
  if (row.some((cell) => cell !== '')) rows.push(row);
  return rows;
}

function runScanner(outFile) {
  const electronVersion = JSON.parse(
    readFileSync(join(repoRoot, 'node_modules', 'electron', 'package.json'), 'utf8'),
  ).version;
  const bin = join(
    repoRoot,
    'node_modules',
    '.bin',
    process.platform === 'win32' ? 'electronegativity.cmd' : 'electronegativity',
  );
  return spawnSync(bin, ['-i', 'src', '-e', electronVersion, '-r', '-o', outFile], {
    cwd: repoRoot,
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
}

function scan(csvFile) {
  const run = runScanner(csvFile);
  if (!existsSync(csvFile)) {
    console.error(run.stdout, run.stderr);
    console.error('electronegativity 未生成结果文件，无法完成安全扫描。');
    return 1;
  }
  const [header, ...records] = parseCsv(readFileSync(csvFile, 'utf8'));
  const col = (name) => header.findIndex((h) => h.toLowerCase() === name);
  const findings = records.map((r) => ({
    check: r[col('issue')],
    severity: r[col('severity')],
    confidence: r[col('confidence')],
    file: (r[col('filename')] ?? '').split('\\').join('/'),
    location: r[col('location')],
  }));
  const { accepted } = JSON.parse(
    readFileSync(join(repoRoot, 'scripts', 'electronegativity-allowlist.json'), 'utf8'),
  );
  const isAccepted = (f) =>
    accepted.some((a) => a.check === f.check && a.file === f.file && a.reason?.trim());

  const unexplained = [];
  for (const f of findings) {
    const blocking = BLOCKING.has(f.severity);
    const status = !blocking ? 'info' : isAccepted(f) ? 'accepted' : 'UNEXPLAINED';
    if (status === 'UNEXPLAINED') unexplained.push(f);
    console.log(`${status.padEnd(11)} ${f.severity.padEnd(8)} ${f.check} ${f.file}:${f.location}`);
  }
  for (const a of accepted) {
    if (!findings.some((f) => f.check === a.check && f.file === a.file)) {
      console.log(`stale      allowlist entry no longer needed: ${a.check} ${a.file}`);
    }
  }
  if (unexplained.length > 0) {
    console.error(
      `electronegativity：${unexplained.length} 项中/高风险发现未在 scripts/electronegativity-allowlist.json 中说明理由，请修复或写明接受的理由。`,
    );
    return 1;
  }
  console.log(`electronegativity：${findings.length} 项发现，中/高风险均已修复或说明理由。`);
  return 0;
}

const work = mkdtempSync(join(tmpdir(), 'electronegativity-'));
try {
  process.exitCode = scan(join(work, 'findings.csv'));
} finally {
  rmSync(work, { recursive: true, force: true });
}
