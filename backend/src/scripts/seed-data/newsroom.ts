/** Topics, authors and the article shape of the demo newsroom. Articles live in articles-*.ts. */
export type SeedTopic = { handle: string; name: string; description: string }
export type SeedAuthor = { handle: string; name: string; bio: string }
export type SeedCitation = { text: string; doi?: string; url?: string }
export type SeedArticle = {
  handle: string
  title: string
  summary: string
  /** Markdown. */
  body: string
  topic: string
  author: string
  /** Days before the seed runs; negative means scheduled for the future. */
  published_days_ago: number
  status: "published" | "draft" | "scheduled"
  source?: { text: string; url?: string }
  citations?: SeedCitation[]
  /** Product handles from catalog.ts, in display order. */
  featured_products: string[]
}

export const topics: SeedTopic[] = [
  {
    handle: "fibromyalgia",
    name: "Fibromyalgia",
    description: "Research, treatment news and everyday strategies for living with fibromyalgia.",
  },
  {
    handle: "chronic-fatigue",
    name: "Chronic Fatigue Syndrome & ME",
    description: "Studies and practical coverage of ME/CFS, post-exertional malaise and energy management.",
  },
  {
    handle: "lyme-disease",
    name: "Lyme Disease",
    description: "Tick-borne illness: prevention, diagnosis debates and recovery after Lyme disease.",
  },
  {
    handle: "natural-wellness",
    name: "Natural Wellness",
    description: "Sleep, stress, food and movement: evidence-minded reading for a healthier routine.",
  },
  {
    handle: "supplement-news",
    name: "Supplement News",
    description: "What new research says about vitamins, minerals and botanicals, and how to read the labels.",
  },
]

export const authors: SeedAuthor[] = [
  {
    handle: "maya-ellison",
    name: "Maya Ellison",
    bio: "Health reporter covering chronic pain and fatigue research for more than a decade.",
  },
  {
    handle: "daniel-okafor",
    name: "Daniel Okafor, PharmD",
    bio: "Pharmacist who writes about supplement quality, interactions and how to read a label.",
  },
  {
    handle: "rosa-lindqvist",
    name: "Rosa Lindqvist",
    bio: "Science writer with a background in microbiology; follows tick-borne disease research.",
  },
  {
    handle: "samuel-greer",
    name: "Samuel Greer",
    bio: "Editor of the newsroom; writes about sleep, stress and everyday wellness.",
  },
]
