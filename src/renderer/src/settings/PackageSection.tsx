import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  List,
  Paper,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import type { PackagePlanEntry } from '../../../shared/ipc';
import { apiClient, ApiError } from '../api/client';
import { notifyDone, notifyError } from '../api/notify';
import { MIME, saveBlob } from '../export/download';

const ACTION_LABEL: Record<PackagePlanEntry['action'], { text: string; color: string }> = {
  add: { text: '新增', color: 'teal' },
  exists: { text: '已存在', color: 'orange' },
  invalid: { text: '无法导入', color: 'red' },
};

/** 数据包: all reports as one JSON file, and importing one after seeing what it would do. */
export function PackageSection({ onImported }: { onImported?: () => void }) {
  const api = apiClient();
  const [json, setJson] = useState<string | null>(null);
  const [fileName, setFileName] = useState('');
  const [plan, setPlan] = useState<PackagePlanEntry[] | null>(null);
  const [replace, setReplace] = useState<Set<number>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const exportAll = async () => {
    try {
      const r = await api.call('data:exportPackage', {});
      saveBlob(new Blob([r.json], { type: MIME.json }), r.fileName);
      notifyDone(`已导出 ${r.count} 份报告的数据包 ${r.fileName}`);
    } catch (e) {
      notifyError(e, '数据包未导出');
    }
  };

  const choose = async (file: File | undefined) => {
    setPlan(null);
    setError(null);
    setReplace(new Set());
    if (!file) return;
    const text = await file.text();
    setJson(text);
    setFileName(file.name);
    try {
      const r = await api.call('data:planImport', { json: text });
      setPlan(r.entries);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '未能读取数据包，请确认所选文件。');
    }
  };

  const runImport = async () => {
    if (!json) return;
    setBusy(true);
    try {
      const r = await api.call('data:importPackage', { json, replace: [...replace] });
      notifyDone(`数据包已导入：新增 ${r.added} 份，替换 ${r.replaced} 份，跳过 ${r.skipped} 份。`);
      setPlan(null);
      setJson(null);
      onImported?.();
    } catch (e) {
      notifyError(e, '数据包未导入');
    } finally {
      setBusy(false);
    }
  };

  const toggle = (index: number, on: boolean) =>
    setReplace((s) => {
      const next = new Set(s);
      if (on) next.add(index);
      else next.delete(index);
      return next;
    });

  const adding = plan?.filter((e) => e.action === 'add').length ?? 0;

  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">
        数据包
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        数据包是报告的 JSON
        文件，用于换电脑或报送县政府信息中心。导入时先列出每份报告将如何处理，确认后才保存。
      </Text>
      <Group gap="sm" mb="sm">
        <Button variant="default" onClick={() => void exportAll()}>
          导出全部报告
        </Button>
        <Text size="sm" component="label" htmlFor="package-file" fw={600}>
          导入数据包：
        </Text>
        <input
          id="package-file"
          type="file"
          accept=".json,application/json"
          onChange={(e) => void choose(e.currentTarget.files?.[0])}
        />
      </Group>
      {error && <Alert color="red">{error}</Alert>}
      {plan && (
        <>
          <Text size="sm" mb="xs">
            “{fileName}”中有 {plan.length}{' '}
            份报告。已存在的报告默认跳过；勾选“替换”则原报告移入回收站。
          </Text>
          <Table data-testid="package-plan" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>机关名称</Table.Th>
                <Table.Th w={80}>年度</Table.Th>
                <Table.Th w={100}>情况</Table.Th>
                <Table.Th>处理</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plan.map((e) => (
                <Table.Tr key={e.index}>
                  <Table.Td>{e.organ ?? '（未知）'}</Table.Td>
                  <Table.Td>{e.year ?? '—'}</Table.Td>
                  <Table.Td>
                    <Badge color={ACTION_LABEL[e.action].color} variant="light">
                      {ACTION_LABEL[e.action].text}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {e.action === 'add' && <Text size="sm">将新增</Text>}
                    {e.action === 'exists' && (
                      <Checkbox
                        label="替换（原报告移入回收站）"
                        checked={replace.has(e.index)}
                        onChange={(ev) => toggle(e.index, ev.currentTarget.checked)}
                      />
                    )}
                    {e.action === 'invalid' && (
                      <List size="sm">
                        {e.problems.map((p) => (
                          <List.Item key={p}>{p}</List.Item>
                        ))}
                      </List>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group mt="sm">
            <Button
              onClick={() => void runImport()}
              loading={busy}
              disabled={adding + replace.size === 0}
            >
              导入（新增 {adding} 份，替换 {replace.size} 份）
            </Button>
            <Button variant="default" onClick={() => setPlan(null)}>
              取消
            </Button>
          </Group>
        </>
      )}
    </Paper>
  );
}
