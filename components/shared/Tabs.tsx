import type { ComponentChildren } from 'preact';

export interface TabSpec<T extends string> {
  id: T;
  label: string;
}

/**
 * Tabs as the ARIA authoring practices describe them: one tab stop, arrow keys, Home and End move
 * between tabs and show each at once. Every panel is rendered (the hidden ones with `hidden`), so what
 * a tab holds is in the page from the first frame.
 */
export function Tabs<T extends string>({
  tabs,
  selected,
  onSelect,
  label,
  children,
}: {
  tabs: TabSpec<T>[];
  selected: T;
  onSelect: (id: T) => void;
  label: string;
  children: (id: T) => ComponentChildren;
}) {
  const move = (e: KeyboardEvent) => {
    const at = tabs.findIndex((t) => t.id === selected);
    // Right to left, the next tab is to the left: the arrows follow the tabs' order on screen.
    const rtl = getComputedStyle(e.currentTarget as HTMLElement).direction === 'rtl';
    const [next, previous] = rtl ? ['ArrowLeft', 'ArrowRight'] : ['ArrowRight', 'ArrowLeft'];
    const to =
      e.key === next
        ? (at + 1) % tabs.length
        : e.key === previous
          ? (at - 1 + tabs.length) % tabs.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? tabs.length - 1
              : -1;
    if (to < 0) return;
    e.preventDefault();
    onSelect(tabs[to]!.id);
    const list = (e.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('[role="tab"]');
    list[to]?.focus();
  };
  return (
    <>
      <div class="tabs" role="tablist" aria-label={label} onKeyDown={move}>
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            class="tab"
            aria-selected={t.id === selected}
            aria-controls={`panel-${t.id}`}
            tabIndex={t.id === selected ? 0 : -1}
            onClick={() => onSelect(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      {tabs.map((t) => (
        <section
          key={t.id}
          role="tabpanel"
          id={`panel-${t.id}`}
          aria-labelledby={`tab-${t.id}`}
          hidden={t.id !== selected}
          tabIndex={0}
        >
          {children(t.id)}
        </section>
      ))}
    </>
  );
}
