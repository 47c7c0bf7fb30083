import Link from "next/link"

import { listForums } from "@/lib/data/forums"
import { forumPath } from "@/modules/forums/utils"

/**
 * "Discuss in the <Forum> forum" under an article: the forum of the article's topic, from the cached
 * forum list. Nothing when the topic has no forum or the list can't be read (the article never fails for it).
 */
export default async function DiscussInForum({ topicHandle }: { topicHandle: string | undefined }) {
  if (!topicHandle) {
    return null
  }
  const forum = await listForums()
    .then((forums) => forums.find((f) => f.topic_handle === topicHandle))
    .catch((error) => {
      console.error("forums: could not read the forum list for an article", error)
      return undefined
    })
  if (!forum) {
    return null
  }
  return (
    <p className="mt-8 rounded-lg border border-sand-200 bg-sand-50 p-4 print:hidden" data-print="hide">
      <Link href={forumPath(forum.handle)} className="font-semibold text-leaf-700 hover:text-leaf-800" data-testid="discuss-in-forum">
        Discuss in the {forum.name} forum →
      </Link>
      <span className="mt-1 block text-sm text-bark-600">Readers talk with each other about {forum.name} there.</span>
    </p>
  )
}
