import type { CellSpec, GridRow, T3RowSpec, TableSpec } from './types';
import {
  T3_APPLICANTS,
  T3_APPLICANT_COLUMNS,
  T3_COLUMNS,
  T3_CORNER,
  T3_LEGAL_PERSONS,
  T3_RESULTS,
} from './labels';

const DENIED = '（三）不予公开';
const UNABLE = '（四）无法提供';
const NOT_PROCESSED = '（五）不予处理';
const OTHER = '（六）其他处理';

const head: T3RowSpec[] = [
  { key: 'new', label: '一、本年新收政府信息公开申请数量', isResult: false },
  { key: 'carried_over', label: '二、上年结转政府信息公开申请数量', isResult: false },
];

const resultsBeforeOther: T3RowSpec[] = [
  { key: 'granted', label: '（一）予以公开', isResult: true },
  {
    key: 'partly_granted',
    label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    isResult: true,
  },
  { key: 'denied_state_secret', label: '1.属于国家秘密', group: DENIED, isResult: true },
  { key: 'denied_law_forbids', label: '2.其他法律行政法规禁止公开', group: DENIED, isResult: true },
  {
    key: 'denied_three_safety_one_stability',
    label: '3.危及“三安全一稳定”',
    group: DENIED,
    isResult: true,
  },
  { key: 'denied_third_party', label: '4.保护第三方合法权益', group: DENIED, isResult: true },
  {
    key: 'denied_internal_affairs',
    label: '5.属于三类内部事务信息',
    group: DENIED,
    isResult: true,
  },
  { key: 'denied_process_info', label: '6.属于四类过程性信息', group: DENIED, isResult: true },
  { key: 'denied_enforcement_file', label: '7.属于行政执法案卷', group: DENIED, isResult: true },
  { key: 'denied_inquiry_matter', label: '8.属于行政查询事项', group: DENIED, isResult: true },
  { key: 'unable_not_held', label: '1.本机关不掌握相关政府信息', group: UNABLE, isResult: true },
  {
    key: 'unable_needs_creation',
    label: '2.没有现成信息需要另行制作',
    group: UNABLE,
    isResult: true,
  },
  {
    key: 'unable_unclear_after_correction',
    label: '3.补正后申请内容仍不明确',
    group: UNABLE,
    isResult: true,
  },
  {
    key: 'not_processed_petition',
    label: '1.信访举报投诉类申请',
    group: NOT_PROCESSED,
    isResult: true,
  },
  { key: 'not_processed_repeat', label: '2.重复申请', group: NOT_PROCESSED, isResult: true },
  {
    key: 'not_processed_publication',
    label: '3.要求提供公开出版物',
    group: NOT_PROCESSED,
    isResult: true,
  },
  {
    key: 'not_processed_massive_repeat',
    label: '4.无正当理由大量反复申请',
    group: NOT_PROCESSED,
    isResult: true,
  },
  {
    key: 'not_processed_confirm_existing',
    label: '5.要求行政机关确认或重新出具已获取信息',
    group: NOT_PROCESSED,
    isResult: true,
  },
];

const other2021: T3RowSpec[] = [
  {
    key: 'other_no_correction',
    label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    group: OTHER,
    isResult: true,
  },
  {
    key: 'other_fee_unpaid',
    label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    group: OTHER,
    isResult: true,
  },
  { key: 'other_other', label: '3.其他', group: OTHER, isResult: true },
];

const other2019: T3RowSpec[] = [{ key: 'other', label: OTHER, isResult: true }];

const tail: T3RowSpec[] = [
  { key: 'total_handled', label: '（七）总计', isResult: false },
  { key: 'carried_forward', label: '四、结转下年度继续办理', isResult: false },
];

export const T3_ROWS_2021: readonly T3RowSpec[] = [
  ...head,
  ...resultsBeforeOther,
  ...other2021,
  ...tail,
];
export const T3_ROWS_2019: readonly T3RowSpec[] = [
  ...head,
  ...resultsBeforeOther,
  ...other2019,
  ...tail,
];

const t3Key = (row: string, col: string): string => `t3.${row}.${col}`;

/** The printed grid of table 三: 3 label columns, then 7 value columns; merges as the official template. */
export function buildTable3(rows: readonly T3RowSpec[]): TableSpec {
  const header: GridRow[] = [
    {
      header: true,
      cells: [
        { text: T3_CORNER, colSpan: 3, rowSpan: 3 },
        { text: T3_APPLICANTS, colSpan: 7 },
      ],
    },
    {
      header: true,
      cells: [
        { text: T3_COLUMNS[0].label, rowSpan: 2 },
        { text: T3_LEGAL_PERSONS, colSpan: 5 },
        { text: T3_COLUMNS[6].label, rowSpan: 2 },
      ],
    },
    { header: true, cells: T3_COLUMNS.slice(1, 6).map((c) => ({ text: c.label })) },
  ];
  const resultCount = rows.filter((r) => r.isResult || r.key === 'total_handled').length;
  const body: GridRow[] = [];
  let resultsOpened = false;
  let openGroup: string | undefined;
  for (const row of rows) {
    const values = T3_COLUMNS.map((c) => ({ key: t3Key(row.key, c.key) }));
    const inResults = row.isResult || row.key === 'total_handled';
    const labels = [];
    if (!inResults) {
      labels.push({ text: row.label, colSpan: 3 });
    } else {
      if (!resultsOpened) {
        labels.push({ text: T3_RESULTS, rowSpan: resultCount });
        resultsOpened = true;
      }
      if (row.group) {
        if (openGroup !== row.group) {
          labels.push({
            text: row.group,
            rowSpan: rows.filter((r) => r.group === row.group).length,
          });
          openGroup = row.group;
        }
        labels.push({ text: row.label });
      } else {
        openGroup = undefined;
        labels.push({ text: row.label, colSpan: 2 });
      }
    }
    body.push({ cells: [...labels, ...values] });
  }
  return {
    id: 't3',
    gridColumns: 10,
    columnWidths: [754, 921, 3271, 685, 685, 685, 685, 685, 685, 685],
    rows: [...header, ...body],
  };
}

export function buildTable3Cells(rows: readonly T3RowSpec[]): CellSpec[] {
  const resultRows = rows.filter((r) => r.isResult).map((r) => r.key);
  const cells: CellSpec[] = [];
  for (const row of rows) {
    for (const col of T3_COLUMNS) {
      const key = t3Key(row.key, col.key);
      let sumOf: string[] | undefined;
      if (col.key === 'total') sumOf = T3_APPLICANT_COLUMNS.map((c) => t3Key(row.key, c));
      else if (row.key === 'total_handled') sumOf = resultRows.map((r) => t3Key(r, col.key));
      cells.push({
        key,
        table: 't3',
        kind: 'count',
        rowLabel: row.label,
        colLabel: col.label,
        ...(row.group ? { rowGroup: row.group } : {}),
        ...(sumOf ? { sumOf } : {}),
      });
    }
  }
  return cells;
}
