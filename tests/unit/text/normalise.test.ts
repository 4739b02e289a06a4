import { describe, expect, it } from 'vitest';
import {
  isPageNumberLine,
  joinWrappedLines,
  normaliseChars,
  normalisePastedText,
  splitParagraphs,
} from '../../../src/shared/text/normalise';
import { ideographForRadical } from '../../../src/shared/text/radicals';
import { SAMPLES_DIR, SAMPLES_MISSING_MESSAGE, readSample } from '../../helpers/samples';

const RADICAL_RANGE = /[\u2E80-\u2FDF]/u;

describe('normaliseChars', () => {
  it('maps supplement and Kangxi radicals to the characters a reader sees', () => {
    expect(normaliseChars('部⻔')).toBe('部门');
    expect(normaliseChars('⻔⼾')).toBe('门户');
    expect(normaliseChars('⼈⺠⽣活')).toBe('人民生活');
    expect(normaliseChars('⻓期⻜⻢⻋⻅⻆⻘⻝⻥⻦⻬⻮⻰⻳⻚⻛⻙⻩⻨⻉⻈')).toBe(
      '长期飞马车见角青食鱼鸟齐齿龙龟页风韦黄麦贝讠',
    );
  });

  it('covers every assigned radical code point and leaves none behind', () => {
    for (let cp = 0x2e80; cp <= 0x2fd5; cp++) {
      if (cp === 0x2e9a || (cp > 0x2ef3 && cp < 0x2f00)) continue;
      const target = ideographForRadical(cp);
      expect(target, `U+${cp.toString(16)}`).toBeDefined();
      expect(target).not.toMatch(RADICAL_RANGE);
      expect(normaliseChars(String.fromCodePoint(cp))).toBe(target);
    }
  });

  it('agrees with NFKC on Kangxi radicals except the mainland variants', () => {
    const differing: string[] = [];
    for (let cp = 0x2f00; cp <= 0x2fd5; cp++) {
      const ch = String.fromCodePoint(cp);
      if (normaliseChars(ch) !== ch.normalize('NFKC')) differing.push(normaliseChars(ch));
    }
    expect(differing.sort()).toEqual(['户', '青', '黄'].sort());
  });

  it('turns full-width alphanumerics and odd spaces to ASCII, drops zero-width characters', () => {
    expect(normaliseChars('２０２３年ＡＢｃ')).toBe('2023年ABc');
    expect(normaliseChars('a\u3000b\u00a0c\u200bd\ufeffe')).toBe('a b cde');
    expect(normaliseChars('x\r\ny\rz')).toBe('x\ny\nz');
  });

  it('keeps Chinese punctuation as written', () => {
    const text = '（一）主动公开，“三安全一稳定”、其他：完成；结束。';
    expect(normaliseChars(text)).toBe(text);
  });
});

describe('page numbers and paragraphs', () => {
  it('recognises page-number lines but not text with numbers', () => {
    for (const l of ['— 3 —', '- 3 -', '第3页', '第 3 页 共 6 页', '3/6', '12', ' -12- ']) {
      expect(isPageNumberLine(l), l).toBe(true);
    }
    for (const l of ['共收到申请3件', '2023年', '（一）主动公开', '']) {
      expect(isPageNumberLine(l), l).toBe(false);
    }
  });

  it('joins hard-wrapped lines and keeps headings and numbered items apart', () => {
    const lines = [
      '一、总体情况',
      '（一）主动公开',
      '2023年，本机关认真贯彻落实政府信息公开条例，全面推进',
      '决策、执行、管理、服务、结果公开，主动公开政府信息',
      '共计120条。',
      '1.加强组织领导，明确责任分工，落实专人负责政府信息',
      '公开工作。',
    ];
    expect(joinWrappedLines(lines)).toEqual([
      '一、总体情况',
      '（一）主动公开',
      '2023年，本机关认真贯彻落实政府信息公开条例，全面推进决策、执行、管理、服务、结果公开，主动公开政府信息共计120条。',
      '1.加强组织领导，明确责任分工，落实专人负责政府信息公开工作。',
    ]);
  });

  it('keeps a 《》 title wrapped over a short line in one paragraph', () => {
    const lines = [
      '本报告由淮安市人民政府办公室根据',
      '《中华人民共和国政府',
      '信息公开条例》（国令第711号）（以下简称《条例》）规定编',
      '制。',
      '报告所列统计期限自2024年1月1日至2024年12月31日。',
      '本机关依法做好政府信息公开工作，全面推进各项工作落实，',
      '取得了明显成效。',
    ];
    expect(joinWrappedLines(lines)).toEqual([
      '本报告由淮安市人民政府办公室根据',
      '《中华人民共和国政府信息公开条例》（国令第711号）（以下简称《条例》）规定编制。',
      '报告所列统计期限自2024年1月1日至2024年12月31日。',
      '本机关依法做好政府信息公开工作，全面推进各项工作落实，取得了明显成效。',
    ]);
  });

  it('normalisePastedText drops page numbers and returns paragraphs separated by newlines', () => {
    const pasted =
      '本机关依法做好部⻔信息公开工作，全面推进各项工\n— 3 —\n作落实。\n第2页\n二、主动公开政府信息情况';
    const out = normalisePastedText(pasted);
    expect(out).toBe(
      '本机关依法做好部门信息公开工作，全面推进各项工作落实。\n二、主动公开政府信息情况',
    );
    expect(splitParagraphs(out)).toHaveLength(2);
  });

  it('splitParagraphs trims and drops blank lines', () => {
    expect(splitParagraphs('  a \n\n b\n')).toEqual(['a', 'b']);
  });
});

describe.skipIf(!SAMPLES_DIR)('the seed report text', () => {
  it('normalised, contains no radical code point and no traditional 戶', () => {
    const raw = readSample('000_dcd80c00dea1f0d9.txt');
    expect(raw).toMatch(RADICAL_RANGE); // the sample really carries the problem
    const text = normaliseChars(raw);
    expect(text).not.toMatch(RADICAL_RANGE);
    expect(text).not.toContain('戶');
    expect(normalisePastedText(raw)).not.toMatch(RADICAL_RANGE);
  });
});

if (!SAMPLES_DIR) console.warn(SAMPLES_MISSING_MESSAGE);
