import { highlightParts } from "@/lib/util/highlight"

/** Text with the words the reader searched for marked; plain React text, never HTML. */
export default function Highlighted({ text, query }: { text: string; query: string }) {
  return (
    <>
      {highlightParts(text, query).map((part, i) =>
        part.match ? (
          <mark key={i} className="rounded-sm bg-leaf-100 px-0.5 text-inherit">
            {part.text}
          </mark>
        ) : (
          part.text
        )
      )}
    </>
  )
}
