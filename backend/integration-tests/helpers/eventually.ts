/**
 * Polls until `check` passes on what `read` answers, or fails with the last error: subscribers (counts,
 * summaries) run after the route answered.
 */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => void, waitMs = 10_000): Promise<T> {
  const deadline = Date.now() + waitMs
  for (;;) {
    const value = await read()
    try {
      check(value)
      return value
    } catch (error) {
      if (Date.now() > deadline) {
        throw error
      }
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }
}
