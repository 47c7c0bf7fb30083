import { StatusBadge } from "@medusajs/ui"
import type { ArticleStatus } from "../lib/news"

const COLORS: Record<ArticleStatus, "grey" | "blue" | "green"> = {
  draft: "grey",
  scheduled: "blue",
  published: "green",
}

const LABELS: Record<ArticleStatus, string> = {
  draft: "Draft",
  scheduled: "Scheduled",
  published: "Published",
}

export const ArticleStatusBadge = ({ status }: { status: ArticleStatus }) => (
  <StatusBadge color={COLORS[status] ?? "grey"}>{LABELS[status] ?? status}</StatusBadge>
)
