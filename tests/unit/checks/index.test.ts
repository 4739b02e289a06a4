import { describe, expect, it } from 'vitest';
import {
  RULE_LABELS,
  RULE_SEVERITY,
  canFinalize,
  runChecks,
  summariseIssues,
} from '../../../src/shared/checks';
import type { CheckIssue } from '../../../src/shared/checks';
import { blankReport } from '../../../src/shared/model';
import type { ReportContent } from '../../../src/shared/model';
import { block, withCells, withText, zeroReport } from './reports';

/** A complete, clean report: zeros, sensible texts. */
function cleanReport(): ReportContent {
  return withText(zeroReport({ year: 2021 }), {
    preamble: ['本报告所列数据统计期限为2021年1月1日至2021年12月31日。'],
    s1: [block('（一）主动公开', '2021年，我局共主动公开政府信息46条，没有收到政府信息公开申请。')],
    s5: [block(null, '一是信息公开人员业务能力有待加强；二是主动公开的全面性有待提升。')],
    s6: [
      block('（一）信息处理费收取情况', '本年度未收取信息处理费。'),
      block('（二）落实上级年度政务公开工作要点情况', '按照省政务公开工作要点逐项落实。'),
      block('（三）人大代表建议和政协提案办理结果公开情况', '本年度无承办的建议提案。'),
      block('（四）年度政务公开工作创新情况', '开设政策解读专栏。'),
    ],
  });
}

describe('runChecks', () => {
  it('finds nothing in a clean report', () => {
    expect(runChecks(cleanReport(), { final: true, today: '2022-01-20' })).toEqual([]);
  });

  it('orders errors, warnings, hints, and fills every field', () => {
    const report = withCells(withText(cleanReport(), { s6: [block(null, '无')] }), {
      't3.new.natural': 1,
      't2.fees_wan_yuan': '20000',
    });
    const issues = runChecks(report);
    const severities = issues.map((i) => i.severity);
    expect(severities).toEqual([...severities].sort((a, b) => rank(a) - rank(b)));
    expect(issues.map((i) => i.rule)).toEqual(
      expect.arrayContaining(['T3-ROW', 'T3-BALANCE', 'S6-FEE', 'S6-ITEMS', 'FEE-UNIT']),
    );
    for (const issue of issues) {
      expect(issue.id.startsWith(issue.rule)).toBe(true);
      expect(issue.severity).toBe(
        issue.rule === 'NUM' ? issue.severity : RULE_SEVERITY[issue.rule],
      );
      expect(issue.message).toMatch(/[\u4e00-\u9fff]/);
      expect(issue.fingerprint).toMatch(/^[0-9a-z]+$/);
    }
    expect(new Set(issues.map((i) => i.id)).size).toBe(issues.length);
  });

  it('is deterministic: same report, same ids and fingerprints', () => {
    const report = withCells(cleanReport(), { 't3.new.natural': 1 });
    expect(runChecks(report)).toEqual(runChecks(structuredClone(report)));
  });

  it('labels every rule in Chinese', () => {
    expect(Object.keys(RULE_LABELS)).toHaveLength(18);
    for (const label of Object.values(RULE_LABELS)) expect(label).toMatch(/^[\u4e00-\u9fff]/);
  });
});

const rank = (s: CheckIssue['severity']) => ({ error: 0, warning: 1, hint: 2 })[s];

describe('summariseIssues and canFinalize', () => {
  it('counts by severity', () => {
    const issues = runChecks(blankReport({ organ: '某局', year: 2021 }));
    const summary = summariseIssues(issues);
    expect(summary.errors + summary.warnings + summary.hints).toBe(issues.length);
    expect(summary.hints).toBeGreaterThanOrEqual(3);
  });

  it('blocks on errors and unacknowledged warnings; hints never block', () => {
    const report = withText(cleanReport(), { s6: [block(null, '无')] });
    const issues = runChecks(report, { final: true });
    const warning = issues.find((i) => i.rule === 'S6-FEE')!;
    expect(canFinalize(report, issues)).toEqual({ ok: false, blocking: [warning] });

    const acknowledged: ReportContent = {
      ...report,
      acknowledgements: [
        {
          issueId: warning.id,
          fingerprint: warning.fingerprint,
          note: '本局不收费',
          at: '2022-01-20T10:00:00Z',
        },
      ],
    };
    expect(canFinalize(acknowledged, issues)).toEqual({ ok: true, blocking: [] });
  });

  it('lapses an acknowledgement when the values it covered change', () => {
    const report = withCells(cleanReport(), {
      't2.regulations.made': 1,
      't2.regulations.effective': 1,
    });
    const issue = runChecks(report, { final: true }).find((i) => i.rule === 'T2-REG')!;
    const acknowledgements = [
      { issueId: issue.id, fingerprint: issue.fingerprint, note: '', at: 'x' },
    ];
    expect(canFinalize({ acknowledgements }, runChecks(report, { final: true })).ok).toBe(true);
    const changed = withCells(report, { 't2.regulations.effective': 2 });
    const after = canFinalize({ acknowledgements }, runChecks(changed, { final: true }));
    expect(after.ok).toBe(false);
    expect(after.blocking.map((i) => i.id)).toEqual(['T2-REG']);
  });

  it('blocks a final check with blank cells', () => {
    const blank = blankReport({ organ: '某局', year: 2021 });
    expect(canFinalize(blank, runChecks(blank)).blocking.some((i) => i.rule === 'NUM')).toBe(false);
    expect(
      canFinalize(blank, runChecks(blank, { final: true })).blocking.some((i) => i.rule === 'NUM'),
    ).toBe(true);
  });
});
