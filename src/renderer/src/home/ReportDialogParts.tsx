import { Alert, Button, Group, NumberInput, Text, type NumberInputProps } from '@mantine/core';
import { YEAR_MAX, YEAR_MIN } from '../../../shared/model';

/** The report's 年度: whole years within the range the app supports. */
export function ReportYearInput(props: Omit<NumberInputProps, 'min' | 'max' | 'allowDecimal'>) {
  return (
    <NumberInput
      min={YEAR_MIN}
      max={YEAR_MAX}
      allowDecimal={false}
      allowNegative={false}
      {...props}
    />
  );
}

/** Why a report could not be created; for a duplicate, the way to the report that exists. */
export function CreateErrorAlert({
  message,
  existingId,
  color,
  testId,
  onOpenReport,
}: {
  message: string;
  existingId: number | null;
  color: 'orange' | 'red';
  testId: string;
  onOpenReport: (id: number) => void;
}) {
  return (
    <Alert color={color} data-testid={testId}>
      <Text size="sm">{message}</Text>
      {existingId !== null && existingId > 0 && (
        <Button mt="xs" size="xs" onClick={() => onOpenReport(existingId)}>
          打开已有报告
        </Button>
      )}
    </Alert>
  );
}

/** 取消 and 创建 (the form's submit) at the foot of a new-report dialog. */
export function CreateActions({
  busy,
  disabled = false,
  onCancel,
}: {
  busy: boolean;
  disabled?: boolean;
  onCancel: () => void;
}) {
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        取消
      </Button>
      <Button type="submit" loading={busy} disabled={disabled}>
        创建
      </Button>
    </Group>
  );
}
