import './import.css';
import {
  Alert,
  Badge,
  Button,
  Container,
  Group,
  List,
  Loader,
  Modal,
  Stack,
  Tabs,
  Text,
  Textarea,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { cellSpec, SECTION_HEADINGS, type TableId } from '../../../shared/format';
import type { ImportParseResult } from '../../../shared/ipc';
import { fromInterchange, type CellValue, type ReportContent } from '../../../shared/model';
import { apiClient, ApiError } from '../api/client';
import { notifyDone, notifyError } from '../api/notify';
import { fileBase64 } from '../export/download';
import { cellDescription } from '../table/TableEditor';
import { ReviewTable } from './ReviewTable';
import { reviewNotes, reviewedInterchange, uncertainKeys } from './reviewedInterchange';

const ACCEPTED_FILES = '.pdf,.docx,.txt,.html,.htm';
const TABLE_TABS: { id: TableId; label: string }[] = [
  { id: 't2', label: '表二' },
  { id: 't3', label: '表三' },
  { id: 't4', label: '表四' },
];

interface ImportPageProps {
  onCancel: () => void;
  onOpen: (id: number) => void;
}

/** 导入已发布的报告: read a file or pasted text, review side by side, save only on 接受. */
export function ImportPage({ onCancel, onOpen }: ImportPageProps) {
  const [parsed, setParsed] = useState<ImportParseResult | null>(null);
  return parsed ? (
    <ImportReview
      parsed={parsed}
      onCancel={() => setParsed(null)}
      onAccepted={(id) => onOpen(id)}
    />
  ) : (
    <ImportSource onParsed={setParsed} onCancel={onCancel} />
  );
}

function ImportSource({
  onParsed,
  onCancel,
}: {
  onParsed: (r: ImportParseResult) => void;
  onCancel: () => void;
}) {
  const api = apiClient();
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const parse = async (input: { fileName: string; dataBase64: string } | { text: string }) => {
    setBusy(true);
    setError(null);
    try {
      onParsed(await api.call('import:parse', input));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '读取失败，请换一个文件或粘贴全文后重试。');
    } finally {
      setBusy(false);
    }
  };

  const readFile = async () => {
    if (!file) return;
    await parse({ fileName: file.name, dataBase64: await fileBase64(file) });
  };

  return (
    <Container size="md" py="lg">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={1} size="h2">
            导入已发布的报告
          </Title>
          <Button variant="default" onClick={onCancel}>
            返回报告列表
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          读取本机关已经发布的年度报告（PDF、Word .docx、网页 .html 或文本
          .txt），识别正文和三张表格。 识别结果会先显示出来供您核对，点击“接受”后才保存为报告。
        </Text>
        {error && (
          <Alert color="red" title="未能读取" data-testid="import-error">
            {error}
          </Alert>
        )}
        <Stack gap="xs">
          <Text fw={600} component="label" htmlFor="import-file">
            选择文件
          </Text>
          <Group gap="sm">
            <input
              id="import-file"
              type="file"
              accept={ACCEPTED_FILES}
              onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
            />
            <Button onClick={() => void readFile()} disabled={!file || busy}>
              读取文件
            </Button>
          </Group>
        </Stack>
        <Textarea
          label="或粘贴报告全文"
          description="从网页或 PDF 阅读器中全选、复制报告正文（含表格），粘贴到这里。"
          autosize
          minRows={6}
          maxRows={14}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <Group>
          <Button
            variant="light"
            onClick={() => void parse({ text })}
            disabled={text.trim() === '' || busy}
          >
            读取粘贴的文字
          </Button>
          {busy && (
            <Group gap="xs">
              <Loader size="xs" />
              <Text size="sm">正在识别，较大的 PDF 需要几秒钟…</Text>
            </Group>
          )}
        </Group>
      </Stack>
    </Container>
  );
}

function readReport(interchange: Record<string, unknown>): ReportContent | string[] {
  try {
    return fromInterchange(interchange).report;
  } catch (e) {
    const problems = (e as { problems?: unknown }).problems;
    return Array.isArray(problems) ? problems.map(String) : ['识别结果不完整。'];
  }
}

