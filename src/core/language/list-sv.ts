// "A, B och C": how Swedish sentences list names (shared by every message catalogue).

/** "A, B och C"; one item alone; nothing for none. */
export const list = (items: readonly string[]): string => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`);
