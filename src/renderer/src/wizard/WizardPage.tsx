import {
  Alert,
  AppShell,
  Badge,
  Button,
  Drawer,
  Group,
  Loader,
  Modal,
  ScrollArea,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CheckIssue } from '../../../shared/checks';
import type { ReportRecord } from '../../../shared/ipc';
import { REPORT_STATUS_LABEL } from '../../../shared/model';
import { apiClient, ApiError } from '../api/client';
import { notifyDone, notifyError } from '../api/notify';
import { ChecksPanel } from '../checks/ChecksPanel';
import { ChecksStoreContext, useChecks } from '../checks/useChecks';
import type { SaveStatus } from '../store/saver';
import { ReportStoreContext, useReportSelector, useReportStore } from '../store/useReport';
import { TableEditor } from '../table/TableEditor';
import { UncertainMarksContext } from '../table/uncertainMarks';
import { focusParagraph, markHighlighted } from '../text/ParagraphsField';
import { TextSectionEditor } from '../text/TextSectionEditor';
import { ComparePanel } from '../previous/ComparePanel';
import { T2Hints } from '../previous/T2Hints';
import { usePreviousReport } from '../previous/usePreviousReport';
import { YearSuggestionsPanel } from '../previous/YearSuggestionsPanel';
import { BasicInfoStep } from './BasicInfoStep';
import { CheckExportStep } from './CheckExportStep';
import { reportPlainText } from './reportText';
import { SaveStatusText } from './SaveStatusText';
import { openSession, type EditorSession } from './session';
import { StepNav } from './StepNav';
import { stepState } from './stepState';
import { STEPS, isStepId, type StepId, type StepState } from './steps';

type FocusTarget = { cells?: readonly string[]; paragraph?: CheckIssue['paragraph'] } | null;

/** Loads a report and opens the wizard on it. */
export function WizardPage({ reportId, onExit }: { reportId: number; onExit: () => void }) {
  const [record, setRecord] = useState<ReportRecord | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    apiClient()
      .call('reports:open', { id: reportId })
      .then((r) => alive && setRecord(r))
      .catch(
        (e: unknown) =>
          alive &&
          setFailure(e instanceof ApiError ? e.message : '无法打开报告，请返回列表后重试。'),
      );
    return () => {
      alive = false;
    };
  }, [reportId]);
  if (failure)
    return (
      <Stack p="xl" maw={640}>
        <Alert color="red" title="无法打开报告">
          {failure}
        </Alert>
        <Button onClick={onExit}>返回报告列表</Button>
      </Stack>
    );
  if (!record)
    return (
      <Group p="xl">
        <Loader size="sm" />
        <Text>正在打开报告…</Text>
      </Group>
    );
  return <Wizard key={record.id} record={record} onExit={onExit} />;
}

