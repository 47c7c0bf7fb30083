import { slugify } from "@supplement-store/contract"
import Link from "next/link"
import type { AnchorHTMLAttributes, ReactNode } from "react"
import Markdown, { type Components, type ExtraProps } from "react-markdown"
import rehypeSanitize, { defaultSchema } from "rehype-sanitize"
import remarkGfm from "remark-gfm"

/**
 * The allow-list: GitHub's sanitisation schema (what hast-util-sanitize ships),
 * without form inputs (task-list checkboxes) and with links and images limited
 * to http(s), mailto and relative URLs. Raw HTML never gets this far: it is
 * dropped by `skipHtml` (there is no rehype-raw).
 */
const SCHEMA = {
  ...defaultSchema,
  // The only ids in the output are the footnotes', which remark-rehype already prefixes with
  // "user-content-" (and links to with that prefix); raw HTML, the only other source, is skipped.
  clobberPrefix: "",
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => tag !== "input"),
  protocols: {
    ...defaultSchema.protocols,
    href: ["http", "https", "mailto"],
    src: ["http", "https"],
  },
}

function isInternal(href: string): boolean {
  return href.startsWith("/") && !href.startsWith("//")
}

const COMPONENTS: Components = {
  // The page's h1 is the article title: a "#" heading in the body becomes an h2.
  h1: ({ id, children }) => <h2 id={id}>{children}</h2>,
  a: ({ node: _node, href, children, ...rest }) => {
    const props = rest as AnchorHTMLAttributes<HTMLAnchorElement>
    if (href && isInternal(href)) {
      return (
        <Link href={href} title={props.title} id={props.id}>
          {children}
        </Link>
      )
    }
    const external = Boolean(href && /^https?:/i.test(href))
    return (
      <a {...props} href={href} rel={external ? "noopener noreferrer nofollow" : undefined}>
        {children}
      </a>
    )
  },
  img: ({ src, alt, title }) =>
    typeof src === "string" ? (
      // eslint-disable-next-line @next/next/no-img-element
      <img src={src} alt={alt ?? ""} title={title} loading="lazy" decoding="async" />
    ) : null,
  table: ({ children }) => (
    <div className="overflow-x-auto">
      <table>{children}</table>
    </div>
  ),
}

type HastChildren = NonNullable<ExtraProps["node"]>["children"]

function textOf(nodes: HastChildren): string {
  return nodes.map((node) => (node.type === "text" ? node.value : node.type === "element" ? textOf(node.children) : "")).join("")
}

/** A heading's anchor, from its words ("Returns" → #returns); set after sanitising, so only these ids are ours. */
const anchored = (Tag: "h2" | "h3") =>
  function AnchoredHeading({ node, children }: { children?: ReactNode } & ExtraProps) {
    return <Tag id={slugify(textOf(node?.children ?? [])) || undefined}>{children}</Tag>
  }

const ANCHORED_COMPONENTS: Components = { ...COMPONENTS, h1: anchored("h2"), h2: anchored("h2"), h3: anchored("h3") }

/**
 * Markdown rendered on the server into sanitised HTML: an article's body, or a store page's
 * (`anchors`: its headings get ids, so a link can point at one FAQ question).
 */
export default function ArticleBody({ markdown, anchors = false }: { markdown: string; anchors?: boolean }) {
  return (
    <div className="article-body" data-testid="article-body">
      <Markdown
        remarkPlugins={[remarkGfm]}
        rehypePlugins={[[rehypeSanitize, SCHEMA]]}
        skipHtml
        components={anchors ? ANCHORED_COMPONENTS : COMPONENTS}
      >
        {markdown}
      </Markdown>
    </div>
  )
}
