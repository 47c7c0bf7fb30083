// What `npm start` prints: one line per stage with its time, and on a terminal a live progress bar for
// the long ones. Everything the processes themselves print goes to their log files instead.
const interactive = Boolean(process.stdout.isTTY)
const LABEL_WIDTH = 11
const BAR_WIDTH = 24

const tag = "\x1b[32m[store]\x1b[0m"
const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`.padStart(6)

/** A line for the person at the terminal (not a stage). */
export function say(message) {
  clearLive()
  console.log(`${tag} ${message}`)
}

let live = ""
function showLive(text) {
  if (interactive) {
    live = text
    process.stdout.write(`\r\x1b[2K${text}`)
  }
}
function clearLive() {
  if (interactive && live) {
    process.stdout.write("\r\x1b[2K")
    live = ""
  }
}

function bar(done, total) {
  const filled = total ? Math.round((Math.min(done, total) / total) * BAR_WIDTH) : 0
  return `[${"#".repeat(filled)}${".".repeat(BAR_WIDTH - filled)}]`
}

/**
 * Runs one stage: `work(progress)` may call `progress(done, total, what)` as it goes. Prints
 * "✓ label  12.3s  detail" (the detail is what `work` returns: a string, or an object's `detail`), or
 * "✗ label" with the error's message, and rethrows. Returns what `work` returned.
 */
export async function stage(label, work) {
  const started = Date.now()
  const name = label.padEnd(LABEL_WIDTH)
  showLive(`${tag}   ${name} …`)
  const progress = (done, total, what) => showLive(`${tag}   ${name} ${bar(done, total)} ${what} ${done}/${total}`)
  try {
    const result = await work(progress)
    const detail = typeof result === "string" ? result : result?.detail
    clearLive()
    console.log(`${tag} ✓ ${name} ${seconds(Date.now() - started)}${detail ? `  ${detail}` : ""}`)
    return result
  } catch (error) {
    clearLive()
    console.log(`${tag} ✗ ${name} ${seconds(Date.now() - started)}  ${error.message}`)
    throw Object.assign(error, { reported: true })
  }
}
