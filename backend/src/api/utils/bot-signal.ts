const MIN_SECONDS_TO_WRITE = 3

/**
 * What a form's hidden signals say about its sender: a filled honeypot (`website`) or a form sent
 * within seconds of being shown (`started_at`) is a bot's. Null for a person.
 */
export function botSignal({ website, started_at }: { website?: string; started_at?: number }): string | null {
  if (website) {
    return "honeypot field filled"
  }
  const tooFast = started_at !== undefined && Date.now() - started_at < MIN_SECONDS_TO_WRITE * 1000
  return tooFast ? "sent too fast after the form opened" : null
}
