import { Badge, NavLink, Stack } from '@mantine/core';
import { STEPS, STEP_STATE_LABEL, type StepId, type StepState } from './steps';

const STATE_COLOR: Record<StepState, string> = {
  empty: 'gray',
  error: 'red',
  warning: 'orange',
  done: 'teal',
};

interface StepNavProps {
  current: StepId;
  states: Record<StepId, StepState>;
  onSelect: (step: StepId) => void;
}

/** Side navigation: every step reachable at any time, with its state. */
export function StepNav({ current, states, onSelect }: StepNavProps) {
  return (
    <Stack gap={2} component="nav" aria-label="编写步骤">
      {STEPS.map((step, i) => (
        <NavLink
          key={step.id}
          data-step={step.id}
          active={step.id === current}
          aria-current={step.id === current ? 'step' : undefined}
          label={step.label}
          leftSection={<span className="step-no">{i + 1}</span>}
          description={
            <Badge
              size="xs"
              variant="light"
              color={STATE_COLOR[states[step.id]]}
              data-step-state={states[step.id]}
            >
              {STEP_STATE_LABEL[states[step.id]]}
            </Badge>
          }
          onClick={() => onSelect(step.id)}
          styles={{ label: { whiteSpace: 'normal', lineHeight: 1.35 } }}
        />
      ))}
    </Stack>
  );
}
