import { Fragment, type ReactNode } from "react"

/**
 * A deliberately small Markdown renderer for the editor's live preview.
 *
 * It builds React elements only (no `dangerouslySetInnerHTML`), so any HTML in the text is shown as
 * text, and link/image URLs are allowed only for http(s), mailto and site-relative paths. It covers
 * what articles use: headings, paragraphs, lists, block quotes, code, rules, bold, italic, inline code,
 * links and images. The storefront renders with react-markdown + GFM, so tables etc. may look different.
 */

const SAFE_URL = /^(https?:\/\/|mailto:|\/(?!\/)|#)/i

function safeUrl(url: string): string | null {
  const trimmed = url.trim()
  return SAFE_URL.test(trimmed) ? trimmed : null
}

type InlineRule = { re: RegExp; render: (m: RegExpExecArray, key: string) => ReactNode }

const INLINE_RULES: InlineRule[] = [
  {
    re: /`([^`]+)`/,
    render: (m, key) => (
      <code key={key} className="bg-ui-bg-subtle rounded px-1 font-mono text-[0.9em]">
        {m[1]}
      </code>
    ),
  },
  {
    re: /!\[([^\]]*)\]\(((?:[^()\s]|\([^()\s]*\))+)(?:\s+"[^"]*")?\)/,
    render: (m, key) => {
      const src = safeUrl(m[2])
      return src ? (
        <img key={key} src={src} alt={m[1]} className="my-2 inline-block max-h-64 max-w-full rounded" />
      ) : (
        <span key={key}>{m[1]}</span>
      )
    },
  },
  {
    // The destination may hold one level of balanced parentheses, as in CommonMark.
    re: /\[([^\]]+)\]\(((?:[^()\s]|\([^()\s]*\))+)(?:\s+"[^"]*")?\)/,
    render: (m, key) => {
      const href = safeUrl(m[2])
      const children = renderInline(m[1], key)
      return href ? (
        <a key={key} href={href} target="_blank" rel="noopener noreferrer" className="text-ui-fg-interactive underline">
          {children}
        </a>
      ) : (
        <span key={key}>{children}</span>
      )
    },
  },
  {
    re: /<(https?:\/\/[^>\s]+)>/,
    render: (m, key) => (
      <a key={key} href={m[1]} target="_blank" rel="noopener noreferrer" className="text-ui-fg-interactive underline">
        {m[1]}
      </a>
    ),
  },
  { re: /\*\*(.+?)\*\*/, render: (m, key) => <strong key={key}>{renderInline(m[1], key)}</strong> },
  { re: /__(.+?)__/, render: (m, key) => <strong key={key}>{renderInline(m[1], key)}</strong> },
  { re: /\*([^*\s](?:[^*]*[^*\s])?)\*/, render: (m, key) => <em key={key}>{renderInline(m[1], key)}</em> },
  { re: /(?<![A-Za-z0-9])_([^_\s](?:[^_]*[^_\s])?)_(?![A-Za-z0-9])/, render: (m, key) => <em key={key}>{renderInline(m[1], key)}</em> },
]

function renderInline(text: string, keyPrefix = "i"): ReactNode[] {
  const out: ReactNode[] = []
  let rest = text
  let n = 0
  while (rest) {
    let best: { rule: InlineRule; match: RegExpExecArray } | null = null
    for (const rule of INLINE_RULES) {
      const match = rule.re.exec(rest)
      if (match && (!best || match.index < best.match.index)) best = { rule, match }
    }
    if (!best) {
      out.push(rest)
      break
    }
    if (best.match.index > 0) out.push(rest.slice(0, best.match.index))
    out.push(best.rule.render(best.match, `${keyPrefix}.${n++}`))
    rest = rest.slice(best.match.index + best.match[0].length)
  }
  return out
}

const HEADING_CLASSES = [
  "text-2xl font-semibold mt-6 mb-3",
  "text-xl font-semibold mt-6 mb-2",
  "text-lg font-semibold mt-5 mb-2",
  "text-base font-semibold mt-4 mb-2",
  "text-sm font-semibold mt-4 mb-1",
  "text-sm font-semibold mt-4 mb-1 text-ui-fg-subtle",
]

const UL_ITEM = /^\s{0,3}[-*+]\s+(.*)$/
const OL_ITEM = /^\s{0,3}\d{1,9}[.)]\s+(.*)$/
const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/
const FENCE = /^\s{0,3}(```|~~~)/
const QUOTE = /^\s{0,3}>\s?(.*)$/

