import { Button, Checkbox, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { memo, useCallback, useState } from 'react';
import { reportTitle, type OrganKind } from '../../../shared/model';
import { useReadOnly, useReportSelector, useReportStore } from '../store/useReport';
import { ParagraphsField } from '../text/ParagraphsField';

export const ORGAN_KIND_LABEL: Record<OrganKind, string> = {
  department: '政府部门',
  county_government: '县（区）政府本级',
};

/** 基本信息: organ and year (fixed), the title, the preamble paragraphs and the closing. */
export const BasicInfoStep = memo(function BasicInfoStep() {
  const store = useReportStore();
  const readOnly = useReadOnly();
  const organ = useReportSelector((c) => c.organ);
  const year = useReportSelector((c) => c.year);
  const title = useReportSelector((c) => c.title);
  const titleEdited = useReportSelector((c) => c.titleEdited);
  const preamble = useReportSelector((c) => c.preamble);
  const closing = useReportSelector((c) => c.closing);
  const organKind = useReportSelector((c) => c.options.organKind);
  const defaultTitle = reportTitle(organ, year);
  const setPreamble = useCallback(
    (paragraphs: string[]) =>
      store.update(
        (c) => ({
          ...c,
          preamble: paragraphs.length === 1 && paragraphs[0] === '' ? [] : paragraphs,
        }),
        {
          coalesceKey: 'text:preamble',
        },
      ),
    [store],
  );

  return (
    <Stack gap="md" maw={900}>
      <Group grow align="flex-start">
        <TextInput
          label="机关名称"
          value={organ}
          readOnly
          description="创建后不能修改；如名称有误，请新建报告。"
        />
        <TextInput
          label="年度"
          value={`${year}年`}
          readOnly
          description="统计期限为该年1月1日至12月31日。"
        />
      </Group>
      <div>
        <Text size="sm" fw={500} mb={4}>
          机关类型
        </Text>
        <SegmentedControl
          disabled={readOnly}
          value={organKind}
          onChange={(v) =>
            store.update((c) => ({ ...c, options: { ...c.options, organKind: v as OrganKind } }))
          }
          data={Object.entries(ORGAN_KIND_LABEL).map(([value, label]) => ({ value, label }))}
        />
        <Text size="xs" c="dimmed" mt={4}>
          决定公开期限：政府部门为次年1月31日前，县（区）政府本级为次年3月31日前。
        </Text>
      </div>
      <Group align="flex-end" wrap="nowrap">
        <TextInput
          style={{ flex: 1 }}
          label="报告标题"
          data-heading="basic:title"
          readOnly={readOnly}
          value={title}
          description={titleEdited ? '已手动修改标题。' : '由机关名称和年度自动生成，可修改。'}
          onChange={(e) => {
            const value = e.currentTarget.value;
            store.update((c) => ({ ...c, title: value, titleEdited: value !== defaultTitle }), {
              coalesceKey: 'text:title',
            });
          }}
        />
        <Button
          variant="default"
          disabled={readOnly || title === defaultTitle}
          onClick={() => store.update((c) => ({ ...c, title: defaultTitle, titleEdited: false }))}
        >
          恢复默认
        </Button>
      </Group>
      <div>
        <Text size="sm" fw={500} mb={4}>
          正文前的说明（可选）
        </Text>
        <ParagraphsField
          location="preamble:0"
          label="正文前的说明"
          paragraphs={preamble.length ? preamble : ['']}
          readOnly={readOnly}
          placeholder={`例如：本报告依据《中华人民共和国政府信息公开条例》编制……本报告所列数据统计期限为${year}年1月1日至${year}年12月31日。`}
          onChange={setPreamble}
        />
      </div>
      <div>
        <Checkbox
          label="报告末尾加落款（机关名称和日期，右对齐）"
          disabled={readOnly}
          checked={closing !== null}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            store.update((c) => ({ ...c, closing: on ? { organ: c.organ, date: null } : null }));
          }}
        />
        {closing && (
          <Group grow mt="xs" align="flex-start">
            <TextInput
              label="落款机关"
              readOnly={readOnly}
              value={closing.organ}
              onChange={(e) => {
                const value = e.currentTarget.value;
                store.update(
                  (c) => ({ ...c, closing: { organ: value, date: c.closing?.date ?? null } }),
                  {
                    coalesceKey: 'text:closing',
                  },
                );
              }}
            />
            <ClosingDateInput
              readOnly={readOnly}
              value={closing.date}
              onChange={(date) =>
                store.update((c) => ({
                  ...c,
                  closing: { organ: c.closing?.organ ?? c.organ, date },
                }))
              }
            />
          </Group>
        )}
      </div>
    </Stack>
  );
});

const DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** The closing date typed as 2022-01-20 (the browser's own date picker shows English placeholders). */
function ClosingDateInput({
  value,
  readOnly,
  onChange,
}: {
  value: string | null;
  readOnly: boolean;
  onChange: (date: string | null) => void;
}) {
  const [draft, setDraft] = useState(value ?? '');
  const [error, setError] = useState<string | null>(null);
  return (
    <TextInput
      label="落款日期"
      placeholder="例如 2022-01-20"
      readOnly={readOnly}
      value={draft}
      error={error}
      onChange={(e) => {
        const text = e.currentTarget.value.trim();
        setDraft(e.currentTarget.value);
        if (text === '') {
          setError(null);
          return onChange(null);
        }
        const m = DATE.exec(text);
        const date = m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
        if (!m || !date || date.getMonth() !== Number(m[2]) - 1) {
          setError('请按“年-月-日”填写，例如 2022-01-20');
          return;
        }
        setError(null);
        onChange(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`);
      }}
    />
  );
}
