import type { Block, ReportContent } from '../../model';
import { normaliseForMatching } from '../../compare/normalise';
import { fingerprintOf } from '../fingerprint';
import type { CheckIssue } from '../types';

const S5_MIN_CHARACTERS = 20;
/** Words that show the 信息处理费 situation is stated (“未收取任何费用” included). */
const FEE_STATED = /处理费|收费|收取[^。；，]{0,8}费/;

function paragraphText(blocks: readonly Block[]): string {
  return blocks.map((b) => b.paragraphs.join('')).join('');
}

/** Characters a reader sees, without spaces and punctuation-only filler. */
function visibleLength(text: string): number {
  return [...normaliseForMatching(text)].length;
}

/** S5: 五、存在的主要问题及改进情况 empty, only “无”, or under 20 characters of body text. */
export function checkSection5(report: ReportContent): CheckIssue[] {
  const text = normaliseForMatching(paragraphText(report.s5));
  const length = visibleLength(text);
  let problem: string | null = null;
  if (length === 0) problem = '没有内容';
  else if (/^(暂)?无[。.]?$/.test(text)) problem = `只写了“${text}”`;
  else if (length < S5_MIN_CHARACTERS)
    problem = `正文只有${length}个字（少于${S5_MIN_CHARACTERS}字）`;
  if (!problem) return [];
  return [
    {
      id: 'S5',
      rule: 'S5',
      severity: 'warning',
      section: 's5',
      cells: [],
      paragraph: { section: 's5', block: 0, paragraph: 0 },
      message: `“五、存在的主要问题及改进情况”${problem}。评议时会扣分，请写明本年度存在的主要问题和改进措施`,
      fingerprint: fingerprintOf([text]),
    },
  ];
}

/** The four customary items of 六 (FORMAT.md §2) and the words that show each is covered. */
const S6_ITEMS = [
  { name: '信息处理费收取情况', pattern: FEE_STATED },
  { name: '落实上级年度政务公开工作要点情况', pattern: /工作要点/ },
  { name: '人大代表建议和政协提案办理结果公开情况', pattern: /建议|提案/ },
  { name: '年度政务公开工作创新情况', pattern: /创新/ },
] as const;

/**
 * Blocks of 六 that say something: a sub-heading counts only together with body text, so the
 * default headings of a new report do not satisfy the checks by themselves.
 */
function statedBlocks(report: ReportContent): { text: string; block: number }[] {
  return report.s6
    .map((b, block) => ({
      body: normaliseForMatching(b.paragraphs.join('')),
      heading: b.heading,
      block,
    }))
    .filter((b) => b.body.length > 0 && !/^(暂)?无[。.]?$/.test(b.body))
    .map((b) => ({ text: normaliseForMatching(b.heading ?? '') + b.body, block: b.block }));
}

/** S6-FEE: 六 must state the 信息处理费 situation (cases and amount, or 未收取). */
export function checkSection6Fee(report: ReportContent): CheckIssue[] {
  const blocks = statedBlocks(report);
  if (blocks.some((b) => FEE_STATED.test(b.text))) return [];
  return [
    {
      id: 'S6-FEE',
      rule: 'S6-FEE',
      severity: 'warning',
      section: 's6',
      cells: [],
      paragraph: { section: 's6', block: 0, paragraph: 0 },
      message:
        '“六、其他需要报告的事项”没有说明信息处理费收取情况。请依据《政府信息公开信息处理费管理办法》写明收费件数和金额，或写明“未收取信息处理费”',
      fingerprint: fingerprintOf(blocks.map((b) => b.text)),
    },
  ];
}

/** S6-ITEMS: hint naming the customary items of 六 that are missing. */
export function checkSection6Items(report: ReportContent): CheckIssue[] {
  const blocks = statedBlocks(report);
  const missing = S6_ITEMS.filter((item) => !blocks.some((b) => item.pattern.test(b.text)));
  if (!missing.length) return [];
  return [
    {
      id: 'S6-ITEMS',
      rule: 'S6-ITEMS',
      severity: 'hint',
      section: 's6',
      cells: [],
      paragraph: { section: 's6', block: 0, paragraph: 0 },
      message: `“六、其他需要报告的事项”通常写明四项，本报告缺少${missing.length}项：${missing.map((m) => `“${m.name}”`).join('、')}`,
      fingerprint: fingerprintOf(missing.map((m) => m.name)),
    },
  ];
}
