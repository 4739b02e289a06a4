import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caretAfterReplace } from '../../../src/renderer/src/text/caret';

describe('caretAfterReplace', () => {
  it('puts the caret after text put back in the middle (undoing a deletion)', () => {
    expect(caretAfterReplace('我局公开信息。', '我局主动公开信息。')).toBe(4);
  });

  it('puts the caret where text was taken out (undoing typing)', () => {
    expect(caretAfterReplace('我局主动公开信息。', '我局公开信息。')).toBe(2);
  });

  it('puts the caret after a replaced word', () => {
    expect(caretAfterReplace('2021年，我局', '2022年，我局')).toBe(4);
  });

  it('leaves it at the end when the change is at the end, or nothing changed', () => {
    expect(caretAfterReplace('第一段', '第一段\n第二段')).toBe(7);
    expect(caretAfterReplace('同一段', '同一段')).toBe(3);
  });

  it('always lands inside the new text, right after its changed part', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), fc.string(), (head, a, b, tail) => {
        const caret = caretAfterReplace(head + a + tail, head + b + tail);
        const after = head + b + tail;
        expect(caret).toBeGreaterThanOrEqual(0);
        expect(caret).toBeLessThanOrEqual(after.length);
        // Everything after the caret is text both versions end with.
        expect((head + a + tail).endsWith(after.slice(caret))).toBe(true);
      }),
    );
  });
});
