import { Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { memo, useCallback } from 'react';
import type { Block } from '../../../shared/model';
import { useReadOnly, useReportSelector, useReportStore } from '../store/useReport';
import { countCharacters } from './charCount';
import { ParagraphsField } from './ParagraphsField';

type TextSection = 's1' | 's5' | 's6';

function moved<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

interface BlockEditorProps {
  section: TextSection;
  index: number;
  count: number;
  block: Block;
  readOnly: boolean;
  onBlocks: (change: (blocks: Block[]) => Block[], coalesceKey?: string) => void;
}

const BlockEditor = memo(function BlockEditor({
  section,
  index,
  count,
  block,
  readOnly,
  onBlocks,
}: BlockEditorProps) {
  const location = `${section}:${index}`;
  const setParagraphs = useCallback(
    (paragraphs: string[]) =>
      onBlocks(
        (bs) => bs.map((b, i) => (i === index ? { ...b, paragraphs } : b)),
        `text:${location}`,
      ),
    [index, location, onBlocks],
  );
  const ordinal = `第${index + 1}部分`;
  return (
    <Paper withBorder p="sm" radius="sm" data-block={location}>
      <Group gap="xs" align="flex-end" wrap="nowrap" mb="xs">
        <TextInput
          style={{ flex: 1 }}
          label={`${ordinal}小标题`}
          placeholder="（无小标题）"
          data-heading={location}
          readOnly={readOnly}
          value={block.heading ?? ''}
          onChange={(e) => {
            const heading = e.currentTarget.value;
            onBlocks(
              (bs) =>
                bs.map((b, i) =>
                  i === index ? { ...b, heading: heading === '' ? null : heading } : b,
                ),
              `heading:${location}`,
            );
          }}
        />
        <Button
          variant="default"
          size="sm"
          disabled={readOnly || index === 0}
          aria-label={`${ordinal}上移`}
          onClick={() => onBlocks((bs) => moved(bs, index, index - 1))}
        >
          上移
        </Button>
        <Button
          variant="default"
          size="sm"
          disabled={readOnly || index === count - 1}
          aria-label={`${ordinal}下移`}
          onClick={() => onBlocks((bs) => moved(bs, index, index + 1))}
        >
          下移
        </Button>
        <Button
          variant="subtle"
          color="red"
          size="sm"
          disabled={readOnly}
          aria-label={`删除${ordinal}`}
          onClick={() => onBlocks((bs) => bs.filter((_, i) => i !== index))}
        >
          删除
        </Button>
      </Group>
      <ParagraphsField
        location={location}
        label={`${block.heading ?? ordinal}正文`}
        paragraphs={block.paragraphs}
        readOnly={readOnly}
        onChange={setParagraphs}
      />
    </Paper>
  );
});

/** A text section (一, 五, 六): blocks of a sub-heading and paragraphs. */
export const TextSectionEditor = memo(function TextSectionEditor({
  section,
}: {
  section: TextSection;
}) {
  const store = useReportStore();
  const readOnly = useReadOnly();
  const blocks = useReportSelector((c) => c[section]);
  const onBlocks = useCallback(
    (change: (blocks: Block[]) => Block[], coalesceKey?: string) =>
      store.update(
        (c) => ({ ...c, [section]: change(c[section]) }),
        coalesceKey ? { coalesceKey } : {},
      ),
    [section, store],
  );
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" data-testid="char-count">
        本部分共 {countCharacters(blocks)} 字。粘贴从 PDF
        或网页复制的文字时，会自动修正形近字符、合并断行、去掉页码。
      </Text>
      {blocks.map((block, i) => (
        <BlockEditor
          key={i}
          section={section}
          index={i}
          count={blocks.length}
          block={block}
          readOnly={readOnly}
          onBlocks={onBlocks}
        />
      ))}
      <Group>
        <Button
          variant="light"
          disabled={readOnly}
          onClick={() => onBlocks((bs) => [...bs, { heading: null, paragraphs: [''] }])}
        >
          添加一部分
        </Button>
      </Group>
    </Stack>
  );
});
