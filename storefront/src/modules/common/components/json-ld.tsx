import { serializeJsonLd } from "@/lib/util/json-ld"

/** Structured data for search engines; the payload is escaped (see serializeJsonLd). */
export default function JsonLd({ data }: { data: Record<string, unknown> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
}