function Wizard({ record, onExit }: { record: ReportRecord; onExit: () => void }) {
  const api = apiClient();
  const session = useMemo<EditorSession>(() => openSession(api, record), [api, record]);
  const [saveStatus, setSaveStatus] = useState<SaveStatus>({
    kind: 'saved',
    at: new Date(record.updatedAt),
  });
  const [final, setFinal] = useState(record.status === 'final');
  const [busy, setBusy] = useState(false);
  const previous = usePreviousReport(record.id);
  const [comparing, setComparing] = useState(false);
  const initialStep =
    record.position && isStepId(record.position.step) ? record.position.step : 'basic';
  const [step, setStep] = useState<StepId>(initialStep);
  const [focusTarget, setFocusTarget] = useState<FocusTarget>(
    record.position?.cell ? { cells: [record.position.cell] } : null,
  );
  const mainRef = useRef<HTMLDivElement>(null);
  const position = useRef({ step: initialStep as string, cell: record.position?.cell ?? null });
  const positionTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    session.setStatusListener(setSaveStatus);
    return () => {
      void session.saver.flush();
      session.dispose();
    };
  }, [session]);

  const rememberPosition = useCallback(() => {
    if (positionTimer.current) clearTimeout(positionTimer.current);
    positionTimer.current = setTimeout(() => {
      positionTimer.current = null;
      void api.result('reports:position', { id: record.id, position: { ...position.current } });
    }, 800);
  }, [api, record.id]);

  // Leaving the report (list, reload, close) before the debounce fired: send the position now,
  // so reopening lands where the clerk was.
  const sendPendingPosition = useCallback(() => {
    if (!positionTimer.current) return;
    clearTimeout(positionTimer.current);
    positionTimer.current = null;
    api.callOnUnload('reports:position', { id: record.id, position: { ...position.current } });
  }, [api, record.id]);
  useEffect(() => sendPendingPosition, [sendPendingPosition]);

  const goTo = useCallback(
    (next: StepId, target: FocusTarget = null) => {
      setStep(next);
      setFocusTarget(target);
      position.current = { step: next, cell: target?.cells?.[0] ?? null };
      rememberPosition();
      if (!target) mainRef.current?.scrollTo({ top: 0 });
    },
    [rememberPosition],
  );

  // Focus what a check or the saved position points at, once its step is on screen.
  useEffect(() => {
    if (!focusTarget || !mainRef.current) return;
    const root = mainRef.current;
    const frame = requestAnimationFrame(() => {
      if (focusTarget.cells?.length) {
        const inputs = focusTarget.cells
          .map((k) => root.querySelector<HTMLInputElement>(`[data-cell="${k}"]`))
          .filter((el): el is HTMLInputElement => el !== null);
        if (inputs[0]) {
          inputs[0].focus();
          inputs[0].scrollIntoView({ block: 'center' });
          markHighlighted(inputs);
        }
      } else if (focusTarget.paragraph) {
        const p = focusTarget.paragraph;
        if (p.section === 'preamble') focusParagraph(root, 'preamble:0', p.paragraph);
        else focusParagraph(root, `${p.section}:${p.block}`, p.paragraph, p.heading === true);
      }
    });
    return () => cancelAnimationFrame(frame);
  }, [focusTarget, step]);

  // Remember the cell the clerk is in, to come back to it next time.
  useEffect(() => {
    const root = mainRef.current;
    if (!root) return;
    const onFocusIn = (e: FocusEvent) => {
      const cell = (e.target as HTMLElement).getAttribute?.('data-cell');
      if (cell && cell !== position.current.cell) {
        position.current = { step, cell };
        rememberPosition();
      }
    };
    root.addEventListener('focusin', onFocusIn);
    return () => root.removeEventListener('focusin', onFocusIn);
  }, [rememberPosition, step]);

  // App-level undo/redo across tables and text; flush on leaving the page.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const k = e.key.toLowerCase();
      const undo = k === 'z' && !e.shiftKey;
      const redo = k === 'y' || (k === 'z' && e.shiftKey);
      if (!undo && !redo) return;
      if (document.querySelector('[role="dialog"]')) return;
      e.preventDefault();
      if (undo) session.store.undo();
      else session.store.redo();
    };
    const onUnload = () => {
      session.saver.flushOnUnload();
      session.notes.flushOnUnload();
      sendPendingPosition();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pagehide', onUnload);
    window.addEventListener('beforeunload', onUnload);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pagehide', onUnload);
      window.removeEventListener('beforeunload', onUnload);
    };
  }, [session, sendPendingPosition]);

  const jumpToIssue = useCallback(
    (issue: CheckIssue) =>
      goTo(issue.section, {
        ...(issue.cells.length ? { cells: issue.cells } : {}),
        ...(issue.paragraph ? { paragraph: issue.paragraph } : {}),
      }),
    [goTo],
  );

  const adopt = (r: ReportRecord) => {
    session.store.replace(r.content);
    session.saver.rebase(r.revision, session.store.content);
    session.store.setReadOnly(r.status === 'final');
    setFinal(r.status === 'final');
  };

  const finalize = async () => {
    setBusy(true);
    try {
      await session.saver.flush();
      const r = await api.call('reports:finalize', {
        id: record.id,
        baseRevision: session.saver.revision,
      });
      adopt(r);
      notifyDone('报告已定稿。');
    } catch (e) {
      notifyError(e, '未能定稿');
    } finally {
      setBusy(false);
    }
  };

  const unfinalize = async (reason: string) => {
    setBusy(true);
    try {
      const r = await api.call('reports:unfinalize', { id: record.id, reason });
      adopt(r);
      notifyDone('已撤销定稿，可以继续修改。');
    } catch (e) {
      notifyError(e, '未能撤销定稿');
    } finally {
      setBusy(false);
    }
  };

  const reload = async () => {
    try {
      const r = await api.call('reports:open', { id: record.id });
      adopt(r);
      setSaveStatus({ kind: 'saved', at: new Date(r.updatedAt) });
    } catch (e) {
      notifyError(e, '未能重新载入');
    }
  };

  const index = STEPS.findIndex((s) => s.id === step);
  const current = STEPS[index]!;

  return (
    <ReportStoreContext.Provider value={session.store}>
      <ChecksStoreContext.Provider value={session.checks}>
        <UncertainMarksContext.Provider value={session.uncertain}>
          <AppShell header={{ height: 56 }} navbar={{ width: 250, breakpoint: 0 }} padding={0}>
            <AppShell.Header>
              <Group h="100%" px="md" justify="space-between" wrap="nowrap">
                <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
                  <Button variant="subtle" size="sm" onClick={onExit}>
                    ← 报告列表
                  </Button>
                  <ReportHeading />
                  <Badge
                    color={final ? 'teal' : 'gray'}
                    variant="light"
                    data-testid="report-status"
                  >
                    {REPORT_STATUS_LABEL[final ? 'final' : 'draft']}
                  </Badge>
                </Group>
                <Group gap="xs" wrap="nowrap">
                  <SaveStatusText status={saveStatus} />
                  {previous && (
                    <Button
                      variant={comparing ? 'filled' : 'light'}
                      size="xs"
                      onClick={() => setComparing((c) => !c)}
                      aria-pressed={comparing}
                    >
                      与上年对比
                    </Button>
                  )}
                  <Button
                    variant="default"
                    size="xs"
                    disabled={final}
                    onClick={() => session.store.undo()}
                    title="Ctrl+Z"
                  >
                    撤销
                  </Button>
                  <Button
                    variant="default"
                    size="xs"
                    disabled={final}
                    onClick={() => session.store.redo()}
                    title="Ctrl+Y"
                  >
                    重做
                  </Button>
                </Group>
              </Group>
            </AppShell.Header>
            <AppShell.Navbar p="xs">
              <ScrollArea>
                <StepNavConnected current={step} onSelect={(s) => goTo(s)} />
              </ScrollArea>
            </AppShell.Navbar>
            <AppShell.Main>
              <div className="wizard-main" ref={mainRef}>
                {final && (
                  <Alert color="teal" mb="md" data-testid="final-banner" title="本报告已定稿">
                    内容只读。如需修改，请到“检查与导出”撤销定稿。
                  </Alert>
                )}
                <YearSuggestionsPanel
                  reportId={record.id}
                  notes={session.notes}
                  edit={{
                    flush: () => session.saver.flush(),
                    revision: () => session.saver.revision,
                    reload,
                    readOnly: final,
                  }}
                />
                <Title order={2} size="h3" mb={4}>
                  {current.label}
                </Title>
                <Text size="sm" c="dimmed" mb="md" maw={900}>
                  {current.guidance}
                </Text>
                <div key={step}>
                  {step === 'basic' && <BasicInfoStep />}
                  {(step === 's1' || step === 's5' || step === 's6') && (
                    <TextSectionEditor section={step} />
                  )}
                  {step === 't2' && <T2Hints notes={session.notes} previous={previous} />}
                  {(step === 't2' || step === 't3' || step === 't4') && (
                    <TableEditor table={step} />
                  )}
                  {step === 'check' && (
                    <CheckExportStep
                      reportId={record.id}
                      final={final}
                      busy={busy}
                      onJump={jumpToIssue}
                      onFinalize={() => void finalize()}
                      onUnfinalize={(reason) => void unfinalize(reason)}
                      flush={() => session.saver.flush()}
                    />
                  )}
                </div>
                {step !== 'check' && <StepIssues step={step} onJump={jumpToIssue} />}
                <Group justify="space-between" mt="xl" mb="md">
                  <Button
                    variant="default"
                    disabled={index === 0}
                    onClick={() => goTo(STEPS[index - 1]!.id)}
                  >
                    上一步
                  </Button>
                  <Button
                    disabled={index === STEPS.length - 1}
                    onClick={() => goTo(STEPS[index + 1]!.id)}
                  >
                    下一步
                  </Button>
                </Group>
              </div>
            </AppShell.Main>
          </AppShell>
          <Drawer
            opened={comparing && !!previous}
            onClose={() => setComparing(false)}
            position="right"
            size="min(640px, 62vw)"
            withOverlay={false}
            trapFocus={false}
            lockScroll={false}
            closeOnClickOutside={false}
            // Below the header, so 与上年对比, 撤销 and the save status stay in reach.
            styles={{ inner: { top: 56, height: 'calc(100% - 56px)' } }}
            title={`与上年对比（${previous?.year ?? ''}年度）`}
          >
            {previous && <ComparePanel previous={previous} />}
          </Drawer>
          <Modal
            opened={saveStatus.kind === 'stale'}
            onClose={() => undefined}
            withCloseButton={false}
            closeOnClickOutside={false}
            closeOnEscape={false}
            title="报告已在另一个窗口中被修改"
            size="lg"
            centered
          >
            <Text size="sm" mb="sm">
              {saveStatus.kind === 'stale' ? saveStatus.message : ''}
              为避免覆盖对方的修改，您最近的修改没有保存。请先复制下面的文字备用，再点击“重新载入”查看最新内容。
            </Text>
            <Textarea
              readOnly
              autosize
              minRows={6}
              maxRows={14}
              value={reportPlainText(session.store.content)}
              aria-label="您的文字"
            />
            <Group justify="flex-end" mt="md">
              <Button onClick={() => void reload()}>重新载入</Button>
            </Group>
          </Modal>
        </UncertainMarksContext.Provider>
      </ChecksStoreContext.Provider>
    </ReportStoreContext.Provider>
  );
}