function renderBlocks(markdown: string, keyPrefix = "b"): ReactNode[] {
  const lines = markdown.replace(/\r\n?/g, "\n").split("\n")
  const blocks: ReactNode[] = []
  let i = 0
  const key = () => `${keyPrefix}.${blocks.length}`

  while (i < lines.length) {
    const line = lines[i]
    if (!line.trim()) {
      i++
      continue
    }

    const fence = FENCE.exec(line)
    if (fence) {
      const code: string[] = []
      i++
      while (i < lines.length && !lines[i].trim().startsWith(fence[1])) code.push(lines[i++])
      i++
      blocks.push(
        <pre key={key()} className="bg-ui-bg-subtle my-3 overflow-x-auto rounded-md p-3 font-mono text-xs">
          <code>{code.join("\n")}</code>
        </pre>
      )
      continue
    }

    const heading = HEADING.exec(line)
    if (heading) {
      const level = heading[1].length
      const Tag = `h${level}` as "h1"
      blocks.push(
        <Tag key={key()} className={HEADING_CLASSES[level - 1]}>
          {renderInline(heading[2], key())}
        </Tag>
      )
      i++
      continue
    }

    if (RULE.test(line)) {
      blocks.push(<hr key={key()} className="border-ui-border-base my-4" />)
      i++
      continue
    }

    if (QUOTE.test(line)) {
      const quoted: string[] = []
      while (i < lines.length && lines[i].trim() && QUOTE.test(lines[i])) quoted.push(QUOTE.exec(lines[i++])![1])
      const k = key()
      blocks.push(
        <blockquote key={k} className="border-ui-border-strong text-ui-fg-subtle my-3 border-l-4 pl-4">
          {renderBlocks(quoted.join("\n"), k)}
        </blockquote>
      )
      continue
    }

    const listRe = UL_ITEM.test(line) ? UL_ITEM : OL_ITEM.test(line) ? OL_ITEM : null
    if (listRe) {
      const items: string[] = []
      while (i < lines.length) {
        const item = listRe.exec(lines[i])
        if (item) {
          items.push(item[1])
        } else if (lines[i].trim() && /^\s+/.test(lines[i]) && items.length) {
          items[items.length - 1] += " " + lines[i].trim() // an indented continuation line
        } else {
          break
        }
        i++
      }
      const k = key()
      const children = items.map((item, n) => <li key={`${k}.${n}`}>{renderInline(item, `${k}.${n}`)}</li>)
      blocks.push(
        listRe === UL_ITEM ? (
          <ul key={k} className="my-3 list-disc space-y-1 pl-6">
            {children}
          </ul>
        ) : (
          <ol key={k} className="my-3 list-decimal space-y-1 pl-6">
            {children}
          </ol>
        )
      )
      continue
    }

    const paragraph: string[] = []
    while (
      i < lines.length &&
      lines[i].trim() &&
      !HEADING.test(lines[i]) &&
      !FENCE.test(lines[i]) &&
      !QUOTE.test(lines[i]) &&
      !RULE.test(lines[i]) &&
      !(paragraph.length && (UL_ITEM.test(lines[i]) || OL_ITEM.test(lines[i])))
    ) {
      paragraph.push(lines[i++].trim())
    }
    const k = key()
    blocks.push(
      <p key={k} className="my-3 leading-relaxed">
        {paragraph.map((text, n) => (
          <Fragment key={n}>
            {n > 0 && " "}
            {renderInline(text, `${k}.${n}`)}
          </Fragment>
        ))}
      </p>
    )
  }
  return blocks
}

export const MarkdownPreview = ({ markdown }: { markdown: string }) => {
  if (!markdown.trim()) {
    return <p className="text-ui-fg-muted text-sm italic">Nothing to preview yet.</p>
  }
  return <div className="text-ui-fg-base text-sm">{renderBlocks(markdown)}</div>
}
