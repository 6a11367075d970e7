// "A, B och C": how Swedish sentences list names (shared by every message catalogue).

/** "A, B och C"; one item alone; nothing for none. */
export const list = (items: readonly string[]): string => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`);

/** "A, B eller C": the options of a question, of which one is meant. */
export const either = (items: readonly string[]): string => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} eller ${items[items.length - 1]}`);
