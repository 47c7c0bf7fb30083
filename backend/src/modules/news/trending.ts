/**
 * The trending score of an article: recent engagement, decaying with age (a gravity formula, as
 * news aggregators use). Views are counted now; the community domain adds votes and comments, which
 * weigh more because they take more effort than a page view.
 */
export type TrendingSignals = { views: number; votes?: number; comments?: number; ageHours: number }

export const TRENDING_WINDOW_DAYS = 7
const GRAVITY = 1.5

export function trendingScore({ views, votes = 0, comments = 0, ageHours }: TrendingSignals): number {
  const engagement = views + 3 * votes + 5 * comments
  return engagement / Math.pow(Math.max(ageHours, 0) + 2, GRAVITY)
}
