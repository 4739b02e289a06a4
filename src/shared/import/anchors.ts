/**
 * Row labels located in table text. A label may be wrapped over lines, spaced out (“三 、本 年”),
 * carry a typo after its first words (“其他法律行政止公开”) or lose its item number; so each row is
 * found by the first words of its label, with whitespace allowed between any two characters.
 */

export interface RowLabel {
  readonly key: string;
  /** First words of the label after its item number. */
  readonly start: string;
  /** Item number in front (“1.”, “（一）”, “一、”): required when the words alone are ambiguous. */
  readonly prefix?: 'required' | 'optional';
  readonly number?: string;
}

export interface Anchor {
  readonly key: string;
  /** Where the label (with its item number) starts and where its first words end. */
  readonly start: number;
  readonly end: number;
}

const spaced = (s: string) =>
  [...s].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*');

function numberPattern(n: string): string {
  if (/^\d+$/.test(n)) return `${n}\\s*[.．、]`;
  if (/^[（(]/.test(n)) return `[（(]\\s*${spaced(n.slice(1, -1))}\\s*[）)]`;
  return `${spaced(n.slice(0, -1))}\\s*[、.．]`;
}

function labelRegex(label: RowLabel): RegExp {
  const words = spaced(label.start);
  if (!label.number) return new RegExp(words, 'g');
  const num = numberPattern(label.number);
  return new RegExp(
    label.prefix === 'required' ? `${num}\\s*${words}` : `(?:${num}\\s*)?${words}`,
    'g',
  );
}

/**
 * Anchors of `labels` in `text`, taking for each label the first match after the previous
 * label's anchor (rows are printed in order); labels not found are left out.
 */
export function findAnchors(text: string, labels: readonly RowLabel[]): Anchor[] {
  const anchors: Anchor[] = [];
  let from = 0;
  for (const label of labels) {
    const re = labelRegex(label);
    re.lastIndex = from;
    const m = re.exec(text);
    if (!m) continue;
    anchors.push({ key: label.key, start: m.index, end: m.index + m[0].length });
    from = m.index + m[0].length;
  }
  return anchors;
}

/** Same as findAnchors but every label searched in the whole text (labels printed out of order). */
export function findAnchorsAnywhere(text: string, labels: readonly RowLabel[]): Anchor[] {
  const anchors: Anchor[] = [];
  for (const label of labels) {
    const m = labelRegex(label).exec(text);
    if (m) anchors.push({ key: label.key, start: m.index, end: m.index + m[0].length });
  }
  return anchors.sort((a, b) => a.start - b.start);
}

export const T3_LABELS: readonly RowLabel[] = [
  { key: 'new', start: '本年新收', number: '一、' },
  { key: 'carried_over', start: '上年结转', number: '二、' },
  { key: 'granted', start: '予以公开', number: '（一）' },
  { key: 'partly_granted', start: '部分公开', number: '（二）' },
  { key: 'denied_state_secret', start: '属于国家秘密', number: '1' },
  { key: 'denied_law_forbids', start: '其他法律', number: '2' },
  { key: 'denied_three_safety_one_stability', start: '危及', number: '3' },
  { key: 'denied_third_party', start: '保护第三方', number: '4' },
  { key: 'denied_internal_affairs', start: '属于三类', number: '5' },
  { key: 'denied_process_info', start: '属于四类', number: '6' },
  { key: 'denied_enforcement_file', start: '属于行政执法', number: '7' },
  { key: 'denied_inquiry_matter', start: '属于行政查询', number: '8' },
  { key: 'unable_not_held', start: '本机关不掌握', number: '1' },
  { key: 'unable_needs_creation', start: '没有现成', number: '2' },
  { key: 'unable_unclear_after_correction', start: '补正后', number: '3' },
  { key: 'not_processed_petition', start: '信访举报', number: '1' },
  { key: 'not_processed_repeat', start: '重复申请', number: '2' },
  { key: 'not_processed_publication', start: '要求提供公开出版物', number: '3' },
  { key: 'not_processed_massive_repeat', start: '无正当理由大量', number: '4' },
  { key: 'not_processed_confirm_existing', start: '要求行政机关确认', number: '5' },
  { key: 'other_no_correction', start: '申请人无正当理由逾期', number: '1' },
  { key: 'other_fee_unpaid', start: '申请人逾期未按', number: '2' },
  { key: 'other_other', start: '其他', number: '3', prefix: 'required' },
  { key: 'total_handled', start: '总计', number: '（七）', prefix: 'required' },
  { key: 'carried_forward', start: '结转下年度', number: '四、' },
];

/** （六）其他处理 printed as one row (2019 format, and 2021 reports that kept the old row). */
export const T3_OTHER_GROUP: RowLabel = { key: 'other', start: '其他处理', number: '（六）' };

export const T2_LABELS_2021: readonly RowLabel[] = [
  { key: 'regulations', start: '规章' },
  { key: 'normative_docs', start: '规范性文件' },
  { key: 'licensing', start: '行政许可' },
  { key: 'penalty', start: '行政处罚' },
  { key: 'coercion', start: '行政强制' },
  { key: 'fees_wan_yuan', start: '行政事业性收费' },
];

export const T2_LABELS_2019: readonly RowLabel[] = [
  { key: 'regulations', start: '规章' },
  { key: 'normative_docs', start: '规范性文件' },
  { key: 'licensing', start: '行政许可' },
  { key: 'other_services', start: '其他对外管理服务事项' },
  { key: 'penalty', start: '行政处罚' },
  { key: 'coercion', start: '行政强制' },
  { key: 'fees', start: '行政事业性收费' },
  { key: 'procurement', start: '政府集中采购' },
];
