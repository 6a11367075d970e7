// "A, B and C": how English sentences list names (shared by every message catalogue).

/** "A, B and C"; one item alone; nothing for none. */
export const list = (items: readonly string[]): string => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);
