import './previous.css';
import {
  Alert,
  Badge,
  Group,
  Progress,
  Stack,
  Switch,
  Table,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { Fragment, useDeferredValue, useMemo, useState } from 'react';
import { compareTables } from '../../../shared/compare/yoy';
import { diffTexts, type ParagraphDiff } from '../../../shared/compare/diff';
import { SECTION_HEADINGS, type TableId } from '../../../shared/format';
import type { Block, ReportContent } from '../../../shared/model';
import { reuseBySection, type SectionReuse } from '../../../shared/template/reuseView';
import { useReportSelector } from '../store/useReport';

const TEXT_SECTIONS = ['s1', 's5', 's6'] as const;
type TextSection = (typeof TEXT_SECTIONS)[number];
const TABLES: { id: TableId; label: string }[] = [
  { id: 't2', label: '表二' },
  { id: 't3', label: '表三' },
  { id: 't4', label: '表四' },
];
/** Evaluators deduct points for more than half of a section copied from last year (REUSE). */
const REUSE_LIMIT = 0.5;

function percent(ratio: number): string {
  return `${(ratio * 100).toFixed(1)}%`;
}

/** 与上年对比: live from the text being edited — reuse per section, tables, text changes. */
export function ComparePanel({ previous }: { previous: ReportContent }) {
  const live = useReportSelector((c) => c);
  // Typing stays responsive: the comparison follows a moment later.
  const content = useDeferredValue(live);
  const [tab, setTab] = useState<string | null>('reuse');
  return (
    <Stack gap="sm" data-testid="compare-panel">
      <Text size="sm" c="dimmed">
        对比对象：{previous.organ} {previous.year}年度报告。内容随您的修改实时更新。
      </Text>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="reuse">重复率</Tabs.Tab>
          <Tabs.Tab value="tables">表格</Tabs.Tab>
          <Tabs.Tab value="texts">正文</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="reuse" pt="sm">
          <ReuseView previous={previous} content={content} />
        </Tabs.Panel>
        <Tabs.Panel value="tables" pt="sm">
          <TablesView previous={previous} content={content} />
        </Tabs.Panel>
        <Tabs.Panel value="texts" pt="sm">
          <TextsView previous={previous} content={content} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function markedParagraph(text: string, marks: readonly { start: number; end: number }[]) {
  const out: React.ReactNode[] = [];
  let at = 0;
  [...marks]
    .sort((a, b) => a.start - b.start)
    .forEach((m, i) => {
      if (m.start > at) out.push(text.slice(at, m.start));
      out.push(
        <mark key={i} className="reuse-mark">
          {text.slice(Math.max(m.start, at), m.end)}
        </mark>,
      );
      at = Math.max(at, m.end);
    });
  out.push(text.slice(at));
  return out;
}

function SectionReuseView({
  section,
  reuse,
  blocks,
}: {
  section: TextSection;
  reuse: SectionReuse;
  blocks: readonly Block[];
}) {
  const over = reuse.ratio > REUSE_LIMIT;
  return (
    <section data-reuse-section={section} data-ratio={reuse.ratio.toFixed(4)}>
      <Group justify="space-between" gap="xs">
        <Title order={4} size="h6">
          {SECTION_HEADINGS[section]}
        </Title>
        <Badge color={over ? 'red' : 'teal'} variant="light" data-testid={`reuse-${section}`}>
          重复率 {percent(reuse.ratio)}
        </Badge>
      </Group>
      <Progress value={reuse.ratio * 100} color={over ? 'red' : 'teal'} size="sm" my={4} />
      <Text size="xs" c="dimmed">
        共 {reuse.total} 句，其中 {reuse.unchanged} 句与上年相同（标黄）。
      </Text>
      {over && (
        <Alert color="red" p="xs" mt={4} data-testid={`reuse-warning-${section}`}>
          REUSE：本部分与上年重复率超过 50%，评估时会扣分。请结合本年度工作改写标黄的句子。
        </Alert>
      )}
      <Stack gap={2} mt={4}>
        {blocks.map((b, bi) =>
          b.paragraphs.map((p, pi) => {
            const marks = reuse.marks.filter((m) => m.block === bi && m.paragraph === pi);
            return (
              <Text key={`${bi}-${pi}`} size="sm" style={{ textIndent: '2em' }}>
                {markedParagraph(p, marks)}
              </Text>
            );
          }),
        )}
      </Stack>
    </section>
  );
}

function ReuseView({ previous, content }: { previous: ReportContent; content: ReportContent }) {
  const reuse = useMemo(() => reuseBySection(previous, content), [previous, content]);
  return (
    <Stack gap="md">
      {TEXT_SECTIONS.map((s) => (
        <SectionReuseView key={s} section={s} reuse={reuse[s]} blocks={content[s]} />
      ))}
    </Stack>
  );
}

function formatValue(v: unknown): string {
  return v === null || v === undefined ? '—' : String(v);
}

function TablesView({ previous, content }: { previous: ReportContent; content: ReportContent }) {
  const rows = useMemo(() => compareTables(previous, content), [previous, content]);
  const [changedOnly, setChangedOnly] = useState(true);
  return (
    <Stack gap="sm">
      <Switch
        label="只显示有变化的栏目"
        checked={changedOnly}
        onChange={(e) => setChangedOnly(e.currentTarget.checked)}
      />
      {TABLES.map((t) => {
        const own = rows.filter(
          (r) =>
            r.table === t.id &&
            (!changedOnly || formatValue(r.previous) !== formatValue(r.current)),
        );
        return (
          <section key={t.id}>
            <Title order={4} size="h6" mb={4}>
              {t.label}
            </Title>
            {own.length === 0 ? (
              <Text size="sm" c="dimmed">
                与上年相同。
              </Text>
            ) : (
              <Table
                className="compare-table"
                withTableBorder
                striped
                data-testid={`compare-${t.id}`}
              >
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>栏目</Table.Th>
                    <Table.Th className="num">{previous.year}年</Table.Th>
                    <Table.Th className="num">{content.year}年</Table.Th>
                    <Table.Th className="num">增减</Table.Th>
                    <Table.Th className="num">同比</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {own.map((r) => (
                    <Table.Tr key={r.key} data-compare-key={r.key}>
                      <Table.Td>
                        {r.rowGroup && t.id === 't3' ? `${r.rowGroup} ` : ''}
                        {r.rowLabel}·{r.colLabel}
                        {r.note && (
                          <Text size="xs" c="dimmed">
                            {r.note}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td className="num">{formatValue(r.previous)}</Table.Td>
                      <Table.Td className="num">{formatValue(r.current)}</Table.Td>
                      <Table.Td className="num">
                        {r.change === null ? '—' : r.change > 0 ? `+${r.change}` : String(r.change)}
                      </Table.Td>
                      <Table.Td className="num">
                        {r.changePct === null
                          ? '—'
                          : `${r.changePct > 0 ? '+' : ''}${r.changePct.toFixed(1)}%`}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </section>
        );
      })}
    </Stack>
  );
}

function DiffParagraph({ diff }: { diff: ParagraphDiff }) {
  const heading = diff.current?.heading ?? diff.previous?.heading;
  return (
    <Text
      size="sm"
      fw={heading ? 600 : undefined}
      style={heading ? undefined : { textIndent: '2em' }}
      data-diff-status={diff.status}
    >
      {diff.segments.map((s, i) =>
        s.kind === 'added' ? (
          <ins key={i} className="diff-added">
            {s.text}
          </ins>
        ) : s.kind === 'removed' ? (
          <del key={i} className="diff-removed">
            {s.text}
          </del>
        ) : (
          <Fragment key={i}>{s.text}</Fragment>
        ),
      )}
    </Text>
  );
}

function TextsView({ previous, content }: { previous: ReportContent; content: ReportContent }) {
  const diffs = useMemo(
    () =>
      Object.fromEntries(
        TEXT_SECTIONS.map((s) => [s, diffTexts(previous[s], content[s])]),
      ) as Record<TextSection, ParagraphDiff[]>,
    [previous, content],
  );
  return (
    <Stack gap="md">
      <Text size="xs" c="dimmed">
        <ins className="diff-added">绿色</ins>为本年新增，
        <del className="diff-removed">红色删除线</del>
        为上年有、本年删去的文字。
      </Text>
      {TEXT_SECTIONS.map((s) => (
        <section key={s}>
          <Title order={4} size="h6" mb={4}>
            {SECTION_HEADINGS[s]}
          </Title>
          <Stack gap={4}>
            {diffs[s].map((d, i) => (
              <DiffParagraph key={i} diff={d} />
            ))}
          </Stack>
        </section>
      ))}
    </Stack>
  );
}
