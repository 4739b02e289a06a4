import { specFor } from '../../../src/shared/format';
import { blankReport, withComputedTotals } from '../../../src/shared/model';
import type { ReportContent } from '../../../src/shared/model';
import { buildDocTree } from '../../../src/shared/layout/docTree';
import { renderHtml } from '../../../src/shared/layout/html';
import { dispatch } from '../../../src/main/ipc/dispatch';
import type { CallOutput, Channel, Handlers } from '../../../src/shared/ipc';

/**
 * Reports for the integration tests, written here (no samples needed): a seed-like 2021 report of
 * a county bureau with consistent tables, and the same with table 三 out of balance.
 */

export const ORGAN = '宁陵县工业信息化和科技局';

/** Table 三 of a small bureau: 5 + 2 applications, 4 + 1 granted, 2 carried forward. */
const T3: Record<string, number> = {
  't3.new.natural': 5,
  't3.new.commercial': 2,
  't3.granted.natural': 4,
  't3.granted.commercial': 1,
  't3.carried_forward.natural': 1,
  't3.carried_forward.commercial': 1,
};

/** The seed report of 2021 in spirit: real-looking text with year mentions, tables that add up. */
export function seedLike2021(organ = ORGAN): ReportContent {
  const blank = blankReport({ organ, year: 2021 });
  const cells: ReportContent['cells'] = {};
  for (const c of specFor(blank.format).cells) cells[c.key] = c.kind === 'decimal' ? '0' : 0;
  Object.assign(cells, T3);
  return withComputedTotals({
    ...blank,
    cells,
    preamble: [
      '本报告依据《中华人民共和国政府信息公开条例》编制。本报告所列数据统计期限为2021年1月1日至2021年12月31日。',
    ],
    s1: [
      {
        heading: '（一）主动公开',
        paragraphs: [
          '2021年，我局通过县政府门户网站主动公开政府信息56条，其中工作动态31条、通知公告25条。',
        ],
      },
      {
        heading: '（二）依申请公开',
        paragraphs: ['2021年，我局共收到政府信息公开申请7件，均已按期答复。'],
      },
      {
        heading: '（三）政府信息管理',
        paragraphs: ['严格落实公开前保密审查制度，做到应公开尽公开。'],
      },
      {
        heading: '（四）政府信息公开平台建设',
        paragraphs: ['依托县政府门户网站信息公开专栏及时更新内容。'],
      },
      { heading: '（五）监督保障', paragraphs: ['成立政务公开工作领导小组，明确专人负责。'] },
    ],
    s5: [
      { heading: '（一）存在的主要问题', paragraphs: ['信息公开的及时性和全面性仍需提高。'] },
      {
        heading: '（二）改进情况',
        paragraphs: ['2022年，我局将加强业务培训，完善信息发布审核流程。'],
      },
    ],
    s6: [{ heading: null, paragraphs: ['本年度未收取信息处理费。'] }],
    closing: { organ, date: '2022-01-05' },
  });
}

/** Table 三 out of balance: one more carried forward than received minus handled. */
export function unbalanced2021(organ = ORGAN): ReportContent {
  const r = seedLike2021(organ);
  return withComputedTotals({
    ...r,
    cells: { ...r.cells, 't3.carried_forward.natural': 3 },
  });
}

/** The print HTML of a report, as a published web page would carry it. */
export function reportHtml(report: ReportContent): string {
  return renderHtml(buildDocTree(report), { fontScheme: 'official', fontBaseUrl: '/fonts/' });
}

/** The visible text of that page, as a clerk would paste it. */
export function reportText(report: ReportContent): string {
  return reportHtml(report)
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<title[\s\S]*?<\/title>/g, '')
    .replace(/<\/(p|h\d|tr|div)>/g, '\n')
    .replace(/<\/t[dh]>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * Calls a channel the way the renderer does: through dispatch (input and output validated
 * against the contract), unwrapping the Result; a failure is thrown as its error data.
 */
export async function call<C extends Channel>(
  handlers: Handlers,
  channel: C,
  input: unknown,
): Promise<CallOutput<C>> {
  const result = await dispatch(handlers, channel, input);
  if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
  return result.value as CallOutput<C>;
}

/** The error data a call fails with (fails the test when it succeeds). */
export async function callError(
  handlers: Handlers,
  channel: Channel,
  input: unknown,
): Promise<{ code: string; message: string; details?: Record<string, unknown> }> {
  const result = await dispatch(handlers, channel, input);
  if (result.ok) throw new Error(`${channel} succeeded; an error was expected`);
  return result.error;
}

export function base64(bytes: Uint8Array | string): string {
  return Buffer.from(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes).toString(
    'base64',
  );
}
