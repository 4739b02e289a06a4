import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { canFinalize, type CheckIssue } from '../../../shared/checks';
import { ChecksPanel } from '../checks/ChecksPanel';
import { useChecks } from '../checks/useChecks';
import { useReportSelector } from '../store/useReport';
import { TextPromptModal } from '../ui/TextPromptModal';
import { ExportPanel } from './ExportPanel';

interface CheckExportStepProps {
  reportId: number;
  final: boolean;
  busy: boolean;
  onJump: (issue: CheckIssue) => void;
  onFinalize: () => void;
  onUnfinalize: (reason: string) => void;
  flush: () => Promise<void>;
}

export function CheckExportStep({
  reportId,
  final,
  busy,
  onJump,
  onFinalize,
  onUnfinalize,
  flush,
}: CheckExportStepProps) {
  const { final: issues } = useChecks();
  const acknowledgements = useReportSelector((c) => c.acknowledgements);
  const readiness = canFinalize({ acknowledgements }, issues);
  const [askReason, setAskReason] = useState(false);
  const [reason, setReason] = useState('');

  return (
    <Stack gap="lg">
      <section>
        <Title order={3} size="h4" mb="xs">
          检查结果
        </Title>
        <ChecksPanel
          issues={issues}
          onJump={onJump}
          emptyText="检查通过：未发现错误、警告或提示。"
        />
      </section>
      <section>
        <Title order={3} size="h4" mb="xs">
          定稿
        </Title>
        {final ? (
          <Group>
            <Text size="sm">本报告已定稿，内容只读。如需修改，请撤销定稿并说明原因。</Text>
            <Button variant="default" color="red" loading={busy} onClick={() => setAskReason(true)}>
              撤销定稿
            </Button>
          </Group>
        ) : (
          <Stack gap="xs">
            {!readiness.ok && (
              <Alert color="orange" data-testid="finalize-blocked">
                还有 {readiness.blocking.filter((i) => i.severity === 'error').length} 项错误、
                {readiness.blocking.filter((i) => i.severity === 'warning').length}{' '}
                项未确认的警告。改正所有错误、逐条确认警告后才能定稿（空白单元格请填 0）。
              </Alert>
            )}
            <Group>
              <Button color="teal" disabled={!readiness.ok} loading={busy} onClick={onFinalize}>
                定稿
              </Button>
              <Text size="sm" c="dimmed">
                定稿后报告只读，并保存一份定稿版本。
              </Text>
            </Group>
          </Stack>
        )}
      </section>
      <ExportPanel reportId={reportId} flush={flush} final={final} />
      <TextPromptModal
        opened={askReason}
        title="撤销定稿"
        label="撤销原因"
        description="例如：发现表三数字有误，需要修改。原因会记录在修改历史中。"
        value={reason}
        onChange={setReason}
        confirmLabel="撤销定稿"
        confirmColor="red"
        required
        onCancel={() => setAskReason(false)}
        onConfirm={() => {
          setAskReason(false);
          onUnfinalize(reason.trim());
          setReason('');
        }}
      />
    </Stack>
  );
}
