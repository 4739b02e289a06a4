import { describe, expect, it } from 'vitest';
import {
  CELL_HINTS,
  acceptsTyping,
  normaliseNumberText,
  parseCellText,
} from '../../../src/renderer/src/editor/cellInput';

describe('cell validation', () => {
  it('reads counts, blanks and full-width digits with thousands separators', () => {
    expect(parseCellText('count', '12')).toEqual({ ok: true, value: 12 });
    expect(parseCellText('count', '')).toEqual({ ok: true, value: null });
    expect(parseCellText('count', '１，２３４')).toEqual({ ok: true, value: 1234 });
    expect(normaliseNumberText(' 3,119 ')).toBe('3119');
  });

  it('refuses letters, negatives, decimals and values over a billion in count cells', () => {
    expect(parseCellText('count', 'abc')).toEqual({ ok: false, hint: CELL_HINTS.notNumber });
    expect(parseCellText('count', '-3')).toEqual({ ok: false, hint: CELL_HINTS.negative });
    expect(parseCellText('count', '1.5')).toEqual({ ok: false, hint: CELL_HINTS.fraction });
    expect(parseCellText('count', '1000000001')).toEqual({ ok: false, hint: CELL_HINTS.tooLarge });
    expect(parseCellText('count', '1000000000')).toEqual({ ok: true, value: 1_000_000_000 });
  });

  it('accepts negatives in signed (2019 本年增/减) cells', () => {
    expect(parseCellText('signed', '-4')).toEqual({ ok: true, value: -4 });
    expect(acceptsTyping('signed', '-').ok).toBe(true);
    expect(acceptsTyping('count', '-').ok).toBe(false);
  });

  it('keeps a money value as the exact decimal string typed, without separators', () => {
    expect(parseCellText('decimal', '24,252.311082')).toEqual({ ok: true, value: '24252.311082' });
    expect(parseCellText('decimal', '0.10')).toEqual({ ok: true, value: '0.10' });
    expect(parseCellText('decimal', '-1').ok).toBe(false);
    expect(acceptsTyping('decimal', '12.').ok).toBe(true);
    expect(acceptsTyping('count', '12.').ok).toBe(false);
  });
});
