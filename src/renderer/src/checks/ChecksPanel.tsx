import { Badge, Button, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import {
  RULE_LABELS,
  isAcknowledged,
  summariseIssues,
  type CheckIssue,
} from '../../../shared/checks';
import { useReadOnly, useReportSelector, useReportStore } from '../store/useReport';
import { TextPromptModal } from '../ui/TextPromptModal';
import { STEPS } from '../wizard/steps';

const SEVERITY = {
  error: { label: '错误', color: 'red' },
  warning: { label: '警告', color: 'orange' },
  hint: { label: '提示', color: 'blue' },
} as const;

interface ChecksPanelProps {
  issues: readonly CheckIssue[];
  onJump: (issue: CheckIssue) => void;
  /** Show the section headings (full list) or only the items (list under one step). */
  grouped?: boolean;
  emptyText?: string;
}

/** Issues of the report, grouped by wizard step; a click jumps to the cells or paragraph. */
export function ChecksPanel({
  issues,
  onJump,
  grouped = true,
  emptyText = '未发现问题。',
}: ChecksPanelProps) {
  const store = useReportStore();
  const readOnly = useReadOnly();
  const acknowledgements = useReportSelector((c) => c.acknowledgements);
  const [acknowledging, setAcknowledging] = useState<CheckIssue | null>(null);
  const [note, setNote] = useState('');
  const counts = summariseIssues(issues);
  const unacknowledged = issues.filter(
    (i) => i.severity === 'warning' && !isAcknowledged({ acknowledgements }, i),
  ).length;

  const acknowledge = (issue: CheckIssue, text: string) => {
    store.update((c) => ({
      ...c,
      acknowledgements: [
        ...c.acknowledgements.filter((a) => a.issueId !== issue.id),
        {
          issueId: issue.id,
          fingerprint: issue.fingerprint,
          note: text.trim(),
          at: new Date().toISOString(),
        },
      ],
    }));
  };
  const withdraw = (issue: CheckIssue) =>
    store.update((c) => ({
      ...c,
      acknowledgements: c.acknowledgements.filter((a) => a.issueId !== issue.id),
    }));

  const groups = grouped
    ? STEPS.filter((s) => s.id !== 'check')
        .map((s) => ({ step: s, items: issues.filter((i) => i.section === s.id) }))
        .filter((g) => g.items.length > 0)
    : [{ step: null, items: [...issues] }];

  const item = (issue: CheckIssue) => {
    const severity = SEVERITY[issue.severity];
    const acknowledged =
      issue.severity === 'warning' && isAcknowledged({ acknowledgements }, issue);
    const ack = acknowledgements.find((a) => a.issueId === issue.id);
    return (
      <Paper
        key={issue.id}
        withBorder
        p="xs"
        radius="sm"
        data-issue={issue.id}
        data-rule={issue.rule}
      >
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <Badge
            color={severity.color}
            variant={acknowledged ? 'outline' : 'filled'}
            style={{ flexShrink: 0 }}
          >
            {severity.label}
          </Badge>
          <UnstyledButton
            style={{ flex: 1, minWidth: 0 }}
            onClick={() => onJump(issue)}
            aria-label={`${RULE_LABELS[issue.rule]}：${issue.message}（点击跳转）`}
          >
            <Text size="sm" fw={600} component="span">
              {RULE_LABELS[issue.rule]}
            </Text>
            <Text size="sm" component="span">
              ：{issue.message}
            </Text>
            {acknowledged && (
              <Text size="xs" c="dimmed">
                已确认{ack?.note ? `：${ack.note}` : ''}
              </Text>
            )}
          </UnstyledButton>
          {issue.severity === 'warning' && !readOnly && (
            <Button
              size="compact-sm"
              variant={acknowledged ? 'subtle' : 'light'}
              color="orange"
              style={{ flexShrink: 0 }}
              onClick={() => {
                if (acknowledged) withdraw(issue);
                else {
                  setNote(ack?.note ?? '');
                  setAcknowledging(issue);
                }
              }}
            >
              {acknowledged ? '取消确认' : '确认无误'}
            </Button>
          )}
        </Group>
      </Paper>
    );
  };

  return (
    <Stack gap="xs" data-testid="checks-panel">
      {grouped && (
        <Text size="sm" fw={500} data-testid="checks-summary">
          错误 {counts.errors} 项 · 警告 {counts.warnings} 项（未确认 {unacknowledged} 项）· 提示{' '}
          {counts.hints} 项
        </Text>
      )}
      {issues.length === 0 && (
        <Text size="sm" c="dimmed">
          {emptyText}
        </Text>
      )}
      {groups.map((g) => (
        <Stack key={g.step?.id ?? 'all'} gap={6}>
          {g.step && (
            <Text size="sm" fw={700} mt="xs">
              {g.step.label}
            </Text>
          )}
          {g.items.map(item)}
        </Stack>
      ))}
      <TextPromptModal
        opened={acknowledging !== null}
        title="确认警告"
        label="说明（选填）"
        value={note}
        onChange={setNote}
        confirmLabel="确认"
        confirmColor="orange"
        onCancel={() => setAcknowledging(null)}
        onConfirm={() => {
          if (acknowledging) acknowledge(acknowledging, note);
          setAcknowledging(null);
        }}
      >
        <Text size="sm" mb="sm">
          {acknowledging?.message}
        </Text>
        <Text size="sm" c="dimmed" mb="sm">
          确认后此警告不再阻止定稿；若相关内容再次修改，确认自动失效。可写明原因（选填）。
        </Text>
      </TextPromptModal>
    </Stack>
  );
}
