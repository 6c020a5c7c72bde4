/**
 * Pause before each retry of an injection. Right after a user gesture Chromium sometimes rejects
 * executeScript ("Cannot access contents of the page") although the activeTab grant exists; it
 * succeeds a few dozen milliseconds later. 5 tries in all, about 0.75 s before giving up.
 */
export const RETRY_DELAYS_MS = [50, 100, 200, 400] as const;

/** Errors no retry can fix: browser pages, the extension stores, a tab or frame that is gone. */
export const PERMANENT_ERROR =
  /cannot be scripted|Cannot access a (chrome|chrome-extension|edge|about|devtools):|chrome:\/\/|about:|No tab with id|Invalid tab ID|tab was closed|No frame with id/i;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs an injection, retrying with the backoff above while it throws a transient error. What the
 * attempt returns is final (a script that ran is never run again). Never rejects.
 */
export async function withInjectionRetry<T>(attempt: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: string }> {
  let lastError: unknown;
  for (let i = 0; i <= RETRY_DELAYS_MS.length; i++) {
    if (i > 0) await sleep(RETRY_DELAYS_MS[i - 1]!);
    try {
      return { ok: true, value: await attempt() };
    } catch (err) {
      lastError = err;
      if (PERMANENT_ERROR.test(String((err as Error)?.message ?? err))) break;
    }
  }
  return { ok: false, error: String((lastError as Error)?.message ?? lastError) };
}
