import type { CellKind } from '../../../shared/format';
import { normaliseDecimal } from '../../../shared/model';

/** Largest value a cell takes: a count above a billion is a typing slip, not a statistic. */
export const CELL_MAX = 1_000_000_000;

export type CellParse = { ok: true; value: number | string | null } | { ok: false; hint: string };

/** Full-width digits and signs → ASCII; thousands separators and spaces removed. */
export function normaliseNumberText(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0xff10 && cp <= 0xff19) out += String.fromCodePoint(cp - 0xfee0);
    else if (ch === '－' || ch === '—' || ch === '−') out += '-';
    else if (ch === '．' || ch === '。') out += '.';
    else if (ch === '＋') out += '+';
    else out += ch;
  }
  return out.replace(/[,，'’\s\u3000]/g, '');
}

export const CELL_HINTS = {
  notNumber: '只能填写数字。请输入阿拉伯数字，例如 12。',
  negative: '件数不能为负数，请填写 0 或正整数。',
  fraction: '件数必须是整数，不能有小数。',
  tooLarge: '数字超过 10 亿，请检查是否多输了位数。',
  decimalNegative: '金额不能为负数。',
  decimalNotNumber: '金额只能填写数字（单位：万元），例如 0 或 1.5。',
  computed: '此格为自动合计，随各项数字自动更新，不能直接填写。',
  readOnly: '报告已定稿，内容只读。如需修改，请先在“检查与导出”中撤销定稿。',
} as const;

function parseInteger(t: string, signed: boolean): CellParse {
  if (/^[+-]?\d*\.\d*$/.test(t) && t.replace(/[+-]/, '') !== '.') {
    if (!signed && t.startsWith('-')) return { ok: false, hint: CELL_HINTS.negative };
    return { ok: false, hint: CELL_HINTS.fraction };
  }
  if (!/^[+-]?\d+$/.test(t)) {
    if (!signed && /^-\d*$/.test(t)) return { ok: false, hint: CELL_HINTS.negative };
    return { ok: false, hint: CELL_HINTS.notNumber };
  }
  if (!signed && t.startsWith('-')) return { ok: false, hint: CELL_HINTS.negative };
  const n = Number(t);
  if (Math.abs(n) > CELL_MAX) return { ok: false, hint: CELL_HINTS.tooLarge };
  return { ok: true, value: n === 0 ? 0 : n };
}

function parseDecimal(t: string): CellParse {
  if (t.startsWith('-')) return { ok: false, hint: CELL_HINTS.decimalNegative };
  const d = normaliseDecimal(t.endsWith('.') ? t.slice(0, -1) : t);
  if (d === null) return { ok: false, hint: CELL_HINTS.decimalNotNumber };
  if (Number(d.split('.')[0]) > CELL_MAX) return { ok: false, hint: CELL_HINTS.tooLarge };
  return { ok: true, value: d };
}

/**
 * The value a finished entry stands for: blank → null; counts as integers; money as the exact
 * decimal string typed (no thousands separators).
 */
export function parseCellText(kind: CellKind, raw: string): CellParse {
  const t = normaliseNumberText(raw);
  if (t === '') return { ok: true, value: null };
  return kind === 'decimal' ? parseDecimal(t) : parseInteger(t, kind === 'signed');
}

/**
 * Whether text being typed may still become a valid entry: a lone “-” in a signed cell or a
 * trailing “.” in a money cell is accepted while typing; everything else must already parse.
 */
export function acceptsTyping(
  kind: CellKind,
  raw: string,
): { ok: true } | { ok: false; hint: string } {
  const t = normaliseNumberText(raw);
  if (kind === 'signed' && t === '-') return { ok: true };
  if (kind === 'decimal' && /^\d+\.$/.test(t)) return { ok: true };
  const parsed = parseCellText(kind, raw);
  return parsed.ok ? { ok: true } : parsed;
}

/** How a stored value shows in its cell. */
export function formatCellValue(value: number | string | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}
