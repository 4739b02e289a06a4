import './preview.css';
import { Group, Loader, Text } from '@mantine/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { measureBreaks } from './measureBreaks';
import { A4, MM, slicePages, type PageSlice } from './pageBreaks';
import { ZOOM_PROPERTY, measuringDocument, pagedDocument, printParts } from './pagedDocument';

/** Longest wait for the bundled fonts before measuring with whatever has loaded. */
const FONT_WAIT_MS = 10_000;

function fontsSettled(doc: Document): Promise<void> {
  return Promise.race([
    doc.fonts.ready.then(() => undefined),
    new Promise<void>((resolve) => setTimeout(resolve, FONT_WAIT_MS)),
  ]);
}

/*
 * Both frames are sandboxed without `allow-scripts`: nothing in the report can run. They keep
 * `allow-same-origin` so the bundled fonts load from the app's own origin (an opaque origin
 * would need CORS for @font-face) and so the hidden frame can be measured.
 */
const SANDBOX = 'allow-same-origin';

interface PreviewFrameProps {
  html: string;
  zoom: number;
  onPages?: (count: number) => void;
}

/** The print HTML as paginated A4 sheets, measured once per document and scaled per zoom. */
export function PreviewFrame({ html, zoom, onPages }: PreviewFrameProps) {
  const parts = useMemo(() => printParts(html), [html]);
  const measureRef = useRef<HTMLIFrameElement>(null);
  const [slices, setSlices] = useState<PageSlice[] | null>(null);

  useEffect(() => {
    setSlices(null);
    const frame = measureRef.current;
    if (!frame) return;
    let alive = true;
    const onLoad = async () => {
      const doc = frame.contentDocument;
      if (!doc) return;
      await fontsSettled(doc);
      if (!alive) return;
      const { candidates, height } = measureBreaks(doc);
      const pages = slicePages(candidates, height, A4.textHeight * MM);
      setSlices(pages);
      onPages?.(pages.length);
    };
    frame.addEventListener('load', () => void onLoad(), { once: true });
    frame.srcdoc = measuringDocument(parts);
    return () => {
      alive = false;
    };
    // onPages is a notification only: a new callback identity does not re-measure.
  }, [parts]);

  const paged = useMemo(() => (slices ? pagedDocument(parts, slices) : null), [parts, slices]);
  const frameRef = useRef<HTMLIFrameElement>(null);
  const applyZoom = useCallback(() => {
    frameRef.current?.contentDocument?.documentElement.style.setProperty(
      ZOOM_PROPERTY,
      String(zoom),
    );
  }, [zoom]);
  useEffect(applyZoom, [applyZoom]);

  return (
    <div className="preview-box">
      <iframe
        ref={measureRef}
        title="排版测量（不显示）"
        sandbox={SANDBOX}
        aria-hidden="true"
        tabIndex={-1}
        className="preview-measure"
        style={{ width: `${A4.textWidth * MM + 40}px` }}
      />
      {paged ? (
        <iframe
          ref={frameRef}
          onLoad={applyZoom}
          title="打印预览"
          sandbox={SANDBOX}
          srcDoc={paged}
          className="preview-frame"
          data-testid="preview-frame"
          data-pages={slices?.length ?? 0}
          data-zoom={zoom}
        />
      ) : (
        <Group p="md" gap="xs">
          <Loader size="sm" />
          <Text size="sm">正在按 A4 页面排版预览…</Text>
        </Group>
      )}
    </div>
  );
}
