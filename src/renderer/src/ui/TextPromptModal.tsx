import { Button, Group, Modal, Textarea, type MantineColor } from '@mantine/core';
import type { ReactNode } from 'react';

interface TextPromptModalProps {
  opened: boolean;
  title: string;
  /** What is being confirmed and what follows from it, above the field. */
  children?: ReactNode;
  label: string;
  description?: string;
  value: string;
  onChange: (value: string) => void;
  confirmLabel: string;
  confirmColor: MantineColor;
  /** The action needs a reason: confirming stays disabled while the field is blank. */
  required?: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

/** A question answered with a short text (a note on a warning, a reason to reopen a report). */
export function TextPromptModal({
  opened,
  title,
  children,
  label,
  description,
  value,
  onChange,
  confirmLabel,
  confirmColor,
  required = false,
  onCancel,
  onConfirm,
}: TextPromptModalProps) {
  return (
    <Modal opened={opened} onClose={onCancel} title={title} centered>
      {children}
      <Textarea
        label={label}
        description={description}
        autosize
        minRows={2}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        data-autofocus
      />
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onCancel}>
          取消
        </Button>
        <Button color={confirmColor} disabled={required && value.trim() === ''} onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </Group>
    </Modal>
  );
}
