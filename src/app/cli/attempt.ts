// How CLI commands end on a problem: its message on stderr and exit code 1, no stack trace.

/** Runs `action`; an error becomes its message on stderr and process.exitCode 1. */
export async function attempt(action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}
