import { describe, expect, it } from 'vitest';
import { documentCharacters, embedSubsetFonts } from '../../../src/main/export/fontSubset';

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
    const out = await embedSubsetFonts(html);
    expect(out).not.toContain('file:///x/FandolFang-Regular.ttf');
    expect(out).toContain('file:///x/Other.ttf');
    const data = /data:font\/ttf;base64,([A-Za-z0-9+/=]+)/.exec(out)?.[1];
    const bytes = Buffer.from(data!, 'base64');
    expect(bytes.readUInt32BE(0)).toBe(0x00010000); // TrueType outlines, embedded as CID TrueType
    expect(bytes.length).toBeLessThan(200_000); // the full face is 7.5 MB
  });
});
