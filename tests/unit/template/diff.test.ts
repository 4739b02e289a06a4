import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffTexts } from '../../../src/shared/compare/diff';
import type { DiffSegment, ParagraphDiff } from '../../../src/shared/compare/diff';
import type { Block } from '../../../src/shared/model';

const join = (segments: DiffSegment[], side: 'previous' | 'current') =>
  segments
    .filter((s) => s.kind === 'unchanged' || s.kind === (side === 'previous' ? 'removed' : 'added'))
    .map((s) => s.text)
    .join('');

const para = (text: string): Block => ({ heading: null, paragraphs: [text] });

const LONG_A =
  '过去的一年，我局政府信息公开工作取得了较好的成绩。一是公开形式较为单一；二是信息更新不够及时。下一步我局将持续改进。';

describe('diffTexts', () => {
  it('marks identical sections unchanged, headings included', () => {
    const blocks: Block[] = [{ heading: '（一）主动公开', paragraphs: [LONG_A] }];
    const diff = diffTexts(blocks, blocks);
    expect(diff.map((d) => d.status)).toEqual(['unchanged', 'unchanged']);
    expect(diff[0]!.current).toEqual({ block: 0, paragraph: 0, heading: true });
    expect(diff[1]!.segments).toEqual([{ kind: 'unchanged', text: LONG_A }]);
  });

  it('shows a rewritten sentence as removed and added, the rest unchanged', () => {
    const b = LONG_A.replace(
      '下一步我局将持续改进。',
      '下一步我局将开设政策解读专栏，每季度发布一次图解。',
    );
    const [d] = diffTexts([para(LONG_A)], [para(b)]);
    expect(d!.status).toBe('changed');
    expect(d!.unit).toBe('sentence');
    expect(d!.segments).toEqual([
      {
        kind: 'unchanged',
        text: '过去的一年，我局政府信息公开工作取得了较好的成绩。一是公开形式较为单一；二是信息更新不够及时。',
      },
      { kind: 'removed', text: '下一步我局将持续改进。' },
      { kind: 'added', text: '下一步我局将开设政策解读专栏，每季度发布一次图解。' },
    ]);
  });

  it('refines a sentence with a small edit by character, keeping numbers whole', () => {
    const a = '2021年，我局共主动公开政府信息46条。' + LONG_A;
    const b = '2022年，我局共主动公开政府信息52条。' + LONG_A;
    const [d] = diffTexts([para(a)], [para(b)]);
    expect(d!.segments.slice(0, 6)).toEqual([
      { kind: 'removed', text: '2021' },
      { kind: 'added', text: '2022' },
      { kind: 'unchanged', text: '年，我局共主动公开政府信息' },
      { kind: 'removed', text: '46' },
      { kind: 'added', text: '52' },
      { kind: 'unchanged', text: '条。' + LONG_A },
    ]);
  });

  it('compares short texts character by character', () => {
    const diff = diffTexts(
      [para('本年度未收取信息处理费。')],
      [para('本年度未收取任何信息处理费。')],
    );
    expect(diff).toHaveLength(1);
    expect(diff[0]!.unit).toBe('char');
    expect(diff[0]!.segments).toEqual([
      { kind: 'unchanged', text: '本年度未收取' },
      { kind: 'added', text: '任何' },
      { kind: 'unchanged', text: '信息处理费。' },
    ]);
  });

  it('does not pair texts with nothing in common', () => {
    const diff = diffTexts([para('无')], [para('本年度未收取信息处理费。')]);
    expect(diff.map((d) => d.status)).toEqual(['removed', 'added']);
  });

  it('lists a paragraph without counterpart as added or removed, in reading order', () => {
    const previous: Block[] = [
      { heading: null, paragraphs: [LONG_A, '这一段今年删去了，内容是关于微博平台的运营情况。'] },
    ];
    const current: Block[] = [
      { heading: null, paragraphs: ['今年新增的一段：开设了政策解读专栏。', LONG_A] },
    ];
    const diff = diffTexts(previous, current);
    expect(diff.map((d) => d.status)).toEqual(['added', 'unchanged', 'removed']);
    expect(diff[0]!.current).toEqual({ block: 0, paragraph: 0 });
    expect(diff[2]!.previous).toEqual({ block: 0, paragraph: 1 });
    expect(diff[2]!.current).toBeNull();
  });

  it('always rebuilds both texts from its segments', () => {
    const pieces = [
      '2021年',
      '我局',
      '公开',
      '信息',
      '46条',
      '。',
      '；',
      '，',
      '一是',
      '二是',
      '改进',
      ' ',
    ];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join(''));
    const blocks = fc.array(
      fc.record({
        heading: fc.constantFrom(null, '（一）主动公开'),
        paragraphs: fc.array(text, { maxLength: 3 }),
      }),
      { maxLength: 3 },
    );
    fc.assert(
      fc.property(blocks, blocks, (previous, current) => {
        const diff = diffTexts(previous, current);
        const side = (d: ParagraphDiff[], which: 'previous' | 'current', blocks: Block[]) => {
          for (const p of d) {
            const ref = p[which];
            if (!ref) continue;
            const b = blocks[ref.block]!;
            expect(join(p.segments, which)).toBe(
              ref.heading ? b.heading : b.paragraphs[ref.paragraph],
            );
          }
          const count = blocks.reduce(
            (n, b) =>
              n + (b.heading?.trim() ? 1 : 0) + b.paragraphs.filter((x) => x.trim() !== '').length,
            0,
          );
          expect(d.filter((p) => p[which]).length).toBe(count);
        };
        side(diff, 'previous', previous);
        side(diff, 'current', current);
      }),
      { numRuns: 200 },
    );
  });
});
