import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import type { ExportedFile } from '../../../shared/ipc';
import { apiClient, ApiError } from '../api/client';
import { notifyDone, notifyError } from '../api/notify';
import { useChecks } from '../checks/useChecks';
import { MIME, formatBytes, saveBlob } from './download';
import { PreviewFrame } from './PreviewFrame';
import { useObjectUrls } from './useObjectUrls';

export interface ExportPanelProps {
  reportId: number;
  /** Saves pending edits; called before previewing and exporting so both show the latest text. */
  flush: () => Promise<void>;
  final: boolean;
}

const ZOOMS = ['50', '75', '100', '125', '150'];
const FORMAT_LABEL = { docx: 'Word（DOCX）', pdf: 'PDF' } as const;

function errorCountOf(error: unknown): number | null {
  if (!(error instanceof ApiError) || error.code !== 'VALIDATION') return null;
  const errors = error.details?.['errors'];
  return Array.isArray(errors) ? errors.length : null;
}

/** 检查与导出: the A4 preview, DOCX + PDF in one action, the files, and the data package. */
export function ExportPanel({ reportId, flush, final }: ExportPanelProps) {
  const api = apiClient();
  const { final: issues } = useChecks();
  const errorCount = issues.filter((i) => i.severity === 'error').length;
  const [html, setHtml] = useState<string | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [zoom, setZoom] = useState('75');
  const [pages, setPages] = useState(0);
  const [confirming, setConfirming] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [files, setFiles] = useState<ExportedFile[]>([]);
  const urls = useObjectUrls(files);
  const browser = api.transport === 'browser';

  const loadPreview = useCallback(async () => {
    setPreviewError(null);
    try {
      await flush();
      const r = await api.call('export:preview', { id: reportId });
      setHtml(r.html);
    } catch (e) {
      setPreviewError(
        e instanceof ApiError ? e.message : '预览生成失败，请稍后点击“刷新预览”重试。',
      );
    }
  }, [api, flush, reportId]);

  useEffect(() => {
    void loadPreview();
  }, [loadPreview]);

  const runExport = async (confirmErrors: boolean) => {
    setConfirming(null);
    setBusy(true);
    try {
      await flush();
      const r = await api.call('export:report', {
        id: reportId,
        formats: ['docx', 'pdf'],
        confirmErrors,
        ...(browser ? { inline: true } : {}),
      });
      if (r.canceled) return;
      setFiles(r.files);
      notifyDone(`已导出 ${r.files.map((f) => f.fileName).join('、')}`);
    } catch (e) {
      const count = errorCountOf(e);
      if (count !== null && !confirmErrors) setConfirming(count);
      else notifyError(e, '导出未完成');
    } finally {
      setBusy(false);
    }
  };

  const startExport = () => {
    if (errorCount > 0) setConfirming(errorCount);
    else void runExport(false);
  };

  const reveal = async (path: string) => {
    try {
      const r = await api.call('export:reveal', { path });
      if (!r.shown) notifyDone(`文件所在文件夹：${r.folder}`);
    } catch (e) {
      notifyError(e, '无法打开文件夹');
    }
  };

  const exportPackage = async () => {
    try {
      await flush();
      const r = await api.call('data:exportPackage', { ids: [reportId] });
      saveBlob(new Blob([r.json], { type: MIME.json }), r.fileName);
      notifyDone(`已生成数据包 ${r.fileName}`);
    } catch (e) {
      notifyError(e, '数据包未导出');
    }
  };

  return (
    <Stack gap="lg" data-testid="export-panel">
      <Paper withBorder p="md">
        <Title order={3} size="h4" mb="xs">
          导出
        </Title>
        <Text size="sm" mb="sm">
          {final
            ? '报告已定稿，导出的文件为正式版本。'
            : '报告尚未定稿：导出的文件为草稿，可供内部审阅。'}
          {browser ? '文件保存在本软件数据目录的 exports 文件夹中，也可在下方直接下载。' : ''}
        </Text>
        <Group gap="sm">
          <Button onClick={startExport} loading={busy} data-testid="export-button">
            导出 DOCX 和 PDF
          </Button>
          <Button variant="default" onClick={() => void exportPackage()}>
            导出数据包
          </Button>
        </Group>
        {errorCount > 0 && (
          <Text size="sm" c="red.8" mt="xs">
            报告中还有 {errorCount} 个错误，导出前会请您确认。
          </Text>
        )}
        {files.length > 0 && (
          <Stack gap="xs" mt="md" data-testid="export-files">
            <Text size="sm" fw={600}>
              已导出的文件
            </Text>
            {files.map((f) => (
              <Group key={f.path} gap="sm" wrap="nowrap" align="flex-start" data-format={f.format}>
                <Badge
                  variant="light"
                  w={64}
                  style={{ flexShrink: 0 }}
                  title={FORMAT_LABEL[f.format]}
                >
                  {f.format.toUpperCase()}
                </Badge>
                <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {f.fileName}（{formatBytes(f.bytes)}）
                  </Text>
                  <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {f.path}
                  </Text>
                </Stack>
                {urls[f.path] ? (
                  <Anchor
                    href={urls[f.path]}
                    download={f.fileName}
                    size="sm"
                    style={{ flexShrink: 0 }}
                    data-testid={`download-${f.format}`}
                  >
                    下载
                  </Anchor>
                ) : (
                  <Button
                    size="xs"
                    variant="default"
                    style={{ flexShrink: 0 }}
                    onClick={() => void reveal(f.path)}
                  >
                    在文件夹中显示
                  </Button>
                )}
              </Group>
            ))}
          </Stack>
        )}
      </Paper>

      <section aria-labelledby="preview-heading">
        <Group justify="space-between" mb="xs" wrap="wrap" gap="xs">
          <Group gap="xs">
            <Title order={3} size="h4" id="preview-heading">
              打印预览
            </Title>
            {pages > 0 && html && (
              <Text size="sm" c="dimmed" data-testid="preview-pages">
                共 {pages} 页（A4）
              </Text>
            )}
          </Group>
          <Group gap="xs" wrap="wrap">
            <Text size="sm" id="zoom-label">
              缩放
            </Text>
            <SegmentedControl
              size="xs"
              aria-labelledby="zoom-label"
              data={ZOOMS.map((z) => ({ value: z, label: `${z}%` }))}
              value={zoom}
              onChange={setZoom}
            />
            <Button size="xs" variant="default" onClick={() => void loadPreview()}>
              刷新预览
            </Button>
          </Group>
        </Group>
        {previewError ? (
          <Alert color="red">{previewError}</Alert>
        ) : html ? (
          <PreviewFrame html={html} zoom={Number(zoom) / 100} onPages={setPages} />
        ) : (
          <Text size="sm" c="dimmed">
            正在生成预览…
          </Text>
        )}
        <Text size="xs" c="dimmed" mt={4}>
          预览与导出的 PDF 使用同一份排版；分页位置以导出的 PDF 为准。
        </Text>
      </section>

      <Modal
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        title="报告中还有错误"
        centered
      >
        <Text size="sm" mb="md" data-testid="export-error-count">
          检查发现 {confirming}{' '}
          个错误（例如表格勾稽关系不符）。带错误的文件只宜供内部审阅，请勿对外公开。仍要导出吗？
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setConfirming(null)} data-autofocus>
            返回改正
          </Button>
          <Button color="orange" onClick={() => void runExport(true)}>
            仍要导出
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}