function ImportReview({
  parsed,
  onCancel,
  onAccepted,
}: {
  parsed: ImportParseResult;
  onCancel: () => void;
  onAccepted: (id: number) => void;
}) {
  const api = apiClient();
  const report = useMemo(() => readReport(parsed.interchange), [parsed]);
  const uncertain = useMemo(() => uncertainKeys(parsed.interchange), [parsed]);
  const notes = useMemo(() => reviewNotes(parsed.interchange), [parsed]);
  const [edits, setEdits] = useState<Record<string, CellValue>>({});
  const [tab, setTab] = useState<string | null>(uncertain.length ? 'review' : 't3');
  const [askReplace, setAskReplace] = useState(false);
  const [busy, setBusy] = useState(false);
  const stillUncertain = new Set(uncertain.filter((k) => !(k in edits)));

  if (Array.isArray(report)) {
    return (
      <Container size="md" py="lg">
        <Alert color="red" title="识别结果不完整，无法保存">
          <List size="sm">
            {report.map((p) => (
              <List.Item key={p}>{p}</List.Item>
            ))}
          </List>
        </Alert>
        <Button mt="md" onClick={onCancel}>
          返回重新选择
        </Button>
      </Container>
    );
  }
  const cells = { ...report.cells, ...edits };

  const accept = async (replace: boolean) => {
    setAskReplace(false);
    setBusy(true);
    try {
      const record = await api.call('import:accept', {
        interchange: reviewedInterchange(parsed.interchange, edits),
        ...(replace && parsed.existingId !== null ? { replaceExistingId: parsed.existingId } : {}),
      });
      // The cells still uncertain went with the interchange's review list: import:accept keeps
      // them in the report's notes in the same transaction, so the wizard marks them in any window.
      notifyDone(`已导入“${record.organ}${record.year}年度报告”。`);
      onAccepted(record.id);
    } catch (e) {
      notifyError(e, '未导入');
    } finally {
      setBusy(false);
    }
  };

  const jumpTo = (key: string) => {
    setTab(key.slice(0, 2));
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const input = document.querySelector<HTMLInputElement>(`[data-review-cell="${key}"]`);
        input?.focus();
        input?.scrollIntoView({ block: 'center' });
      }),
    );
  };

  return (
    <Stack gap="sm" p="md" data-testid="import-review" h="100%">
      <Group justify="space-between" wrap="nowrap" gap="sm" className="import-bar">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Title order={1} size="h3">
            核对导入结果
          </Title>
          <Text size="sm" truncate="end">
            {report.organ} · {report.year}年度 · {report.format}版
            {stillUncertain.size > 0 && (
              <Badge ml="xs" color="orange" variant="light">
                {stillUncertain.size} 个单元格需核对
              </Badge>
            )}
          </Text>
        </Stack>
        <Group gap="xs" wrap="nowrap">
          <Button variant="default" onClick={onCancel} disabled={busy}>
            取消
          </Button>
          <Button
            loading={busy}
            onClick={() => (parsed.existingId !== null ? setAskReplace(true) : void accept(false))}
          >
            接受
          </Button>
        </Group>
      </Group>
      <div className="import-columns">
        <section aria-label="原文">
          <Text size="sm" fw={600} mb={4}>
            原文（识别所依据的文字）
          </Text>
          <div className="import-pane" tabIndex={0}>
            <pre className="import-source" data-testid="import-source">
              {parsed.sourceText}
            </pre>
          </div>
        </section>
        <section aria-label="识别结果">
          <Tabs value={tab} onChange={setTab} keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="review">需核对（{stillUncertain.size}）</Tabs.Tab>
              {TABLE_TABS.map((t) => (
                <Tabs.Tab key={t.id} value={t.id}>
                  {t.label}
                </Tabs.Tab>
              ))}
              <Tabs.Tab value="text">正文</Tabs.Tab>
            </Tabs.List>
            <div className="import-pane" style={{ borderTop: 0, height: 'calc(100vh - 226px)' }}>
              <Tabs.Panel value="review" p="sm">
                <ReviewList
                  uncertain={uncertain}
                  cells={cells}
                  edited={edits}
                  problems={parsed.problems}
                  notes={notes}
                  format={report.format}
                  onJump={jumpTo}
                />
              </Tabs.Panel>
              {TABLE_TABS.map((t) => (
                <Tabs.Panel key={t.id} value={t.id} p="sm">
                  <ReviewTable
                    format={report.format}
                    table={t.id}
                    cells={cells}
                    uncertain={stillUncertain}
                    onChange={(key, value) => setEdits((e) => ({ ...e, [key]: value }))}
                  />
                  <Text size="xs" c="dimmed" mt="xs">
                    标橙的单元格识别不确定，请与左侧原文核对；可直接修改数字。
                  </Text>
                </Tabs.Panel>
              ))}
              <Tabs.Panel value="text" p="sm">
                <ReportTextView report={report} />
              </Tabs.Panel>
            </div>
          </Tabs>
        </section>
      </div>
      <Modal
        opened={askReplace}
        onClose={() => setAskReplace(false)}
        title="已有同一机关同一年度的报告"
        centered
      >
        <Text size="sm" mb="md">
          “{report.organ}
          {report.year}年”的报告已经存在。替换后，原报告移入回收站，可随时恢复。
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setAskReplace(false)} data-autofocus>
            取消
          </Button>
          <Button color="orange" onClick={() => void accept(true)}>
            替换（原报告移入回收站）
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}

