// Checks shared by the message catalogue tests: both languages have the same keys,
// and a message writes no digit that its arguments did not bring.

/** Sample arguments for every message of a catalogue: one or more argument lists per key, checked by the compiler. */
export type MessageSamples<T> = {
  readonly [K in keyof T]-?: T[K] extends (...args: infer A) => string ? readonly A[] : T[K] extends readonly unknown[] ? null : T[K] extends object ? MessageSamples<T[K]> : null;
};

/** The key paths of an object, nested objects followed, arrays and functions as leaves ("figure.forecastIs"). */
export function keyPaths(value: object, prefix = ''): string[] {
  return Object.entries(value)
    .flatMap(([key, child]) => (child !== null && typeof child === 'object' && !Array.isArray(child) ? keyPaths(child as object, `${prefix}${key}.`) : [`${prefix}${key}`]))
    .sort();
}

function digitRuns(text: string): string[] {
  return text.match(/\p{Nd}+/gu) ?? [];
}

/**
 * Every message of `catalogue` called with each of its samples, and every fixed string in it:
 * the digits each one writes that none of its arguments holds ("rad 12" from [12] is fine,
 * "mer än 2000 tecken" from nothing is not). Also reports a sample key the catalogue lacks.
 */
export function unbroughtDigits(catalogue: object, samples: object, prefix = ''): string[] {
  const found: string[] = [];
  for (const [key, entry] of Object.entries(catalogue)) {
    const path = `${prefix}${key}`;
    const sample = (samples as Record<string, unknown>)[key];
    if (typeof entry === 'function') {
      if (!Array.isArray(sample) || sample.length === 0) {
        found.push(`${path}: no sample arguments`);
        continue;
      }
      for (const args of sample as unknown[][]) {
        const allowed = new Set(digitRuns(JSON.stringify(args)));
        const text = String((entry as (...values: unknown[]) => unknown)(...args));
        for (const run of digitRuns(text)) if (!allowed.has(run)) found.push(`${path}(${JSON.stringify(args)}) writes ${run}: ${text}`);
      }
    } else if (typeof entry === 'string') {
      for (const run of digitRuns(entry)) found.push(`${path} writes ${run}: ${entry}`);
    } else if (Array.isArray(entry)) {
      for (const text of entry.flat(2)) for (const run of digitRuns(String(text))) found.push(`${path} writes ${run}: ${String(text)}`);
    } else if (entry !== null && typeof entry === 'object') {
      found.push(...unbroughtDigits(entry as object, (sample ?? {}) as object, `${path}.`));
    }
  }
  return found;
}
