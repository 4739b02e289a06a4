import {
  Alert,
  Badge,
  Button,
  Container,
  Group,
  Modal,
  Paper,
  Stack,
  Table,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import type { ReportSummary, Settings } from '../../../shared/ipc';
import { REPORT_STATUS_LABEL } from '../../../shared/model';
import { apiClient } from '../api/client';
import { notifyDone, notifyError } from '../api/notify';
import { NewYearDialog } from '../previous/NewYearDialog';
import { RecoveryBanner } from '../settings/RecoveryBanner';
import { CreateReportDialog } from './CreateReportDialog';
import { daysLeftText, reportingSeason } from './deadline';

export function formatTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function DeadlineBanner({ deadlines }: { deadlines: Settings['deadlines'] }) {
  const season = reportingSeason(new Date(), deadlines);
  return (
    <Paper withBorder p="sm" data-testid="deadline">
      <Text size="sm" fw={600} mb={4}>
        {season.reportYear}年度报告公开期限
      </Text>
      <Group gap="xl">
        {season.items.map((i) => (
          <Text
            key={i.kind}
            size="sm"
            c={i.daysLeft < 0 ? 'red' : i.daysLeft <= 14 ? 'orange.8' : undefined}
          >
            {i.label}：{i.dateText}前（{daysLeftText(i.daysLeft)}）
          </Text>
        ))}
      </Group>
    </Paper>
  );
}

/** Home: the reports, 新建报告, 删除 to the trash and 恢复 from it, and the season's deadline. */
export function ReportListPage({
  onOpen,
  onImport,
  onSettings,
}: {
  onOpen: (id: number) => void;
  onImport?: () => void;
  onSettings?: () => void;
}) {
  const api = apiClient();
  const [tab, setTab] = useState<string | null>('reports');
  const [reports, setReports] = useState<ReportSummary[] | null>(null);
  const [trash, setTrash] = useState<ReportSummary[]>([]);
  const [deadlines, setDeadlines] = useState<Settings['deadlines'] | null>(null);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<ReportSummary | null>(null);
  const [template, setTemplate] = useState<ReportSummary | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    const [list, bin] = await Promise.all([
      api.result('reports:list', {}),
      api.result('reports:trash', {}),
    ]);
    if (list.ok) setReports(list.value);
    else setLoadError(list.error.message);
    if (bin.ok) setTrash(bin.value);
  }, [api]);

  useEffect(() => {
    void refresh();
    void api
      .result('settings:get', {})
      .then((r) =>
        setDeadlines(r.ok ? r.value.deadlines : { department: '01-31', countyGovernment: '03-31' }),
      );
  }, [api, refresh]);

  const remove = async (report: ReportSummary) => {
    setDeleting(null);
    try {
      await api.call('reports:delete', { id: report.id });
      notifyDone(`已将“${report.organ}${report.year}年度报告”移入回收站。`);
    } catch (e) {
      notifyError(e, '未能删除');
    }
    await refresh();
  };

  const restore = async (report: ReportSummary) => {
    try {
      await api.call('reports:restore', { id: report.id });
      notifyDone(`已恢复“${report.organ}${report.year}年度报告”。`);
    } catch (e) {
      notifyError(e, '未能恢复');
    }
    await refresh();
  };

  const rows = (list: ReportSummary[], inTrash: boolean) =>
    list.map((r) => (
      <Table.Tr key={r.id} data-report-id={r.id}>
        <Table.Td>{r.organ}</Table.Td>
        <Table.Td>{r.year}年</Table.Td>
        <Table.Td>{r.format}版</Table.Td>
        <Table.Td>
          <Badge color={r.status === 'final' ? 'teal' : 'gray'} variant="light">
            {REPORT_STATUS_LABEL[r.status]}
          </Badge>
        </Table.Td>
        <Table.Td>{formatTime(inTrash && r.deletedAt ? r.deletedAt : r.updatedAt)}</Table.Td>
        <Table.Td>
          <Group gap="xs" wrap="nowrap">
            {inTrash ? (
              <Button
                size="xs"
                variant="light"
                onClick={() => void restore(r)}
                aria-label={`恢复 ${r.organ} ${r.year}年`}
              >
                恢复
              </Button>
            ) : (
              <>
                <Button
                  size="xs"
                  onClick={() => onOpen(r.id)}
                  aria-label={`打开 ${r.organ} ${r.year}年`}
                >
                  打开
                </Button>
                <Button
                  size="xs"
                  variant="light"
                  onClick={() => setTemplate(r)}
                  aria-label={`以此为模板新建下一年度 ${r.organ} ${r.year}年`}
                  title="以此为模板新建下一年度"
                >
                  新建下一年度
                </Button>
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  onClick={() => setDeleting(r)}
                  aria-label={`删除 ${r.organ} ${r.year}年`}
                >
                  删除
                </Button>
              </>
            )}
          </Group>
        </Table.Td>
      </Table.Tr>
    ));

  const head = (timeLabel: string, inTrashHead = false) => (
    <Table.Thead>
      <Table.Tr>
        <Table.Th>机关名称</Table.Th>
        <Table.Th w={90}>年度</Table.Th>
        <Table.Th w={90}>格式</Table.Th>
        <Table.Th w={100}>状态</Table.Th>
        <Table.Th w={160}>{timeLabel}</Table.Th>
        <Table.Th w={inTrashHead ? 150 : 250}>操作</Table.Th>
      </Table.Tr>
    </Table.Thead>
  );

  return (
    <Container size="lg" py="lg">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={1} size="h2">
            年报编制助手
          </Title>
          <Group gap="xs">
            {onSettings && (
              <Button variant="default" onClick={onSettings}>
                设置
              </Button>
            )}
            {onImport && (
              <Button variant="default" onClick={onImport}>
                导入已发布的报告
              </Button>
            )}
            <Button onClick={() => setCreating(true)}>新建报告</Button>
          </Group>
        </Group>
        <RecoveryBanner onRestored={() => void refresh()} />
        <Text c="dimmed" size="sm">
          编写本机关的政府信息公开工作年度报告：按步骤填写正文和表格，程序自动检查勾稽关系，定稿后导出
          Word 和 PDF。
        </Text>
        {deadlines && <DeadlineBanner deadlines={deadlines} />}
        {loadError && <Alert color="red">{loadError}</Alert>}
        <Tabs value={tab} onChange={setTab}>
          <Tabs.List>
            <Tabs.Tab value="reports">报告（{reports?.length ?? 0}）</Tabs.Tab>
            <Tabs.Tab value="trash">回收站（{trash.length}）</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="reports" pt="sm">
            {reports && reports.length === 0 ? (
              <Text c="dimmed" py="lg">
                还没有报告。点击右上角“新建报告”开始编写。
              </Text>
            ) : (
              <Table striped highlightOnHover data-testid="report-list">
                {head('修改时间')}
                <Table.Tbody>{rows(reports ?? [], false)}</Table.Tbody>
              </Table>
            )}
          </Tabs.Panel>
          <Tabs.Panel value="trash" pt="sm">
            {trash.length === 0 ? (
              <Text c="dimmed" py="lg">
                回收站是空的。
              </Text>
            ) : (
              <Table striped data-testid="trash-list">
                {head('删除时间', true)}
                <Table.Tbody>{rows(trash, true)}</Table.Tbody>
              </Table>
            )}
          </Tabs.Panel>
        </Tabs>
      </Stack>
      <CreateReportDialog
        opened={creating}
        onClose={() => setCreating(false)}
        onOpenReport={onOpen}
      />
      <NewYearDialog source={template} onClose={() => setTemplate(null)} onOpenReport={onOpen} />
      <Modal opened={deleting !== null} onClose={() => setDeleting(null)} title="删除报告" centered>
        <Text size="sm" mb="md">
          将“{deleting?.organ}
          {deleting?.year}年度报告”移入回收站。之后可在“回收站”中恢复。
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setDeleting(null)}>
            取消
          </Button>
          <Button color="red" onClick={() => deleting && void remove(deleting)}>
            移入回收站
          </Button>
        </Group>
      </Modal>
    </Container>
  );
}
