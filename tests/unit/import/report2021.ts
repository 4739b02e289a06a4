import { FORMAT_2021, T3_COLUMNS, T4_BLOCKS, T4_COLUMNS } from '../../../src/shared/format';

/**
 * A 2021-format report typed for importer tests: tables that add up, printed as text in the
 * layouts extractions produce, with any cell printed otherwise on request (“-3”, “-”).
 */

export type Cells = Record<string, number | string>;
export type Layout = 'row-per-line' | 'cell-per-line' | 'run-together';

/** Table 三 rows with values (six applicant columns); all other rows are zero. */
const T3_RESULTS: Record<string, number[]> = {
  granted: [12, 3, 0, 0, 0, 1],
  partly_granted: [5, 0, 0, 0, 0, 0],
  unable_not_held: [3, 0, 0, 0, 1, 0],
  not_processed_repeat: [2, 0, 0, 0, 0, 0],
};
const T3_CARRIED_OVER = [2, 0, 0, 0, 0, 0];
const T3_CARRIED_FORWARD = [1, 1, 0, 0, 0, 0];
const T4: Record<string, number[]> = {
  review: [3, 1, 0, 1],
  litigation_direct: [2, 0, 1, 0],
  litigation_after_review: [0, 0, 0, 0],
};

export function truth2021(): Cells {
  const cells: Cells = {
    't2.regulations.made': 0,
    't2.regulations.repealed': 0,
    't2.regulations.effective': 2,
    't2.normative_docs.made': 4,
    't2.normative_docs.repealed': 1,
    't2.normative_docs.effective': 26,
    't2.licensing': 7,
    't2.penalty': 15,
    't2.coercion': 3,
    't2.fees_wan_yuan': '12.5',
  };
  const applicant = T3_COLUMNS.slice(0, 6).map((c) => c.key);
  const row = (key: string, values: readonly number[]) => {
    values.forEach((v, i) => (cells[`t3.${key}.${applicant[i]}`] = v));
    cells[`t3.${key}.total`] = values.reduce((a, b) => a + b, 0);
  };
  const handled = applicant.map(() => 0);
  for (const r of FORMAT_2021.t3Rows.filter((x) => x.isResult)) {
    const values = T3_RESULTS[r.key] ?? applicant.map(() => 0);
    values.forEach((v, i) => (handled[i]! += v));
    row(r.key, values);
  }
  row('total_handled', handled);
  row('carried_over', T3_CARRIED_OVER);
  row('carried_forward', T3_CARRIED_FORWARD);
  row(
    'new',
    handled.map((h, i) => h + T3_CARRIED_FORWARD[i]! - T3_CARRIED_OVER[i]!),
  );
  for (const block of T4_BLOCKS) {
    const parts = T4[block.key]!;
    parts.forEach((v, i) => (cells[`t4.${block.key}.${T4_COLUMNS[i]!.key}`] = v));
    cells[`t4.${block.key}.total`] = parts.reduce((a, b) => a + b, 0);
  }
  return cells;
}

export interface RenderOptions {
  /** How single cells appear instead of their value (“-3”, “－3”, “-”). */
  readonly printed?: Readonly<Record<string, string>>;
  /** The sentence after the title (by default one with a date range and a phone number). */
  readonly opening?: string;
}

/** A 2021-format report as text in one of the extraction layouts. */
export function render2021(cells: Cells, layout: Layout, options: RenderOptions = {}): string {
  const printed = options.printed ?? {};
  const sep = layout === 'row-per-line' ? ' ' : layout === 'cell-per-line' ? '\n' : '';
  const show = (key: string) => printed[key] ?? String(cells[key]);
  const row = (label: string, keys: readonly string[]) => [label, ...keys.map(show)].join(sep);
  const t2 = [
    '二、主动公开政府信息情况',
    '第二十条第（一）项',
    '信息内容 本年制发件数 本年废止件数 现行有效件数',
    row(
      '规章',
      ['made', 'repealed', 'effective'].map((c) => `t2.regulations.${c}`),
    ),
    row(
      '行政规范性文件',
      ['made', 'repealed', 'effective'].map((c) => `t2.normative_docs.${c}`),
    ),
    '第二十条第（五）项',
    '信息内容 本年处理决定数量',
    row('行政许可', ['t2.licensing']),
    '第二十条第（六）项',
    row('行政处罚', ['t2.penalty']),
    row('行政强制', ['t2.coercion']),
    '第二十条第（八）项',
    '信息内容 本年收费金额（单位：万元）',
    row('行政事业性收费', ['t2.fees_wan_yuan']),
  ];
  const t3 = [
    '三、收到和处理政府信息公开申请情况',
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    '申请人情况 自然人 法人或其他组织 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计',
    ...FORMAT_2021.t3Rows.map((r) =>
      row(
        r.label,
        T3_COLUMNS.map((c) => `t3.${r.key}.${c.key}`),
      ),
    ),
  ];
  const t4 = [
    '四、政府信息公开行政复议、行政诉讼情况',
    '行政复议 行政诉讼 结果维持 结果纠正 其他结果 尚未审结 总计',
    T4_BLOCKS.flatMap((b) => T4_COLUMNS.map((c) => show(`t4.${b.key}.${c.key}`))).join(sep),
  ];
  const lines = [
    '宁陵县测试局2023年政府信息公开工作年度报告',
    options.opening ?? '本报告统计期限自2023-01-01起至2023-12-31止，联系电话0370-7612345。',
    '一、总体情况',
    '（一）主动公开',
    '本年度主动公开政府信息。',
    ...t2,
    ...t3,
    ...t4,
    '五、存在的主要问题及改进情况',
    '公开形式较为单一，下一步将拓宽渠道。',
    '六、其他需要报告的事项',
    '本年度未收取信息处理费。',
  ];
  return layout === 'run-together' ? lines.join('') : lines.join('\n');
}
