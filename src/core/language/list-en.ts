// "A, B and C": how English sentences list names (shared by every message catalogue).

/** "A, B and C"; one item alone; nothing for none. */
export const list = (items: readonly string[]): string => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

/** "A, B or C": the options of a question, of which one is meant. */
export const either = (items: readonly string[]): string => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`);