function ReportHeading() {
  const organ = useReportSelector((c) => c.organ);
  const year = useReportSelector((c) => c.year);
  return (
    <Text fw={600} truncate="end" style={{ minWidth: 0 }}>
      {organ} · {year}年度
    </Text>
  );
}

function StepNavConnected({
  current,
  onSelect,
}: {
  current: StepId;
  onSelect: (s: StepId) => void;
}) {
  // Derived from the content the checks last ran on, so typing does not re-render the navigation.
  const { live, final, content } = useChecks();
  const store = useReportStore();
  const states = Object.fromEntries(
    STEPS.map((s) => [
      s.id,
      stepState(s.id, content, s.id === 'check' ? final : live, store.computedKeys),
    ]),
  ) as Record<StepId, StepState>;
  return <StepNav current={current} states={states} onSelect={onSelect} />;
}

function StepIssues({ step, onJump }: { step: StepId; onJump: (issue: CheckIssue) => void }) {
  const { live } = useChecks();
  const own = live.filter((i) => i.section === step);
  if (own.length === 0) return null;
  return (
    <Stack mt="lg" gap="xs" data-testid="step-issues">
      <Title order={3} size="h5">
        本步检查结果
      </Title>
      <ChecksPanel issues={own} onJump={onJump} grouped={false} />
    </Stack>
  );
}
