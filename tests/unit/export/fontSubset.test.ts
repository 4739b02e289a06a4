import { describe, expect, it } from 'vitest';
import {
  charactersByFace,
  documentCharacters,
  embedSubsetFonts,
} from '../../../src/main/export/fontSubset';
import { BUNDLED_FACES } from '../../../src/shared/layout/fonts';

describe('font subsetting before printing', () => {
  const html =
    '<html><head><style>@font-face { font-family: "Nianbao Fang"; src: url("file:///x/FandolFang-Regular.ttf") format("truetype"); }' +
    ' @font-face { font-family: "Other"; src: url("file:///x/Other.ttf"); }</style></head>' +
    '<body><p>政府信息公开&#21313;</p></body></html>';

  it('collects the document text, decoded entities and the page-number characters', () => {
    const chars = documentCharacters(html);
    for (const c of '政府信息公开十—0') expect(chars).toContain(c);
    expect(chars).not.toContain('@'.repeat(2));
    expect(chars).not.toContain('体');
  });

  it('inlines a TrueType subset of each bundled face and leaves other URLs alone', async () => {
    const out = await embedSubsetFonts(html, 'official');
    expect(out).not.toContain('file:///x/FandolFang-Regular.ttf');
    expect(out).toContain('file:///x/Other.ttf');
    const data = /data:font\/ttf;base64,([A-Za-z0-9+/=]+)/.exec(out)?.[1];
    const bytes = Buffer.from(data!, 'base64');
    expect(bytes.readUInt32BE(0)).toBe(0x00010000); // TrueType outlines, embedded as CID TrueType
    expect(bytes.length).toBeLessThan(200_000); // the full face is 7.5 MB
  });

  it('gives each face only the characters printed in it, plus ASCII and the dash', () => {
    const doc =
      '<html><head><title>标题在头里</title><style>p{}</style></head><body>' +
      '<h1 class="title">某局<br><span class="nowrap">2021年</span>年报</h1>' +
      '<h2>一、总体情况</h2><h3>（一）主动公开</h3><h4>仿宋小标题</h4>' +
      '<p>正文段落</p><table><tr><th>表头</th><td>格</td></tr></table>' +
      '<div class="closing"><p>落款</p></div></body></html>';
    for (const scheme of ['official', 'system'] as const) {
      const faces = charactersByFace(doc, scheme);
      const has = (face: keyof typeof BUNDLED_FACES, text: string) =>
        [...text].every((c) => faces.get(BUNDLED_FACES[face].file)!.includes(c));
      expect(has('xiaobiaosong', '某局年报2021')).toBe(true);
      expect(has('xiaobiaosong', '正')).toBe(false);
      expect(has('hei', '一、总体情况')).toBe(true);
      expect(has('hei', '某')).toBe(false);
      expect(has('kai', '（一）主动公开')).toBe(true);
      expect(has('song', '表头格— 0123456789')).toBe(true);
      expect(has('song', '正')).toBe(false);
      expect(has('fang', '仿宋小标题正文段落落款')).toBe(true);
      // The <title> in <head> is not printed.
      expect(has('fang', '头')).toBe(false);
      for (const face of Object.values(BUNDLED_FACES)) expect(faces.get(face.file)).toContain('A');
    }
  });
});
