import { Alert, Button, Group, Modal, Text } from '@mantine/core';
import { memo, useCallback, useMemo, useRef, useState } from 'react';
import { cellSpec, specFor, type GridRow, type TableId } from '../../../shared/format';
import { withComputedTotals } from '../../../shared/model';
import { keyGridOf, moveInGrid, moveVertically } from '../editor/gridNav';
import { describeMismatches, planPaste } from '../editor/pasteBlock';
import { useReadOnly, useReportSelector, useReportStore } from '../store/useReport';
import { TableControllerContext, type TableController } from './tableController';
import { cellAccessibleName, cellDescription } from './cellLabels';
import { UncertainNotice } from './UncertainNotice';
import { ValueCell } from './ValueCell';

export { cellAccessibleName, cellDescription } from './cellLabels';

interface RowProps {
  row: GridRow;
  format: '2021' | '2019';
  computed: ReadonlySet<string>;
}

const TableRowView = memo(function TableRowView({ row, format, computed }: RowProps) {
  return (
    <tr className={row.header ? 'header-row' : undefined}>
      {row.cells.map((cell, i) => {
        if (cell.key) {
          const spec = cellSpec(format, cell.key)!;
          return (
            <ValueCell
              key={cell.key}
              cellKey={cell.key}
              kind={spec.kind}
              label={cellAccessibleName(spec)}
              computed={computed.has(cell.key)}
              colSpan={cell.colSpan}
            />
          );
        }
        return (
          <th
            key={i}
            colSpan={cell.colSpan}
            rowSpan={cell.rowSpan}
            scope={row.header ? 'col' : 'row'}
          >
            {cell.text}
          </th>
        );
      })}
    </tr>
  );
});

type PasteReport = { color: 'red' | 'yellow' | 'teal'; message: string } | null;

/**
 * A table of the report drawn from the format's printed grid (merges and labels as the official
 * template), edited like a spreadsheet.
 */
export const TableEditor = memo(function TableEditor({ table }: { table: TableId }) {
  const store = useReportStore();
  const readOnly = useReadOnly();
  const format = useReportSelector((c) => c.format);
  const totalsMode = useReportSelector((c) => c.options.totals);
  const spec = specFor(format).tables[table];
  const grid = useMemo(() => keyGridOf(spec.rows), [spec]);
  // Identity changes only when the report is replaced (totals mode or format switched).
  const computed = totalsMode ? store.computedKeys : store.computedKeys;
  const tableRef = useRef<HTMLTableElement>(null);
  const active = useRef<string | null>(null);
  const [pasteReport, setPasteReport] = useState<PasteReport>(null);
  const [confirmZero, setConfirmZero] = useState(false);

  const focusCell = useCallback((key: string) => {
    tableRef.current?.querySelector<HTMLInputElement>(`[data-cell="${key}"]`)?.focus();
  }, []);

  const controller = useMemo<TableController>(
    () => ({
      focused: (key) => {
        active.current = key;
      },
      move: (from, command) => {
        const skip = (k: string) => computed.has(k);
        const target =
          command.type === 'enter'
            ? moveVertically(grid, from, command.down, skip)
            : moveInGrid(
                grid,
                from,
                command.action,
                ['next', 'prev', 'first', 'last'].includes(command.action) ? skip : undefined,
              );
        focusCell(target);
      },
      paste: (anchor, text) => {
        if (store.readOnly) return;
        const describe = (k: string) => cellDescription(cellSpec(format, k), k);
        const plan = planPaste(text, {
          grid,
          anchor,
          kindOf: (k) => cellSpec(format, k)?.kind ?? 'count',
          computed,
          describe,
          cells: store.content.cells,
          recompute: (cells) => withComputedTotals({ ...store.content, cells: { ...cells } }).cells,
        });
        if (!plan.ok) {
          setPasteReport({ color: 'red', message: plan.message });
          return;
        }
        store.setCells(plan.changes);
        if (plan.mismatches.length > 0) {
          setPasteReport({
            color: 'yellow',
            message: `已粘贴${plan.size}。合计列由程序自动计算，粘贴内容中的合计与计算结果不一致，请核对原始数据：${describeMismatches(plan.mismatches, describe)}。`,
          });
        } else {
          setPasteReport({
            color: 'teal',
            message: `已粘贴${plan.size}，共${Object.keys(plan.changes).length}个单元格。可按 Ctrl+Z 撤销。`,
          });
        }
      },
    }),
    [computed, focusCell, format, grid, store],
  );

  const fillZeros = () => {
    const changes: Record<string, number | string> = {};
    for (const row of grid) {
      for (const key of row) {
        if (computed.has(key)) continue;
        changes[key] = cellSpec(format, key)?.kind === 'decimal' ? '0' : 0;
      }
    }
    store.setCells(changes);
    setConfirmZero(false);
    setPasteReport({ color: 'teal', message: '本表已全部填为 0。可按 Ctrl+Z 撤销。' });
  };

  const widths = spec.columnWidths;
  const totalWidth = widths.reduce((a, b) => a + b, 0);
  const headerRows = spec.rows.filter((r) => r.header);
  const bodyRows = spec.rows.filter((r) => !r.header);

  return (
    <TableControllerContext.Provider value={controller}>
      <Group justify="space-between" mb="xs" wrap="wrap" gap="xs">
        <Text size="sm" c="dimmed">
          方向键、Tab、回车移动；直接输入即替换，F2 在格内修改，Esc 取消。可从 Excel/WPS
          复制一块数字，点起始单元格后按 Ctrl+V 粘贴。
          {grid.some((r) => r.some((k) => computed.has(k))) && '灰色格为自动合计。'}
        </Text>
        <Button variant="light" size="xs" disabled={readOnly} onClick={() => setConfirmZero(true)}>
          本表全部填 0
        </Button>
      </Group>
      <UncertainNotice table={table} format={format} readOnly={readOnly} onFocusCell={focusCell} />
      {pasteReport && (
        <Alert
          color={pasteReport.color}
          mb="xs"
          role="status"
          data-testid="paste-report"
          withCloseButton
          closeButtonLabel="关闭"
          onClose={() => setPasteReport(null)}
        >
          {pasteReport.message}
        </Alert>
      )}
      <div className="table-scroll">
        <table ref={tableRef} className={`grid-table grid-${table}`} data-table={table}>
          <colgroup>
            {widths.map((w, i) => (
              <col key={i} style={{ width: `${((w / totalWidth) * 100).toFixed(2)}%` }} />
            ))}
          </colgroup>
          {headerRows.length > 0 && (
            <thead>
              {headerRows.map((row, i) => (
                <TableRowView key={i} row={row} format={format} computed={computed} />
              ))}
            </thead>
          )}
          <tbody>
            {bodyRows.map((row, i) => (
              <TableRowView key={i} row={row} format={format} computed={computed} />
            ))}
          </tbody>
        </table>
      </div>
      <Modal
        opened={confirmZero}
        onClose={() => setConfirmZero(false)}
        title="本表全部填 0"
        centered
      >
        <Text size="sm" mb="md">
          将把本表所有可填写的单元格（包括已填写的数字）都改为
          0。适用于本年度没有发生相关事项的情况。此操作可用 Ctrl+Z 撤销。
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setConfirmZero(false)}>
            取消
          </Button>
          <Button color="orange" onClick={fillZeros} data-autofocus>
            全部填 0
          </Button>
        </Group>
      </Modal>
    </TableControllerContext.Provider>
  );
});
