import Markdown from "react-markdown"
import rehypeSanitize from "rehype-sanitize"
import remarkGfm from "remark-gfm"

/**
 * The editor's live preview, rendered the way the storefront renders articles: react-markdown with
 * GFM, raw HTML skipped and the result sanitised by rehype-sanitize's allow-list.
 */
export function MarkdownPreview({ markdown }: { markdown: string }) {
  return (
    <div className="txt-small text-ui-fg-base flex flex-col gap-y-3 [&_a]:text-ui-fg-interactive [&_a]:underline [&_blockquote]:border-l-2 [&_blockquote]:pl-3 [&_h2]:text-lg [&_h2]:font-semibold [&_h3]:font-semibold [&_ol]:list-decimal [&_ol]:pl-5 [&_ul]:list-disc [&_ul]:pl-5">
      <Markdown remarkPlugins={[remarkGfm]} rehypePlugins={[rehypeSanitize]} skipHtml>
        {markdown}
      </Markdown>
    </div>
  )
}
