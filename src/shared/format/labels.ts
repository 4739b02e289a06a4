/** Verbatim labels shared by both format versions (FORMAT.md §2, §4, §5). */

export const SECTION_HEADINGS = {
  s1: '一、总体情况',
  t2: '二、主动公开政府信息情况',
  t3: '三、收到和处理政府信息公开申请情况',
  t4: '四、政府信息公开行政复议、行政诉讼情况',
  s5: '五、存在的主要问题及改进情况',
  s6: '六、其他需要报告的事项',
} as const;

export const S1_SUBHEADINGS = [
  '（一）主动公开',
  '（二）依申请公开',
  '（三）政府信息管理',
  '（四）政府信息公开平台建设',
  '（五）监督保障',
] as const;

export const S5_SUBHEADINGS = ['（一）存在的主要问题', '（二）改进情况'] as const;

export const S6_SUBHEADINGS = [
  '（一）信息处理费收取情况',
  '（二）落实上级年度政务公开工作要点情况',
  '（三）人大代表建议和政协提案办理结果公开情况',
  '（四）年度政务公开工作创新情况',
] as const;

export const T3_COLUMNS = [
  { key: 'natural', label: '自然人' },
  { key: 'commercial', label: '商业企业' },
  { key: 'research', label: '科研机构' },
  { key: 'nonprofit', label: '社会公益组织' },
  { key: 'legal', label: '法律服务机构' },
  { key: 'other', label: '其他' },
  { key: 'total', label: '总计' },
] as const;

export type T3ColumnKey = (typeof T3_COLUMNS)[number]['key'];
export const T3_APPLICANT_COLUMNS = T3_COLUMNS.slice(0, 6).map((c) => c.key);

export const T3_CORNER = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
export const T3_APPLICANTS = '申请人情况';
export const T3_LEGAL_PERSONS = '法人或其他组织';
export const T3_RESULTS = '三、本年度办理结果';

export const T4_BLOCKS = [
  { key: 'review', label: '行政复议' },
  { key: 'litigation_direct', label: '未经复议直接起诉' },
  { key: 'litigation_after_review', label: '复议后起诉' },
] as const;
export const T4_LITIGATION = '行政诉讼';
export const T4_COLUMNS = [
  { key: 'upheld', label: '结果维持' },
  { key: 'corrected', label: '结果纠正' },
  { key: 'other', label: '其他结果' },
  { key: 'pending', label: '尚未审结' },
  { key: 'total', label: '总计' },
] as const;

export const SECTION_GUIDANCE = {
  s1: '概述本年度政府信息公开工作的总体情况，通常分五个方面：主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障。写明具体数字（如主动公开信息条数、收到申请件数），并与表格一致。',
  t2: '填写本年度主动公开政府信息的数量。县级机关不能制定规章，“规章”一行通常为 0。收费金额单位为万元。',
  t3: '按申请人类型填写本年度收到和处理政府信息公开申请的数量。区分处理（部分公开）的申请只计入“（二）部分公开”，不计其他情形。勾稽关系：第一项加第二项之和，等于第三项加第四项之和。',
  t4: '填写本年度因政府信息公开引起的行政复议、行政诉讼的数量。',
  s5: '写明本年度工作存在的主要问题，以及针对问题的改进情况或改进措施，避免与上年度内容雷同。',
  s6: '通常写明四项：（一）依据《政府信息公开信息处理费管理办法》收取信息处理费的情况（件数和金额，或“未收取”）；（二）落实上级年度政务公开工作要点情况；（三）人大代表建议和政协提案办理结果公开情况；（四）年度政务公开工作创新情况。',
} as const;
