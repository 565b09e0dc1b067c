import { useVirtualizer } from '@tanstack/react-virtual';
import type { ReactNode } from 'react';
import { useRef } from 'react';

/**
 * A scrolling list that renders only the rows in view, so a heavy debtor's thousands of records stay
 * fast. Rows are measured after render, so they may differ in height.
 */
export interface VirtualListProps<T> {
  items: readonly T[];
  /** Estimated row height in pixels, until a row is measured. */
  estimate: number;
  render: (item: T, index: number) => ReactNode;
  /** The list's accessible name. */
  label: string;
  itemKey: (item: T) => string;
  /** CSS max-height of the scrolling box; 70vh unless given. */
  height?: string;
}

export function VirtualList<T>(props: VirtualListProps<T>) {
  // A short list is rendered whole: nothing to gain from virtualising, and find-in-page keeps working.
  if (props.items.length <= plainLimit) {
    return (
      <div className="virtual-scroll" style={{ maxHeight: props.height ?? '70vh' }} role="list" aria-label={props.label} tabIndex={0}>
        {props.items.map((item, index) => (
          <div key={props.itemKey(item)} role="listitem">
            {props.render(item, index)}
          </div>
        ))}
      </div>
    );
  }
  return <Virtualised {...props} />;
}

const plainLimit = 80;

function Virtualised<T>({ items, estimate, render, label, itemKey, height = '70vh' }: VirtualListProps<T>) {
  const parent = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => parent.current,
    estimateSize: () => estimate,
    overscan: 6,
    getItemKey: (index) => itemKey(items[index]!),
    // jsdom has no layout: fall back to a fixed window there so tests still see the first rows.
    initialRect: { width: 800, height: 600 },
  });
  return (
    <div ref={parent} className="virtual-scroll" style={{ maxHeight: height }} role="list" aria-label={label} tabIndex={0}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((row) => (
          <div
            key={row.key}
            data-index={row.index}
            ref={virtualizer.measureElement}
            role="listitem"
            aria-setsize={items.length}
            aria-posinset={row.index + 1}
            style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${row.start}px)` }}
          >
            {render(items[row.index]!, row.index)}
          </div>
        ))}
      </div>
    </div>
  );
}