function ReviewList({
  uncertain,
  cells,
  edited,
  problems,
  notes,
  format,
  onJump,
}: {
  uncertain: readonly string[];
  cells: Readonly<Record<string, CellValue>>;
  edited: Readonly<Record<string, CellValue>>;
  problems: readonly string[];
  notes: readonly string[];
  format: ReportContent['format'];
  onJump: (key: string) => void;
}) {
  return (
    <Stack gap="sm">
      {uncertain.length > 0 ? (
        <Alert color="orange" title={`${uncertain.length} 个单元格识别不确定`}>
          <Text size="sm" mb={4}>
            请逐一与原文核对（点击可跳到该格）。接受后也可在报告中修改。
          </Text>
          <Stack gap={2} data-testid="uncertain-list">
            {uncertain.map((key) => (
              <UnstyledButton
                key={key}
                onClick={() => onJump(key)}
                data-uncertain-key={key}
                className="uncertain-item"
              >
                <Text size="sm" td={key in edited ? 'line-through' : undefined}>
                  {SECTION_SHORT[key.slice(0, 2) as TableId]} ·{' '}
                  {cellDescription(cellSpec(format, key), key)}：
                  {cells[key] === null || cells[key] === undefined
                    ? '（空白）'
                    : String(cells[key])}
                  {key in edited ? '（已修改）' : ''}
                </Text>
              </UnstyledButton>
            ))}
          </Stack>
        </Alert>
      ) : (
        <Alert color="teal">所有单元格都已从原文确定。</Alert>
      )}
      {problems.length > 0 && (
        <Alert color="yellow" title="原文中发现的问题">
          <List size="sm" data-testid="import-problems">
            {problems.map((p) => (
              <List.Item key={p}>{p}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {notes.length > 0 && (
        <Alert color="gray" title="识别说明">
          <List size="sm" data-testid="import-notes">
            {notes.map((n) => (
              <List.Item key={n}>{n}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}

const SECTION_SHORT: Record<TableId, string> = { t2: '表二', t3: '表三', t4: '表四' };

function ReportTextView({ report }: { report: ReportContent }) {
  const blocks = (id: 's1' | 's5' | 's6') => (
    <section key={id}>
      <Text fw={700} size="sm" mt="sm">
        {SECTION_HEADINGS[id]}
      </Text>
      {report[id].length === 0 && (
        <Text size="sm" c="red.8">
          （未识别到内容）
        </Text>
      )}
      {report[id].map((b, i) => (
        <div key={i}>
          {b.heading && (
            <Text size="sm" fw={600}>
              {b.heading}
            </Text>
          )}
          {b.paragraphs.map((p, j) => (
            <Text key={j} size="sm" style={{ textIndent: '2em' }}>
              {p}
            </Text>
          ))}
        </div>
      ))}
    </section>
  );
  return (
    <Stack gap={4}>
      <Text fw={700}>{report.title}</Text>
      {report.preamble.map((p, i) => (
        <Text key={i} size="sm" style={{ textIndent: '2em' }}>
          {p}
        </Text>
      ))}
      {blocks('s1')}
      {blocks('s5')}
      {blocks('s6')}
      {report.closing && (
        <Text size="sm" ta="right" mt="sm">
          {report.closing.organ} {report.closing.date ?? ''}
        </Text>
      )}
    </Stack>
  );
}
