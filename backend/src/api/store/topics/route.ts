import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { publishedFilter } from "../../../modules/news/published"

/** GET /store/topics: the newsroom's topics with how many published articles each has. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: topics }, { data: published }] = await Promise.all([
    query.graph({ entity: "topic", fields: ["id", "handle", "name", "description"] }),
    query.graph({ entity: "article", fields: ["topic_id"], filters: publishedFilter() }),
  ])
  const counts = new Map<string, number>()
  for (const { topic_id } of published as { topic_id: string }[]) {
    counts.set(topic_id, (counts.get(topic_id) ?? 0) + 1)
  }
  res.json({
    topics: topics
      .map((topic: { id: string; name: string }) => ({ ...topic, article_count: counts.get(topic.id) ?? 0 }))
      .sort((a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name)),
  })
}
