import { z } from 'zod';

/** Chinese default messages for issues a schema did not word itself (e.g. a missing field). */
const zhCN = z.locales.zhCN().localeError;

/** Chinese names for the input fields a clerk may recognise; other paths are shown as written. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  id: '报告编号',
  organ: '机关名称',
  organKind: '机关类别',
  year: '年度',
  content: '报告内容',
  cells: '表格数据',
  baseRevision: '版本号',
  position: '编辑位置',
  reason: '原因',
  fontScheme: '字体方案',
  deadlines: '报送期限',
  lastExportDir: '上次导出目录',
  backupKeep: '备份保留份数',
  uncertain: '待核对的单元格',
  conversion: '格式转换说明',
  t2Hints: '表二提示',
  yearIgnored: '已忽略的年份建议',
};

export const VALIDATION_PARSE_OPTIONS = { error: zhCN } as const;

function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '请求内容';
  const shown = path.map((part) =>
    typeof part === 'string' ? (FIELD_LABELS[part] ?? part) : String(part),
  );
  return `「${shown.join(' → ')}」`;
}

/**
 * One Chinese sentence naming each invalid field and what is wrong with it, for a VALIDATION
 * error. Capped so a wholly wrong payload does not produce a wall of text.
 */
export function describeValidationIssues(issues: readonly z.core.$ZodIssue[]): string {
  const MAX_SHOWN = 3;
  const parts = issues
    .slice(0, MAX_SHOWN)
    .map((issue) => `${describePath(issue.path)}：${issue.message}`);
  const more = issues.length > MAX_SHOWN ? `（共 ${issues.length} 处问题）` : '';
  return `输入有误：${parts.join('；')}${more}。请检查后重试。`;
}
