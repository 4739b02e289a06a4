/** The wizard's export slot; the panel itself lives with the export feature. */
export { ExportPanel, type ExportPanelProps } from '../export/ExportPanel';
