import { permanentRedirect } from "next/navigation"

/** /news/topic on its own lists nothing: the topics are tabs on /news. */
export default function TopicIndexPage() {
  permanentRedirect("/news")
}
