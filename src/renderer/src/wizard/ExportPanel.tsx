import { Paper, Text, Title } from '@mantine/core';

export interface ExportPanelProps {
  reportId: number;
  /** Saves pending edits; call before exporting so the file has the latest text. */
  flush: () => Promise<void>;
  final: boolean;
}

/**
 * Slot for exporting DOCX/PDF and the print preview. The export engineer replaces this body;
 * the props are what the wizard can give.
 */
export function ExportPanel({ final }: ExportPanelProps) {
  return (
    <Paper withBorder p="md" data-testid="export-panel">
      <Title order={4} mb="xs">
        导出
      </Title>
      <Text size="sm" c="dimmed">
        导出 Word（DOCX）和 PDF 文件的功能将在此处提供。
        {final ? '报告已定稿，导出的文件为正式版本。' : '草稿也可导出，供内部审阅。'}
      </Text>
    </Paper>
  );
}
