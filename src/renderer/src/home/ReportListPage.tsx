import {
  Alert,
  Badge,
  Button,
  Container,
  Group,
  CloseButton,
  Modal,
  Pagination,
  Paper,
  Stack,
  Table,
  Tabs,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { REPORT_PAGE_SIZE } from '../../../shared/ipc';
import type { ReportPage, ReportSummary, Settings } from '../../../shared/ipc';
import { REPORT_STATUS_LABEL } from '../../../shared/model';
import { apiClient } from '../api/client';
import { notifyDone, notifyError } from '../api/notify';
import { NewYearDialog } from '../previous/NewYearDialog';
import { RecoveryBanner } from '../settings/RecoveryBanner';
import { CreateReportDialog } from './CreateReportDialog';
import { daysLeftText, reportingSeason } from './deadline';
import { pageCount, useReportPages } from './useReportPages';

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

/** “共 120 份，第 51–100 份” under a list, with the pager when there is more than one page. */
function Pager({
  list,
  page,
  onPage,
  label,
}: {
  list: ReportPage;
  page: number;
  onPage: (page: number) => void;
  label: string;
}) {
  if (list.total <= REPORT_PAGE_SIZE) return null;
  const first = (page - 1) * REPORT_PAGE_SIZE + 1;
  const last = first + list.rows.length - 1;
  return (
    <Group justify="space-between" mt="sm">
      <Text size="sm" c="dimmed">
        共 {list.total} 份，第 {first}–{last} 份
      </Text>
      <Pagination
        total={pageCount(list.total)}
        value={page}
        onChange={onPage}
        size="sm"
        getControlProps={(control) => ({
          'aria-label': control === 'previous' ? `${label}上一页` : `${label}下一页`,
        })}
        getItemProps={(p) => ({ 'aria-label': `${label}第${p}页` })}
      />
    </Group>
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
  const lists = useReportPages(api);
  const { reports, trash, refresh } = lists;
  const [deadlines, setDeadlines] = useState<Settings['deadlines'] | null>(null);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<ReportSummary | null>(null);
  const [template, setTemplate] = useState<ReportSummary | null>(null);

  useEffect(() => {
    void api
      .result('settings:get', {})
      .then((r) =>
        setDeadlines(r.ok ? r.value.deadlines : { department: '01-31', countyGovernment: '03-31' }),
      );
  }, [api]);

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
        {lists.loadError && <Alert color="red">{lists.loadError}</Alert>}
        <TextInput
          value={lists.search}
          onChange={(e) => lists.setSearch(e.currentTarget.value)}
          placeholder="按机关名称或年度查找，如“教育局”或“2023”"
          aria-label="查找报告"
          maw={420}
          rightSection={
            lists.search ? (
              <CloseButton aria-label="清除查找" onClick={() => lists.setSearch('')} />
            ) : null
          }
        />
        <Tabs value={tab} onChange={setTab}>
          <Tabs.List>
            <Tabs.Tab value="reports">报告（{reports?.total ?? 0}）</Tabs.Tab>
            <Tabs.Tab value="trash">回收站（{trash.total}）</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="reports" pt="sm">
            {reports && reports.total === 0 ? (
              <Text c="dimmed" py="lg">
                {lists.searched
                  ? `没有找到与“${lists.searched}”相符的报告。`
                  : '还没有报告。点击右上角“新建报告”开始编写。'}
              </Text>
            ) : (
              <>
                <Table striped highlightOnHover data-testid="report-list">
                  {head('修改时间')}
                  <Table.Tbody>{rows(reports?.rows ?? [], false)}</Table.Tbody>
                </Table>
                {reports && (
                  <Pager list={reports} page={lists.page} onPage={lists.setPage} label="报告" />
                )}
              </>
            )}
          </Tabs.Panel>
          <Tabs.Panel value="trash" pt="sm">
            {trash.total === 0 ? (
              <Text c="dimmed" py="lg">
                {lists.searched
                  ? `回收站里没有与“${lists.searched}”相符的报告。`
                  : '回收站是空的。'}
              </Text>
            ) : (
              <>
                <Table striped data-testid="trash-list">
                  {head('删除时间', true)}
                  <Table.Tbody>{rows(trash.rows, true)}</Table.Tbody>
                </Table>
                <Pager
                  list={trash}
                  page={lists.trashPage}
                  onPage={lists.setTrashPage}
                  label="回收站"
                />
              </>
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
