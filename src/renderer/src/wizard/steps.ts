import { SECTION_GUIDANCE, SECTION_HEADINGS } from '../../../shared/format';
import type { IssueSection } from '../../../shared/checks';

export type StepId = 'basic' | 's1' | 't2' | 't3' | 't4' | 's5' | 's6' | 'check';

export interface StepDef {
  id: StepId;
  label: string;
  guidance: string;
}

/** The wizard in the order of the printed report; headings verbatim from the format. */
export const STEPS: readonly StepDef[] = [
  {
    id: 'basic',
    label: '基本信息',
    guidance:
      '核对机关名称、年度和报告标题，填写正文前的说明段落（如依据、统计期限、电子版下载地址、咨询电话）和落款。',
  },
  { id: 's1', label: SECTION_HEADINGS.s1, guidance: SECTION_GUIDANCE.s1 },
  { id: 't2', label: SECTION_HEADINGS.t2, guidance: SECTION_GUIDANCE.t2 },
  { id: 't3', label: SECTION_HEADINGS.t3, guidance: SECTION_GUIDANCE.t3 },
  { id: 't4', label: SECTION_HEADINGS.t4, guidance: SECTION_GUIDANCE.t4 },
  { id: 's5', label: SECTION_HEADINGS.s5, guidance: SECTION_GUIDANCE.s5 },
  { id: 's6', label: SECTION_HEADINGS.s6, guidance: SECTION_GUIDANCE.s6 },
  {
    id: 'check',
    label: '检查与导出',
    guidance:
      '逐条查看检查结果：错误必须改正，警告需确认后方可定稿，提示供参考。点击一条问题可跳到对应的单元格或段落。',
  },
];

export function isStepId(value: string): value is StepId {
  return STEPS.some((s) => s.id === value);
}

export function stepOfIssue(section: IssueSection): StepId {
  return section;
}

export const STEP_STATE_LABEL = {
  empty: '未填写',
  error: '有错误',
  warning: '有警告',
  done: '已完成',
} as const;
export type StepState = keyof typeof STEP_STATE_LABEL;
