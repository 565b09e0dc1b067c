import { useRef, useState } from 'react';
import type { DocumentPage, DocumentRedaction } from '../../../../shared/documents/documentModel.ts';

interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A scanned page's image on which the clerk drags an area to withhold (issue 16.5). The area is sent in
 * the page's own units (the scan's pixels, as the reader stored the page size), whatever size the image
 * is shown at; the areas already withheld are drawn over it.
 */
export function ImageAreaPicker({
  src,
  page,
  redactions,
  alt,
  onArea,
}: {
  src: string;
  page: DocumentPage;
  redactions: readonly DocumentRedaction[];
  alt: string;
  onArea: ((area: Area) => void) | undefined;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<{ from: { x: number; y: number }; to: { x: number; y: number } } | null>(null);
  const toPage = (e: React.PointerEvent) => {
    const rect = box.current!.getBoundingClientRect();
    const fx = Math.min(Math.max((e.clientX - rect.left) / rect.width, 0), 1);
    const fy = Math.min(Math.max((e.clientY - rect.top) / rect.height, 0), 1);
    return { x: fx * page.width, y: fy * page.height };
  };
  const areaOf = (d: NonNullable<typeof drag>): Area => ({
    x: Math.min(d.from.x, d.to.x),
    y: Math.min(d.from.y, d.to.y),
    width: Math.abs(d.to.x - d.from.x),
    height: Math.abs(d.to.y - d.from.y),
  });
  const percent = (a: Area) => ({
    left: `${(a.x / page.width) * 100}%`,
    top: `${(a.y / page.height) * 100}%`,
    width: `${(a.width / page.width) * 100}%`,
    height: `${(a.height / page.height) * 100}%`,
  });
  const areas = redactions.flatMap((r) => (r.target.kind === 'area' && r.target.page === page.page ? [{ id: r.id, ...r.target }] : []));
  const usable = onArea && page.width > 0 && page.height > 0;
  return (
    <div
      ref={box}
      className="scan-page"
      onPointerDown={usable ? (e) => setDrag({ from: toPage(e), to: toPage(e) }) : undefined}
      onPointerMove={usable && drag ? (e) => setDrag({ ...drag, to: toPage(e) }) : undefined}
      onPointerUp={
        usable && drag
          ? (e) => {
              const area = areaOf({ ...drag, to: toPage(e) });
              setDrag(null);
              if (area.width >= 2 && area.height >= 2) onArea(area);
            }
          : undefined
      }
    >
      <img src={src} alt={alt} draggable={false} />
      {areas.map((a) => (
        <div key={a.id} className="scan-area withheld" style={percent(a)} />
      ))}
      {drag && <div className="scan-area drawing" style={percent(areaOf(drag))} />}
    </div>
  );
}
