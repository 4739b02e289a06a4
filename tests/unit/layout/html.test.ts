import { describe, expect, it } from 'vitest';
import { buildDocTree } from '../../../src/shared/layout/docTree';
import { renderHtml, renderPreviewHtml } from '../../../src/shared/layout/html';
import { seedReport, synthesisedReport } from './reports';

const opts = { fontScheme: 'official', fontBaseUrl: 'file:///fonts/' } as const;

describe('renderHtml', () => {
  it('declares the GB/T 9704 page, alternating page numbers and the font stacks', () => {
    const html = renderHtml(buildDocTree(seedReport()), opts);
    expect(html).toContain('@page { size: A4; margin: 37mm 26mm 35mm 28mm; }');
    expect(html).toMatch(/@page :right \{ @bottom-right \{\s*content: "— " counter\(page\) " —"/);
    expect(html).toMatch(/@page :left \{ @bottom-left \{/);
    expect(html).toMatch(/body \{[^}]*font-family: "仿宋_GB2312", [^}]*"Nianbao Fang"/);
    expect(html).toContain('src: url("file:///fonts/FandolFang-Regular.ttf") format("truetype")');
    expect(html).toContain('line-height: 28.9pt');
  });

  it('renders the tables with merges and header rows in thead', () => {
    const tree = buildDocTree(synthesisedReport());
    const html = renderHtml(tree, opts);
    const t3 = /<table class="report-table" data-table="t3">.*?<\/table>/s.exec(html)![0];
    expect(t3).toMatch(/<thead>(<tr[^>]*>.*?<\/tr>){3}<\/thead>/s);
    expect(t3).toContain(
      '<th colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th>',
    );
    expect(t3).toContain('rowspan="22">三、本年度办理结果</td>');
    const t3Value = tree.blocks
      .flatMap((b) => (b.kind === 'table' && b.table.id === 't3' ? b.table.rows : []))[3]!
      .cells.find((c) => c.role === 'value')!;
    expect(t3).toContain(`data-key="${t3Value.key}">${t3Value.text}</td>`);
  });

  it('escapes text typed by the clerk', () => {
    const report = { ...seedReport(), preamble: ['<script>alert(1)</script> & “引号”'] };
    const html = renderHtml(buildDocTree(report), opts);
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; “引号”');
  });

  it('the preview is the same document with screen rules and no script', () => {
    const tree = buildDocTree(seedReport());
    const preview = renderPreviewHtml(tree, { ...opts, zoom: 0.75 });
    expect(preview).toContain(renderHtml(tree, opts).split('<body>')[1]);
    expect(preview).toContain('zoom: 0.75');
    expect(preview).not.toMatch(/<script/i);
  });
});
