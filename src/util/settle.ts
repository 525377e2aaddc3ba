// Promise.all for work that must not outlive a failure: every task settles before the first
// failure is reported, so nothing is still writing into a directory the caller removes next
// (issue 21: an early failure used to surface as ENOTEMPTY from that removal).

/**
 * Waits for every task; resolves with their values, or rejects with the first failure in time
 * order (not array order: the first is the cause, later ones are often its consequences). On
 * that first failure `onFailure` is called, so the caller can cancel the rest.
 */
export async function settleAll<T>(
  tasks: readonly Promise<T>[],
  onFailure?: (error: unknown) => void,
): Promise<T[]> {
  let first: { readonly error: unknown } | undefined;
  const settled = await Promise.allSettled(
    tasks.map((task) =>
      task.catch((error: unknown) => {
        if (!first) {
          first = { error };
          onFailure?.(error);
        }
        throw error;
      }),
    ),
  );
  if (first) throw first.error;
  return settled.map((r) => (r as PromiseFulfilledResult<T>).value);
}
