import { Alert, Button, Group, Text } from '@mantine/core';
import { cellSpec, type FormatVersion, type TableId } from '../../../shared/format';
import { cellDescription } from './cellLabels';
import { UNCERTAIN_NOTE, useUncertainKeys, useUncertainMarks } from './uncertainMarks';

/** Above a table: the imported cells of this table still to check, each a jump and a 核对无误. */
export function UncertainNotice({
  table,
  format,
  readOnly,
  onFocusCell,
}: {
  table: TableId;
  format: FormatVersion;
  readOnly: boolean;
  onFocusCell: (key: string) => void;
}) {
  const marks = useUncertainMarks();
  const keys = useUncertainKeys().filter((k) => k.startsWith(`${table}.`));
  if (!marks || keys.length === 0) return null;
  return (
    <Alert
      color="orange"
      mb="xs"
      data-testid="uncertain-marks"
      title={`${UNCERTAIN_NOTE}（${keys.length} 个，已标橙）`}
    >
      <Text size="sm" mb={6}>
        请对照原报告核对这些数字。修改后或点“核对无误”后，标记消失。
      </Text>
      <Group gap={4} wrap="wrap">
        {keys.map((key) => (
          <Group
            key={key}
            gap={0}
            wrap="nowrap"
            data-uncertain-mark={key}
            className="uncertain-mark"
          >
            <Button variant="subtle" size="compact-sm" onClick={() => onFocusCell(key)}>
              {cellDescription(cellSpec(format, key), key)}
            </Button>
            <Button
              variant="light"
              color="orange"
              size="compact-xs"
              disabled={readOnly}
              onClick={() => marks.confirm([key])}
            >
              核对无误
            </Button>
          </Group>
        ))}
      </Group>
      {keys.length > 1 && (
        <Button
          mt="xs"
          variant="light"
          color="orange"
          size="xs"
          disabled={readOnly}
          onClick={() => marks.confirm(keys)}
        >
          全部核对无误
        </Button>
      )}
    </Alert>
  );
}
