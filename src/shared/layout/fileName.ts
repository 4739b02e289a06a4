/** Characters Windows forbids in file names. */
const ILLEGAL = /[<>:"/\\|?*]/g;
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;
const MAX_STEM = 120;

/**
 * Default file name of an export: the report title (FORMAT.md §7), made safe on Windows:
 * forbidden characters become “_”, trailing dots and spaces go, reserved device names get a suffix.
 */
export function exportFileName(title: string, extension: 'docx' | 'pdf'): string {
  const printable = [...title].map((ch) => (ch.charCodeAt(0) < 0x20 ? ' ' : ch)).join('');
  let stem = printable.replace(ILLEGAL, '_').replace(/\s+/g, ' ').trim();
  stem = [...stem]
    .slice(0, MAX_STEM)
    .join('')
    .replace(/[. ]+$/, '');
  if (!stem) stem = '政府信息公开工作年度报告';
  if (RESERVED.test(stem)) stem = `${stem}_`;
  return `${stem}.${extension}`;
}
