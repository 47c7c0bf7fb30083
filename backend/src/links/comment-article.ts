import { defineLink } from "@medusajs/framework/utils"
import CommunityModule from "../modules/community"
import NewsModule from "../modules/news"

// Read-only: the comment keeps `article_id`; the link lets Query join comments and articles.
export default defineLink(
  { linkable: CommunityModule.linkable.comment, field: "article_id", isList: false },
  NewsModule.linkable.article,
  { readOnly: true }
)
