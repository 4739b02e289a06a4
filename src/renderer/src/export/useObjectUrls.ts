import { useEffect, useMemo } from 'react';
import type { ExportedFile } from '../../../shared/ipc';
import { MIME, base64Bytes } from './download';

/** Download addresses for exported files sent inline (browser mode), released on change. */
export function useObjectUrls(files: readonly ExportedFile[]): Record<string, string> {
  const urls = useMemo(() => {
    const out: Record<string, string> = {};
    for (const f of files) {
      if (f.dataBase64)
        out[f.path] = URL.createObjectURL(
          new Blob([base64Bytes(f.dataBase64)], { type: MIME[f.format] }),
        );
    }
    return out;
  }, [files]);
  useEffect(() => () => Object.values(urls).forEach((u) => URL.revokeObjectURL(u)), [urls]);
  return urls;
}
