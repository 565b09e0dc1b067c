export interface CategoryNavItem {
  id: string;
  label: string;
  count: number;
}

/**
 * The list of categories (or stored tables) beside the records on the review screens, each with its
 * number of records; the selected one is marked for screen readers with aria-current.
 */
export function CategoryNav({
  label,
  items,
  selectedId,
  onSelect,
  className,
}: {
  label: string;
  items: readonly CategoryNavItem[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
  className?: string;
}) {
  return (
    <nav aria-label={label} className={className ? `category-nav ${className}` : 'category-nav'}>
      <ul>
        {items.map((item) => {
          const active = item.id === selectedId;
          return (
            <li key={item.id}>
              <button
                type="button"
                className={active ? 'nav-item active' : 'nav-item'}
                aria-current={active ? 'true' : undefined}
                onClick={() => onSelect(item.id)}
              >
                {item.label} <span className="count">{item.count}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
