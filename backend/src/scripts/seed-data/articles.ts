import { articlesPart1 } from "./articles-1"
import { articlesPart2 } from "./articles-2"
import type { SeedArticle } from "./newsroom"

export const articles: SeedArticle[] = [...articlesPart1, ...articlesPart2]
