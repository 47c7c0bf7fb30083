/**
 * The search benchmark's catalog, the same on every run: each product and article gets a made-up
 * name no other one has, so a query for it has exactly one right answer.
 */

/** mulberry32: a tiny seeded PRNG, enough for deterministic test data. */
function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const ONSETS = ["b", "c", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "cl", "dr", "gr", "pl", "tr", "st"]
const VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "io"]
const ENDINGS = ["", "n", "x", "l", "r", "s", "th"]
const INGREDIENTS = ["Magnesium", "Ashwagandha", "Turmeric", "Elderberry", "Zinc", "Probiotic", "Melatonin", "Collagen", "Omega-3", "Rhodiola", "Quercetin", "Berberine", "Glutathione", "Vitamin C", "Vitamin D3", "Selenium"]
const FORMS = ["Capsules", "Tablets", "Powder", "Softgels", "Tincture", "Gummies", "Lozenges"]
const BENEFITS = ["for calm and sleep", "for joint comfort", "for daily energy", "for immune support", "for gut balance", "for focus"]
const THEMES = ["study", "review", "trial", "guide", "explainer", "interview"]

/** Unique pronounceable names, e.g. "Travonix", generated in a fixed order. */
function uniqueNames(count: number, seed: number): string[] {
  const next = random(seed)
  const pick = <T,>(list: T[]) => list[Math.floor(next() * list.length)]
  const names = new Set<string>()
  while (names.size < count) {
    const syllables = 2 + Math.floor(next() * 2)
    let name = ""
    for (let i = 0; i < syllables; i++) name += pick(ONSETS) + pick(VOWELS)
    name += pick(ENDINGS)
    names.add(name[0].toUpperCase() + name.slice(1))
  }
  return [...names]
}

export type BenchProduct = { seed: number; name: string; handle: string; title: string; subtitle: string; description: string; price: number }
export type BenchArticle = { seed: number; name: string; handle: string; title: string; summary: string; published_at: Date }

export function benchProducts(count: number): BenchProduct[] {
  const next = random(7)
  return uniqueNames(count, 11).map((name, i) => {
    const ingredient = INGREDIENTS[Math.floor(next() * INGREDIENTS.length)]
    const form = FORMS[Math.floor(next() * FORMS.length)]
    const strength = 50 * (1 + Math.floor(next() * 20))
    return {
      seed: i,
      name,
      handle: `bench-${name.toLowerCase()}-${i}`,
      title: `${name} ${ingredient} ${strength} mg ${form}`,
      subtitle: `${ingredient} ${BENEFITS[i % BENEFITS.length]}`,
      description: `${name} is a ${form.toLowerCase()} formula built around ${ingredient.toLowerCase()}, made in small batches and third-party tested.`,
      price: Math.round((5 + next() * 75) * 100) / 100,
    }
  })
}

export function benchArticles(count: number): BenchArticle[] {
  const next = random(13)
  const start = Date.UTC(2024, 0, 1)
  return uniqueNames(count, 17).map((name, i) => {
    const ingredient = INGREDIENTS[Math.floor(next() * INGREDIENTS.length)]
    const theme = THEMES[i % THEMES.length]
    return {
      seed: i,
      name,
      handle: `bench-${name.toLowerCase()}-${i}`,
      title: `The ${name} ${theme}: what ${ingredient.toLowerCase()} does ${BENEFITS[i % BENEFITS.length]}`,
      summary: `Researchers behind the ${name} ${theme} looked at ${ingredient.toLowerCase()} in a small group of adults.`,
      published_at: new Date(start + i * 3_600_000),
    }
  })
}
