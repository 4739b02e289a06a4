import './previous.css';
import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { apiClient } from '../api/client';
import { notifyDone, notifyError } from '../api/notify';
import { useReportNotes, type ReportNotesStore } from '../notes/reportNotesStore';
import { useReportStore } from '../store/useReport';
import { suggestionPlace, suggestionSentence, type YearSuggestion } from './suggestionView';

export interface ServerEdit {
  /** Saves pending typing first, so the server applies the suggestions to the latest text. */
  flush: () => Promise<void>;
  revision: () => number;
  /** Loads the report as the server now has it into the editor. */
  reload: () => Promise<void>;
  readOnly: boolean;
}

/**
 * 年份更新建议: the year mentions copied from last year's text, each shown in its sentence as
 * before → after, with 接受 / 忽略 and 全部接受; plus the 2019→2021 conversion list of a new
 * report made from a 2019/2020 template.
 */
export function YearSuggestionsPanel({
  reportId,
  notes,
  edit,
}: {
  reportId: number;
  /** The report's notes: the suggestions ignored and the conversion list live there. */
  notes: ReportNotesStore;
  edit: ServerEdit;
}) {
  const api = apiClient();
  const store = useReportStore();
  const stored = useReportNotes(notes);
  const [suggestions, setSuggestions] = useState<YearSuggestion[]>([]);
  const ignored = useMemo(() => new Set(stored?.yearIgnored ?? []), [stored]);
  const conversion = stored?.conversion ?? null;
  const [busy, setBusy] = useState(false);
  const [collapsed, setCollapsed] = useState(false);

  const refresh = useCallback(async () => {
    const r = await api.result('template:suggestions', { id: reportId });
    if (r.ok) setSuggestions(r.value);
  }, [api, reportId]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const visible = suggestions.filter((s) => !ignored.has(s.id));

  const accept = async (ids: string[]) => {
    setBusy(true);
    try {
      await edit.flush();
      const r = await api.call('template:applySuggestions', {
        id: reportId,
        baseRevision: edit.revision(),
        acceptedIds: ids,
      });
      await edit.reload();
      notifyDone(`已更新 ${r.applied} 处年份。`);
    } catch (e) {
      notifyError(e, '年份未更新');
    } finally {
      setBusy(false);
      await refresh();
    }
  };

  const ignore = (id: string) => {
    void notes.update({ yearIgnored: [...new Set(ignored).add(id)] });
  };

  // Until the notes are read, which suggestions were ignored is not known: show nothing yet.
  if (!stored || (visible.length === 0 && !conversion)) return null;

  return (
    <Paper withBorder p="sm" mb="md" data-testid="year-suggestions" bg="yellow.0">
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Group gap="xs">
          <Title order={3} size="h5">
            年份更新建议
          </Title>
          {visible.length > 0 && (
            <Badge color="orange" variant="light">
              {visible.length} 条
            </Badge>
          )}
        </Group>
        <Group gap="xs">
          {visible.length > 0 && (
            <Button
              size="xs"
              loading={busy}
              disabled={edit.readOnly}
              onClick={() => void accept(visible.map((s) => s.id))}
            >
              全部接受
            </Button>
          )}
          <Button size="xs" variant="default" onClick={() => setCollapsed((c) => !c)}>
            {collapsed ? '展开' : '收起'}
          </Button>
        </Group>
      </Group>
      {!collapsed && (
        <>
          {visible.length > 0 && (
            <>
              <Text size="sm" c="dimmed" mt={4} mb="xs">
                正文中这些年份可能还是上一年度的，请逐条确认：接受后按箭头右侧修改，忽略则保持原样。
              </Text>
              <Stack gap={6} className="year-list" data-testid="year-suggestion-list">
                {visible.map((s) => {
                  const view = suggestionSentence(store.content, s);
                  return (
                    <Group
                      key={s.id}
                      gap="sm"
                      wrap="nowrap"
                      align="flex-start"
                      data-suggestion={s.id}
                    >
                      <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                        <Text size="xs" c="dimmed">
                          {suggestionPlace(s)} · {s.reason}
                        </Text>
                        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                          {view.lead}
                          <del className="year-before">{view.before}</del>
                          {' → '}
                          <ins className="year-after">{view.after}</ins>
                          {view.tail}
                        </Text>
                      </Stack>
                      <Group gap={4} wrap="nowrap">
                        <Button
                          size="compact-sm"
                          variant="light"
                          disabled={busy || edit.readOnly}
                          onClick={() => void accept([s.id])}
                          aria-label={`接受：${view.before}改为${view.after}`}
                        >
                          接受
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="gray"
                          disabled={busy}
                          onClick={() => ignore(s.id)}
                          aria-label={`忽略：${view.before}`}
                        >
                          忽略
                        </Button>
                      </Group>
                    </Group>
                  );
                })}
              </Stack>
            </>
          )}
          {conversion && (
            <Alert
              color="blue"
              mt="sm"
              title={`格式转换：${conversion.from}版 → ${conversion.to}版`}
              data-testid="conversion-list"
              withCloseButton
              closeButtonLabel="知道了"
              onClose={() => void notes.update({ conversion: null })}
            >
              {conversion.notes.map((n) => (
                <Text key={n} size="sm">
                  {n}
                </Text>
              ))}
              {conversion.unmapped.length > 0 && (
                <>
                  <Text size="sm" mt={4}>
                    以下单元格在新格式中没有对应栏目，上年数值仅供参考：
                  </Text>
                  <Table withTableBorder mt={4} fz="sm">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>栏目</Table.Th>
                        <Table.Th w={90}>上年数值</Table.Th>
                        <Table.Th>说明</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {conversion.unmapped.map((u) => (
                        <Table.Tr key={u.key}>
                          <Table.Td>{u.label}</Table.Td>
                          <Table.Td>{u.previous === null ? '空白' : String(u.previous)}</Table.Td>
                          <Table.Td>{u.note}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </>
              )}
            </Alert>
          )}
        </>
      )}
    </Paper>
  );
}
