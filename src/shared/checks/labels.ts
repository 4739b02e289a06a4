import type { RuleId, Severity } from './types';

/** Short Chinese names of the rules, for the check list in the UI. */
export const RULE_LABELS: Record<RuleId, string> = {
  NUM: '数字填写',
  'T3-ROW': '表三行合计',
  'T3-HANDLED': '表三办理结果总计',
  'T3-BALANCE': '表三勾稽关系',
  'T4-TOTAL': '表四总计',
  CARRY: '上年结转衔接',
  'T2-CHAIN': '现行有效件数衔接',
  'T2-REG': '规章件数',
  'FEE-UNIT': '收费金额单位',
  'TEXT-NUM': '正文与表格数字一致',
  'LAW-NAME': '条例名称',
  VERSION: '年报格式依据',
  S5: '存在问题及改进情况',
  'S6-FEE': '信息处理费情况',
  'S6-ITEMS': '其他事项完整',
  REUSE: '与上年重复率',
  DEADLINE: '公开期限',
  YEAR: '年份一致',
};

/** Default severity per rule (FORMAT.md §6); NUM blanks are a hint in a draft. */
export const RULE_SEVERITY: Record<RuleId, Severity> = {
  NUM: 'error',
  'T3-ROW': 'error',
  'T3-HANDLED': 'error',
  'T3-BALANCE': 'error',
  'T4-TOTAL': 'error',
  CARRY: 'warning',
  'T2-CHAIN': 'warning',
  'T2-REG': 'warning',
  'FEE-UNIT': 'hint',
  'TEXT-NUM': 'warning',
  'LAW-NAME': 'warning',
  VERSION: 'warning',
  S5: 'warning',
  'S6-FEE': 'warning',
  'S6-ITEMS': 'hint',
  REUSE: 'warning',
  DEADLINE: 'hint',
  YEAR: 'warning',
};

export const SEVERITY_LABELS: Record<Severity, string> = {
  error: '错误',
  warning: '警告',
  hint: '提示',
};
