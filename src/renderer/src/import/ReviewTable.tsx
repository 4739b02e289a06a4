import { useState } from 'react';
import { cellSpec, specFor, type FormatVersion, type TableId } from '../../../shared/format';
import type { CellValue } from '../../../shared/model';
import { formatCellValue, parseCellText } from '../editor/cellInput';
import { cellAccessibleName } from '../table/TableEditor';

interface ReviewTableProps {
  format: FormatVersion;
  table: TableId;
  cells: Readonly<Record<string, CellValue>>;
  uncertain: ReadonlySet<string>;
  onChange: (key: string, value: CellValue) => void;
}

function ReviewCell({
  format,
  cellKey,
  value,
  uncertain,
  colSpan,
  onChange,
}: {
  format: FormatVersion;
  cellKey: string;
  value: CellValue;
  uncertain: boolean;
  colSpan: number | undefined;
  onChange: (key: string, value: CellValue) => void;
}) {
  const spec = cellSpec(format, cellKey)!;
  const [text, setText] = useState(formatCellValue(value));
  const [hint, setHint] = useState<string | null>(null);
  const commit = () => {
    const parsed = parseCellText(spec.kind, text);
    if (!parsed.ok) return setHint(parsed.hint);
    setHint(null);
    if (parsed.value !== value) onChange(cellKey, parsed.value);
  };
  return (
    <td
      colSpan={colSpan}
      className={uncertain ? 'review-cell uncertain' : 'review-cell'}
      data-uncertain={uncertain || undefined}
    >
      <input
        className="review-input"
        data-review-cell={cellKey}
        aria-label={`${cellAccessibleName(spec)}${uncertain ? '（需核对）' : ''}`}
        aria-invalid={hint ? true : undefined}
        title={hint ?? (uncertain ? '识别不确定，请与原文核对' : undefined)}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
    </td>
  );
}

/** One table of the imported report on the format's grid; uncertain cells in orange, editable. */
export function ReviewTable({ format, table, cells, uncertain, onChange }: ReviewTableProps) {
  const spec = specFor(format).tables[table];
  const total = spec.columnWidths.reduce((a, b) => a + b, 0);
  return (
    <div className="review-table-scroll">
      <table className={`review-table review-${table}`}>
        <colgroup>
          {spec.columnWidths.map((w, i) => (
            <col key={i} style={{ width: `${((w / total) * 100).toFixed(2)}%` }} />
          ))}
        </colgroup>
        <tbody>
          {spec.rows.map((row, r) => (
            <tr key={r}>
              {row.cells.map((cell, i) =>
                cell.key ? (
                  <ReviewCell
                    key={cell.key}
                    format={format}
                    cellKey={cell.key}
                    value={cells[cell.key] ?? null}
                    uncertain={uncertain.has(cell.key)}
                    colSpan={cell.colSpan}
                    onChange={onChange}
                  />
                ) : (
                  <th key={i} colSpan={cell.colSpan} rowSpan={cell.rowSpan}>
                    {cell.text}
                  </th>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
