/** Every Chinese sentence the services can show the clerk, in one place for review. */
export const MESSAGES = {
  duplicate: (organ: string, year: number) =>
    `不能新建：已有“${organ}${year}年”的报告，是否打开它？`,
  duplicateOnRestore: (organ: string, year: number) =>
    `不能恢复：已有另一份“${organ}${year}年”的报告。请先打开那份报告，或把它移入回收站后再恢复。`,
  duplicateOnSave: (organ: string, year: number) =>
    `未保存：已有另一份“${organ}${year}年”的报告，机关名称和年度不能与它相同。请改回原来的机关名称或年度。`,
  stale:
    '这份报告刚在另一个窗口中被修改过，本次修改没有保存。您输入的内容仍保留在当前页面上，请先复制出来，再重新打开报告后粘贴。',
  final: '这份报告已定稿，不能再修改。如需修改，请先“撤销定稿”并填写原因。',
  notFound: (id: number) => `找不到编号为 ${id} 的报告，它可能已被删除。请回到报告列表刷新后再试。`,
  inTrash: '这份报告已移入回收站，本次操作没有执行。请先从回收站恢复它。',
  damaged: (id: number, problem: string) =>
    `编号为 ${id} 的报告内容已损坏，无法打开（${problem}）。可在“历史版本”中找回较早的内容，或联系技术人员。`,
  notFinal: '这份报告还没有定稿，无需撤销定稿。',
  finalizeBlocked: (errors: number, warnings: number) =>
    `还不能定稿：${[
      errors > 0 ? `有 ${errors} 个错误需要改正` : '',
      warnings > 0 ? `有 ${warnings} 个提醒需要确认` : '',
    ]
      .filter(Boolean)
      .join('，')}。请在“检查”页逐条处理后再定稿。`,
  replaceFinal: (organ: string, year: number) =>
    `不能覆盖：“${organ}${year}年”的报告已定稿。请先撤销定稿，再导入。`,
  settingsInvalid: (problem: string) => `设置未保存：${problem}`,
} as const;
