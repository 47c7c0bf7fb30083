// Demo catalog data for the natural-supplement store seed script.
// All brands, product names and copy are fictional and written for this project.
// Pure data: no logic lives in this file.

export type SeedBrand = { handle: string; name: string; description: string }

export type SeedCategory = { handle: string; name: string; description: string }

export type SeedVariant = {
  title: string // e.g. "60 capsules", "120 capsules", "8 oz powder"
  sku: string // unique across the whole file, UPPERCASE, e.g. "NRW-MAGG-60"
  price: number // USD in dollars, e.g. 24.95
  stock: number // units at the warehouse
}

export type SeedProduct = {
  handle: string // kebab-case, unique
  title: string
  subtitle: string // one short line
  description: string // 2-4 sentences, original prose
  brand: string // a SeedBrand handle
  categories: string[] // 1-3 SeedCategory handles
  collections: Array<"best-sellers" | "new-products" | "deals"> // may be empty
  deal_percent_off?: number // required when collections includes "deals" (10-30), absent otherwise
  variants: SeedVariant[] // 1-3 variants (option values = the variant titles)
}

// ---------------------------------------------------------------------------
// Brands (fictional)
// ---------------------------------------------------------------------------

export const brands: SeedBrand[] = [
  {
    handle: "northridge-botanicals",
    name: "Northridge Botanicals",
    description:
      "A small family-run maker of mineral and botanical formulas, known for simple labels and gentle, everyday blends.",
  },
  {
    handle: "quiet-harbor-naturals",
    name: "Quiet Harbor Naturals",
    description:
      "Quiet Harbor focuses on calm evenings and restful nights, with relaxation-minded minerals, amino acids and herbs.",
  },
  {
    handle: "cedar-hollow-labs",
    name: "Cedar Hollow Labs",
    description:
      "Cedar Hollow Labs develops cellular-energy nutrients such as CoQ10, NADH and PQQ, with every lot tested for identity and potency.",
  },
  {
    handle: "solwick-nutrition",
    name: "Solwick Nutrition",
    description:
      "Solwick keeps it simple with single-ingredient powders, free of flavors and fillers, that blend easily into water or smoothies.",
  },
  {
    handle: "amberfield-wellness",
    name: "Amberfield Wellness",
    description:
      "Amberfield crafts botanical extracts and enzymes for joint and muscle comfort, standardized to consistent active compounds.",
  },
  {
    handle: "tidewater-naturals",
    name: "Tidewater Naturals",
    description:
      "Tidewater sources marine nutrients from cold northern waters and purifies them in small batches for freshness.",
  },
  {
    handle: "bright-meadow-nutrients",
    name: "Bright Meadow Nutrients",
    description:
      "Everyday vitamins and minerals in well-absorbed forms at approachable prices, made for the whole household.",
  },
  {
    handle: "kestrel-peak-supplements",
    name: "Kestrel Peak Supplements",
    description:
      "Kestrel Peak offers focused amino acids and B vitamins for people who want straightforward, clinically familiar doses.",
  },
  {
    handle: "willowmere-apothecary",
    name: "Willowmere Apothecary",
    description:
      "Willowmere blends traditional herbs into teas, syrups and capsules, inspired by old-fashioned kitchen apothecaries.",
  },
  {
    handle: "harrow-lane-organics",
    name: "Harrow Lane Organics",
    description:
      "Harrow Lane specializes in certified organic herbs and tinctures, with a particular interest in traditional botanicals from around the world.",
  },
  {
    handle: "bluestone-vitality",
    name: "Bluestone Vitality",
    description:
      "Bluestone Vitality creates practical everyday formulas for active adults, from joint support to daily greens.",
  },
  {
    handle: "fernbrook-remedies",
    name: "Fernbrook Remedies",
    description:
      "Fernbrook is devoted to the gut, offering probiotics, enzymes and soothing botanicals for everyday digestive comfort.",
  },
  {
    handle: "lumen-grove",
    name: "Lumen Grove",
    description:
      "Lumen Grove works with adaptogenic herbs such as ashwagandha and rhodiola to support a steady, balanced day.",
  },
  {
    handle: "pinecroft-mushroom-co",
    name: "Pinecroft Mushroom Co.",
    description:
      "Pinecroft grows functional mushrooms on a small farm and extracts the fruiting bodies with hot water for a full-spectrum product.",
  },
  {
    handle: "saltmarsh-hydration",
    name: "Saltmarsh Hydration",
    description:
      "Saltmarsh makes low-sugar electrolyte mixes and mineral topicals for hydration on busy, hot or low-energy days.",
  },
  {
    handle: "everline-health",
    name: "Everline Health",
    description:
      "Everline Health offers dependable staples in value sizes, each made in a facility that follows current good manufacturing practices.",
  },
]

// ---------------------------------------------------------------------------
// Categories
// ---------------------------------------------------------------------------

export const categories: SeedCategory[] = [
  {
    handle: "fibromyalgia",
    name: "Fibromyalgia",
    description:
      "Nutrients often chosen by people living with fibromyalgia, including magnesium, malic acid and muscle-comfort blends.",
  },
  {
    handle: "chronic-fatigue",
    name: "Chronic Fatigue & ME",
    description:
      "Supplements that support cellular energy and stamina, picked with chronic fatigue and ME in mind.",
  },
  {
    handle: "lyme-disease",
    name: "Lyme Disease",
    description:
      "Traditional herbs and antioxidants that many people include in their wellness routine alongside care from their practitioner.",
  },
  {
    handle: "sleep",
    name: "Sleep",
    description:
      "Gentle formulas and calming teas to help you unwind in the evening and support a regular sleep rhythm.",
  },
  {
    handle: "energy",
    name: "Energy",
    description:
      "Nutrients that support natural energy production, focus and endurance without relying on stimulants.",
  },
  {
    handle: "digestive-health",
    name: "Digestive Health",
    description:
      "Probiotics, enzymes, fiber and soothing botanicals to support comfortable digestion and a balanced gut.",
  },
  {
    handle: "immune-support",
    name: "Immune Support",
    description:
      "Vitamins, minerals, mushrooms and herbs that help support the body's natural defenses throughout the year.",
  },
  {
    handle: "natural-wellness",
    name: "Natural Wellness",
    description:
      "Everyday botanicals, adaptogens and antioxidants for overall well-being and a balanced routine.",
  },
  {
    handle: "pain-inflammation",
    name: "Pain & Inflammation",
    description:
      "Botanical extracts, omega-3s and joint nutrients that support comfortable movement and a healthy inflammatory response.",
  },
  {
    handle: "vitamins-minerals",
    name: "Vitamins & Minerals",
    description:
      "Essential vitamins and minerals in well-absorbed forms to help fill everyday nutritional gaps.",
  },
]

// ---------------------------------------------------------------------------
// Products
// ---------------------------------------------------------------------------

export const products: SeedProduct[] = [
  // --- Minerals, fibromyalgia and muscle comfort ---------------------------
  {
    handle: "magnesium-glycinate-200",
    title: "Tranquil Magnesium Glycinate 200 mg",
    subtitle: "Gentle chelated magnesium for muscles and sleep",
    description:
      "Each capsule provides magnesium bound to the amino acid glycine, a form known for being easy on the stomach. Magnesium supports normal muscle relaxation and a calm nervous system. Many customers take it in the evening as part of a wind-down routine.",
    brand: "quiet-harbor-naturals",
    categories: ["sleep", "vitamins-minerals", "fibromyalgia"],
    collections: ["best-sellers"],
    variants: [
      { title: "60 capsules", sku: "QHN-MAGG-60", price: 18.95, stock: 240 },
      { title: "120 capsules", sku: "QHN-MAGG-120", price: 32.95, stock: 180 },
      { title: "240 capsules", sku: "QHN-MAGG-240", price: 58.0, stock: 3 },
    ],
  },
  {
    handle: "magnesium-malate-complex",
    title: "Magnesium Malate Complex",
    subtitle: "Magnesium paired with malic acid for daytime vitality",
    description:
      "This formula combines magnesium with malic acid, a compound that takes part in the body's energy cycle. It is a popular daytime choice for people who want muscle support without feeling drowsy. Take with a meal for best comfort.",
    brand: "northridge-botanicals",
    categories: ["fibromyalgia", "energy", "vitamins-minerals"],
    collections: ["best-sellers", "deals"],
    deal_percent_off: 15,
    variants: [
      { title: "90 capsules", sku: "NRB-MAGM-90", price: 21.95, stock: 210 },
      { title: "180 capsules", sku: "NRB-MAGM-180", price: 37.95, stock: 140 },
    ],
  },
  {
    handle: "fibro-comfort-formula",
    title: "Fibro Comfort Formula",
    subtitle: "Magnesium, malic acid and botanicals in one daily blend",
    description:
      "Fibro Comfort brings together magnesium malate, a modest dose of vitamin B1 and a standardized turmeric extract. The blend is designed to support muscle comfort and everyday energy in a single routine. Three capsules daily with food is the suggested use.",
    brand: "northridge-botanicals",
    categories: ["fibromyalgia", "pain-inflammation"],
    collections: ["deals"],
    deal_percent_off: 25,
    variants: [
      { title: "90 capsules", sku: "NRB-FIBC-90", price: 34.95, stock: 95 },
      { title: "180 capsules", sku: "NRB-FIBC-180", price: 59.95, stock: 60 },
    ],
  },
  {
    handle: "malic-acid-powder",
    title: "Pure Malic Acid Powder",
    subtitle: "Unflavored malic acid with a bright, tart taste",
    description:
      "Malic acid occurs naturally in apples and plays a role in how cells produce energy. This pure powder has a tart flavor that mixes well into water, juice or an electrolyte drink. A small scoop is included.",
    brand: "solwick-nutrition",
    categories: ["fibromyalgia", "energy"],
    collections: [],
    variants: [
      { title: "4 oz powder", sku: "SOL-MALA-4", price: 9.49, stock: 150 },
      { title: "8 oz powder", sku: "SOL-MALA-8", price: 15.95, stock: 110 },
    ],
  },
  {
    handle: "same-400-enteric",
    title: "SAMe 400 mg Enteric Tablets",
    subtitle: "Stabilized SAMe in blister-packed enteric tablets",
    description:
      "SAMe is a compound the body makes naturally and uses in many everyday processes, including those related to mood and joint comfort. Each tablet is enteric coated and individually sealed in a blister pack to protect freshness. Best taken on an empty stomach.",
    brand: "everline-health",
    categories: ["fibromyalgia", "natural-wellness", "pain-inflammation"],
    collections: ["deals"],
    deal_percent_off: 20,
    variants: [
      { title: "30 tablets", sku: "EVH-SAME-30", price: 34.95, stock: 80 },
      { title: "60 tablets", sku: "EVH-SAME-60", price: 62.95, stock: 45 },
    ],
  },
  {
    handle: "five-htp-100",
    title: "5-HTP 100 mg",
    subtitle: "Griffonia seed extract for mood and restful evenings",
    description:
      "5-HTP is a natural building block the body uses to make serotonin. This extract comes from the seeds of the African Griffonia plant. It may help support a positive mood and a relaxed transition into sleep.",
    brand: "quiet-harbor-naturals",
    categories: ["sleep", "fibromyalgia"],
    collections: [],
    variants: [
      { title: "60 capsules", sku: "QHN-5HTP-60", price: 17.95, stock: 130 },
      { title: "120 capsules", sku: "QHN-5HTP-120", price: 29.95, stock: 85 },
    ],
  },
  {
    handle: "benfotiamine-150",
    title: "Benfotiamine 150 mg",
    subtitle: "Fat-soluble vitamin B1 for nerves and energy",
    description:
      "Benfotiamine is a fat-soluble form of vitamin B1 that is well absorbed. Vitamin B1 supports normal nerve function and the conversion of food into energy. One capsule daily with a meal is typical.",
    brand: "kestrel-peak-supplements",
    categories: ["energy", "fibromyalgia", "vitamins-minerals"],
    collections: [],
    variants: [{ title: "60 capsules", sku: "KPS-BENF-60", price: 18.95, stock: 120 }],
  },
  {
    handle: "magnesium-body-oil",
    title: "Magnesium Chloride Body Oil",
    subtitle: "Topical magnesium spray for tired muscles",
    description:
      "This spray delivers magnesium chloride brine directly to the skin for a soothing massage after a long day. Many people like it as a companion to oral magnesium. A light tingle on first use is normal and usually fades with regular application.",
    brand: "saltmarsh-hydration",
    categories: ["fibromyalgia", "pain-inflammation"],
    collections: ["new-products"],
    variants: [
      { title: "4 fl oz spray", sku: "SMH-MGOIL-4", price: 14.95, stock: 90 },
      { title: "8 fl oz spray", sku: "SMH-MGOIL-8", price: 24.95, stock: 70 },
    ],
  },

  // --- Cellular energy, chronic fatigue ----------------------------------
  {
    handle: "d-ribose-powder",
    title: "D-Ribose Powder",
    subtitle: "Pure ribose sugar for cellular energy",
    description:
      "D-ribose is a simple sugar the body uses as a building block of ATP, the molecule cells rely on for energy. This unflavored powder has a mildly sweet taste and dissolves quickly in water or tea. A measuring scoop is included.",
    brand: "solwick-nutrition",
    categories: ["chronic-fatigue", "energy", "fibromyalgia"],
    collections: ["best-sellers"],
    variants: [
      { title: "8 oz powder", sku: "SOL-RIBO-8", price: 29.95, stock: 160 },
      { title: "16 oz powder", sku: "SOL-RIBO-16", price: 49.95, stock: 2 },
    ],
  },
  {
    handle: "ubiquinol-coq10-100",
    title: "Ubiquinol CoQ10 100 mg",
    subtitle: "Active form of CoQ10 in easy-to-swallow softgels",
    description:
      "Ubiquinol is the reduced, ready-to-use form of coenzyme Q10. CoQ10 supports the mitochondria, the energy centers of the cell, and is concentrated in the heart. The softgels are made with olive oil to help absorption.",
    brand: "cedar-hollow-labs",
    categories: ["energy", "chronic-fatigue"],
    collections: ["best-sellers"],
    variants: [
      { title: "30 softgels", sku: "CHL-UBQ-30", price: 27.95, stock: 200 },
      { title: "60 softgels", sku: "CHL-UBQ-60", price: 44.95, stock: 150 },
    ],
  },
  {
    handle: "nadh-10mg-lozenges",
    title: "NADH 10 mg Lozenges",
    subtitle: "Stabilized NADH that dissolves under the tongue",
    description:
      "NADH is a coenzyme involved in how cells turn nutrients into usable energy. These stabilized lozenges dissolve slowly under the tongue and are best taken in the morning before breakfast. Each bottle includes a moisture-absorbing packet to keep the lozenges fresh.",
    brand: "cedar-hollow-labs",
    categories: ["chronic-fatigue", "energy"],
    collections: ["new-products"],
    variants: [
      { title: "30 lozenges", sku: "CHL-NADH-30", price: 34.95, stock: 75 },
      { title: "60 lozenges", sku: "CHL-NADH-60", price: 59.95, stock: 40 },
    ],
  },
  {
    handle: "pqq-20",
    title: "PQQ 20 mg",
    subtitle: "Mitochondrial support in a small vegetable capsule",
    description:
      "PQQ is a compound found in small amounts in foods like kiwi and green peppers. Research suggests it may support mitochondrial health and healthy cognitive function. It pairs well with CoQ10 in a daily routine.",
    brand: "cedar-hollow-labs",
    categories: ["energy", "chronic-fatigue"],
    collections: ["new-products"],
    variants: [{ title: "30 capsules", sku: "CHL-PQQ-30", price: 29.95, stock: 65 }],
  },
  {
    handle: "mitochondrial-energy-complex",
    title: "Mitochondrial Energy Complex",
    subtitle: "CoQ10, carnitine, ribose and B vitamins together",
    description:
      "This comprehensive blend combines several cellular energy nutrients in one formula, including CoQ10, acetyl-L-carnitine, alpha-lipoic acid and active B vitamins. It is designed for people who prefer fewer bottles on the shelf. Take three capsules daily with breakfast.",
    brand: "cedar-hollow-labs",
    categories: ["chronic-fatigue", "energy", "fibromyalgia"],
    collections: [],
    variants: [{ title: "90 capsules", sku: "CHL-MITO-90", price: 49.95, stock: 55 }],
  },
  {
    handle: "acetyl-l-carnitine-500",
    title: "Acetyl-L-Carnitine 500 mg",
    subtitle: "Amino acid support for energy and focus",
    description:
      "Acetyl-L-carnitine helps shuttle fatty acids into mitochondria, where they can be used for energy. This form also crosses into the brain, where it supports focus and mental clarity. Best taken earlier in the day.",
    brand: "kestrel-peak-supplements",
    categories: ["energy", "chronic-fatigue"],
    collections: [],
    variants: [
      { title: "60 capsules", sku: "KPS-ALCR-60", price: 21.95, stock: 140 },
      { title: "120 capsules", sku: "KPS-ALCR-120", price: 36.95, stock: 90 },
    ],
  },
  {
    handle: "adrenal-balance-blend",
    title: "Adrenal Balance Blend",
    subtitle: "Adaptogens, vitamin C and B5 for everyday resilience",
    description:
      "Adrenal Balance combines ashwagandha, eleuthero and holy basil with vitamin C and pantothenic acid. The formula is meant to support a balanced response to everyday stress and steady energy through the afternoon. Take two capsules in the morning.",
    brand: "lumen-grove",
    categories: ["chronic-fatigue", "energy"],
    collections: ["deals"],
    deal_percent_off: 15,
    variants: [
      { title: "60 capsules", sku: "LMG-ADRB-60", price: 27.95, stock: 100 },
      { title: "120 capsules", sku: "LMG-ADRB-120", price: 48.95, stock: 60 },
    ],
  },
  {
    handle: "cordyceps-extract",
    title: "Cordyceps Mushroom Extract",
    subtitle: "Hot-water extracted cordyceps for stamina",
    description:
      "Cordyceps has a long history of traditional use in the Himalayas as a tonic for stamina. Our cordyceps is cultivated on organic grain and extracted with hot water. It may help support endurance and healthy oxygen use during activity.",
    brand: "pinecroft-mushroom-co",
    categories: ["energy", "chronic-fatigue"],
    collections: [],
    variants: [{ title: "60 capsules", sku: "PMC-CORD-60", price: 26.95, stock: 4 }],
  },
  {
    handle: "electrolyte-hydration-mix",
    title: "Daily Electrolyte Hydration Mix",
    subtitle: "Sodium, potassium and magnesium with a hint of citrus",
    description:
      "Each stick pack blends sodium, potassium and magnesium with a light lemon-lime flavor and only a gram of sugar. It is a favorite among customers who feel better with extra salt and fluids through the day. Stir one stick into 12 to 16 ounces of water.",
    brand: "saltmarsh-hydration",
    categories: ["chronic-fatigue", "energy"],
    collections: ["best-sellers"],
    variants: [
      { title: "30 stick packs", sku: "SMH-HYDR-30", price: 24.95, stock: 320 },
      { title: "60 stick packs", sku: "SMH-HYDR-60", price: 44.95, stock: 190 },
    ],
  },
  {
    handle: "electrolyte-stick-sampler",
    title: "Electrolyte Stick Sampler",
    subtitle: "Six single-serve sticks in three flavors",
    description:
      "A small pack of lemon-lime, raspberry and unflavored electrolyte sticks so you can find a favorite before buying a full box. Each stick contains the same mineral blend as our daily hydration mix. Handy for travel and gym bags.",
    brand: "saltmarsh-hydration",
    categories: ["energy", "natural-wellness"],
    collections: [],
    variants: [{ title: "6 stick packs", sku: "SMH-SAMP-6", price: 7.95, stock: 280 }],
  },
  {
    handle: "electrolyte-effervescent-tablets",
    title: "Effervescent Electrolyte Tablets",
    subtitle: "Drop-in tablets for on-the-go hydration",
    description:
      "These fizzy tablets dissolve in a water bottle in about two minutes. Each one provides a balanced blend of electrolytes with a light orange taste. The compact tube fits easily in a pocket or purse.",
    brand: "saltmarsh-hydration",
    categories: ["energy"],
    collections: [],
    variants: [
      { title: "10 tablets", sku: "SMH-EFFV-10", price: 6.49, stock: 260 },
      { title: "3 tubes (30 tablets)", sku: "SMH-EFFV-30", price: 17.49, stock: 120 },
    ],
  },

  // --- Sleep -------------------------------------------------------------
  {
    handle: "melatonin-3mg-tablets",
    title: "Melatonin 3 mg",
    subtitle: "Low-dose melatonin for occasional sleeplessness",
    description:
      "Melatonin is a hormone the body makes naturally as evening falls. A small dose may help you fall asleep when your schedule has been disrupted by travel or late nights. The tablets are small, unflavored and easy to split.",
    brand: "bright-meadow-nutrients",
    categories: ["sleep"],
    collections: ["best-sellers"],
    variants: [
      { title: "60 tablets", sku: "BMN-MELA-60", price: 6.95, stock: 380 },
      { title: "120 tablets", sku: "BMN-MELA-120", price: 11.95, stock: 260 },
    ],
  },
  {
    handle: "l-theanine-200",
    title: "L-Theanine 200 mg",
    subtitle: "Calm focus from a green tea amino acid",
    description:
      "L-theanine is an amino acid found naturally in green tea leaves. It may help promote a relaxed, settled state without causing drowsiness. Some people take it during the day for calm focus, others before bed.",
    brand: "quiet-harbor-naturals",
    categories: ["sleep", "natural-wellness"],
    collections: [],
    variants: [
      { title: "30 capsules", sku: "QHN-THEA-30", price: 9.49, stock: 210 },
      { title: "60 capsules", sku: "QHN-THEA-60", price: 16.95, stock: 170 },
    ],
  },
  {
    handle: "deep-rest-sleep-blend",
    title: "Deep Rest Sleep Blend",
    subtitle: "Magnesium, glycine and calming herbs for the night",
    description:
      "Deep Rest combines magnesium glycinate, glycine, lemon balm and a low dose of melatonin in one evening formula. It is designed to help you unwind and support a full night of rest. Take two capsules about 30 minutes before bed.",
    brand: "quiet-harbor-naturals",
    categories: ["sleep", "fibromyalgia"],
    collections: ["new-products"],
    variants: [{ title: "60 capsules", sku: "QHN-DRST-60", price: 26.95, stock: 110 }],
  },
  {
    handle: "magnesium-l-threonate",
    title: "Magnesium L-Threonate",
    subtitle: "A brain-focused form of magnesium",
    description:
      "Magnesium L-threonate is a form of magnesium studied for its ability to reach the brain. It may support restful sleep as well as memory and learning. Most people split the daily amount between afternoon and evening.",
    brand: "quiet-harbor-naturals",
    categories: ["sleep", "natural-wellness"],
    collections: ["new-products"],
    variants: [{ title: "90 capsules", sku: "QHN-MGTH-90", price: 38.95, stock: 70 }],
  },
  {
    handle: "evening-calm-herbal-tea",
    title: "Evening Calm Herbal Tea",
    subtitle: "Chamomile, lemon balm and lavender, caffeine free",
    description:
      "A soft, floral blend of chamomile, lemon balm, lavender and a touch of spearmint. It makes a comforting cup to mark the end of the day. Steep one bag for five minutes in freshly boiled water.",
    brand: "willowmere-apothecary",
    categories: ["sleep", "natural-wellness"],
    collections: [],
    variants: [{ title: "20 tea bags", sku: "WMA-ECLM-20", price: 7.49, stock: 230 }],
  },
  {
    handle: "valerian-passionflower",
    title: "Valerian & Passionflower",
    subtitle: "Two traditional calming herbs in one capsule",
    description:
      "Valerian root and passionflower have been used for generations to encourage relaxation before bed. This capsule pairs standardized extracts of both herbs. Valerian has a distinctive earthy aroma, which is normal.",
    brand: "willowmere-apothecary",
    categories: ["sleep"],
    collections: [],
    variants: [{ title: "60 capsules", sku: "WMA-VALP-60", price: 15.95, stock: 5 }],
  },
  {
    handle: "glycine-powder",
    title: "Glycine Powder",
    subtitle: "Naturally sweet amino acid for evening use",
    description:
      "Glycine is a simple amino acid with a naturally sweet taste. Some people stir a scoop into herbal tea before bed to support relaxation and sleep quality. It is also a building block of collagen.",
    brand: "solwick-nutrition",
    categories: ["sleep"],
    collections: [],
    variants: [{ title: "8 oz powder", sku: "SOL-GLYC-8", price: 12.95, stock: 140 }],
  },
  {
    handle: "tart-cherry-concentrate",
    title: "Montmorency Tart Cherry Concentrate",
    subtitle: "Tart cherry juice concentrate, no added sugar",
    description:
      "Montmorency tart cherries naturally contain melatonin and colorful antioxidant compounds. Many people enjoy a small glass in the evening or after exercise. Mix two tablespoons with water or sparkling water.",
    brand: "northridge-botanicals",
    categories: ["sleep", "pain-inflammation"],
    collections: ["deals"],
    deal_percent_off: 15,
    variants: [
      { title: "8 fl oz bottle", sku: "NRB-TCHR-8", price: 16.95, stock: 85 },
      { title: "16 fl oz bottle", sku: "NRB-TCHR-16", price: 27.95, stock: 60 },
    ],
  },

  // --- Adaptogens and natural wellness -----------------------------------
  {
    handle: "ashwagandha-root-extract",
    title: "Ashwagandha Root Extract",
    subtitle: "Standardized ashwagandha for stress balance",
    description:
      "Ashwagandha is a revered herb in Ayurvedic tradition, valued for helping the body adapt to everyday stress. This extract is made from the root only and standardized for withanolides. It may support calm energy during the day and better rest at night.",
    brand: "lumen-grove",
    categories: ["natural-wellness", "sleep", "chronic-fatigue"],
    collections: ["best-sellers"],
    variants: [
      { title: "60 capsules", sku: "LMG-ASHW-60", price: 19.95, stock: 300 },
      { title: "120 capsules", sku: "LMG-ASHW-120", price: 34.95, stock: 210 },
    ],
  },
  {
    handle: "rhodiola-rosea-extract",
    title: "Rhodiola Rosea Extract",
    subtitle: "Arctic root for mental stamina",
    description:
      "Rhodiola grows in cold, high-altitude regions and has a long history of use for endurance. This extract is standardized for rosavins and salidroside. It may help support mental focus and resilience on demanding days.",
    brand: "lumen-grove",
    categories: ["energy", "natural-wellness"],
    collections: [],
    variants: [{ title: "60 capsules", sku: "LMG-RHOD-60", price: 21.95, stock: 150 }],
  },
  {
    handle: "holy-basil-tulsi",
    title: "Holy Basil (Tulsi) Extract",
    subtitle: "A gentle adaptogen for a balanced mood",
    description:
      "Holy basil, known as tulsi in India, is traditionally grown near homes and temples. It is considered a gentle adaptogen that may support a calm, balanced outlook. This capsule contains an extract of the leaf.",
    brand: "lumen-grove",
    categories: ["natural-wellness"],
    collections: [],
    variants: [{ title: "60 capsules", sku: "LMG-TULS-60", price: 17.95, stock: 95 }],
  },
  {
    handle: "lions-mane-extract",
    title: "Lion's Mane Mushroom Extract",
    subtitle: "Fruiting-body extract for focus and clarity",
    description:
      "Lion's mane is a shaggy white mushroom that has attracted interest for its potential to support memory and focus. Pinecroft extracts only the fruiting body grown on hardwood logs. Choose capsules or a powder for coffee and smoothies.",
    brand: "pinecroft-mushroom-co",
    categories: ["natural-wellness"],
    collections: ["new-products"],
    variants: [
      { title: "60 capsules", sku: "PMC-LION-60", price: 27.95, stock: 120 },
      { title: "2 oz powder", sku: "PMC-LION-2", price: 32.95, stock: 80 },
    ],
  },
  {
    handle: "alpha-lipoic-acid-300",
    title: "Alpha-Lipoic Acid 300 mg",
    subtitle: "Versatile antioxidant for cellular health",
    description:
      "Alpha-lipoic acid is an antioxidant that works in both water and fat environments in the body. It supports healthy energy metabolism and helps recycle other antioxidants such as vitamins C and E. Take with a meal.",
    brand: "kestrel-peak-supplements",
    categories: ["natural-wellness", "energy"],
    collections: [],
    variants: [{ title: "60 capsules", sku: "KPS-ALA-60", price: 16.95, stock: 130 }],
  },
  {
    handle: "whole-food-multivitamin",
    title: "Whole Food Daily Multivitamin",
    subtitle: "A complete multi with fruit and vegetable concentrates",
    description:
      "This two-tablet daily multivitamin combines essential vitamins and minerals with a blend of fruit and vegetable concentrates. It uses active forms such as methylfolate and methylcobalamin. A thoughtful foundation for an everyday routine.",
    brand: "northridge-botanicals",
    categories: ["vitamins-minerals", "natural-wellness"],
    collections: [],
    variants: [
      { title: "60 tablets", sku: "NRB-MULT-60", price: 29.95, stock: 175 },
      { title: "120 tablets", sku: "NRB-MULT-120", price: 52.95, stock: 100 },
    ],
  },
  {
    handle: "daily-greens-powder",
    title: "Daily Greens Powder",
    subtitle: "Organic greens, grasses and berries in one scoop",
    description:
      "A scoop of Daily Greens delivers wheatgrass, spirulina, spinach, kale and a mix of berries. It has a mild, slightly sweet flavor that blends easily into water or smoothies. An easy way to add more plant foods to a busy day.",
    brand: "bluestone-vitality",
    categories: ["natural-wellness", "energy"],
    collections: [],
    variants: [
      { title: "30 servings", sku: "BSV-GRNS-30", price: 34.95, stock: 90 },
      { title: "60 servings", sku: "BSV-GRNS-60", price: 62.95, stock: 50 },
    ],
  },

  // --- Digestive health ----------------------------------------------------
  {
    handle: "daily-probiotic-25-billion",
    title: "Daily Probiotic 25 Billion",
    subtitle: "Ten researched strains in shelf-stable capsules",
    description:
      "This probiotic combines ten Lactobacillus and Bifidobacterium strains at 25 billion CFU per capsule. The capsules are shelf stable, so no refrigeration is needed. Friendly bacteria support comfortable digestion and a healthy immune system.",
    brand: "fernbrook-remedies",
    categories: ["digestive-health", "immune-support"],
    collections: ["best-sellers"],
    variants: [
      { title: "30 capsules", sku: "FBR-PROB-30", price: 24.95, stock: 250 },
      { title: "60 capsules", sku: "FBR-PROB-60", price: 42.95, stock: 160 },
    ],
  },
  {
    handle: "broad-spectrum-digestive-enzymes",
    title: "Broad Spectrum Digestive Enzymes",
    subtitle: "Plant-based enzymes for proteins, fats and carbs",
    description:
      "A full complement of plant-sourced enzymes, including protease, amylase, lipase and lactase. Taken with meals, they help break down food for more comfortable digestion. Particularly helpful with larger or richer meals.",
    brand: "fernbrook-remedies",
    categories: ["digestive-health"],
    collections: [],
    variants: [
      { title: "90 capsules", sku: "FBR-ENZY-90", price: 22.95, stock: 140 },
      { title: "180 capsules", sku: "FBR-ENZY-180", price: 39.95, stock: 80 },
    ],
  },
  {
    handle: "saccharomyces-boulardii",
    title: "Saccharomyces Boulardii",
    subtitle: "Beneficial yeast probiotic for travel and everyday use",
    description:
      "Saccharomyces boulardii is a friendly yeast that has been studied for its support of digestive balance. It is a popular companion for travel. Because it is a yeast, it can be taken at the same time as other products without concern about timing.",
    brand: "fernbrook-remedies",
    categories: ["digestive-health", "immune-support"],
    collections: ["deals"],
    deal_percent_off: 10,
    variants: [
      { title: "30 capsules", sku: "FBR-SBOU-30", price: 19.95, stock: 120 },
      { title: "60 capsules", sku: "FBR-SBOU-60", price: 34.95, stock: 75 },
    ],
  },
  {
    handle: "l-glutamine-powder",
    title: "L-Glutamine Powder",
    subtitle: "Amino acid support for the digestive lining",
    description:
      "L-glutamine is an abundant amino acid and a key fuel for the cells that line the intestines. This unflavored powder mixes easily into water or smoothies. It is also popular for recovery after exercise.",
    brand: "fernbrook-remedies",
    categories: ["digestive-health"],
    collections: [],
    variants: [
      { title: "8 oz powder", sku: "FBR-GLUT-8", price: 18.95, stock: 110 },
      { title: "16 oz powder", sku: "FBR-GLUT-16", price: 29.95, stock: 70 },
    ],
  },
  {
    handle: "slippery-elm-marshmallow",
    title: "Slippery Elm & Marshmallow Root",
    subtitle: "Soothing botanicals for digestive comfort",
    description:
      "Slippery elm bark and marshmallow root have a long history of traditional use for soothing the digestive tract. Both herbs are rich in mucilage, which forms a gentle gel with water. Take with a full glass of water.",
    brand: "willowmere-apothecary",
    categories: ["digestive-health"],
    collections: [],
    variants: [{ title: "90 capsules", sku: "WMA-SLEM-90", price: 14.95, stock: 100 }],
  },
  {
    handle: "psyllium-husk-fiber",
    title: "Organic Psyllium Husk Fiber",
    subtitle: "Simple soluble fiber for regularity",
    description:
      "Psyllium husk is a soluble fiber that supports regularity and a healthy digestive rhythm. This organic powder is unflavored and contains no sweeteners. Stir into a tall glass of water and drink promptly.",
    brand: "everline-health",
    categories: ["digestive-health"],
    collections: [],
    variants: [
      { title: "12 oz powder", sku: "EVH-PSYL-12", price: 11.95, stock: 190 },
      { title: "24 oz powder", sku: "EVH-PSYL-24", price: 19.95, stock: 120 },
    ],
  },
  {
    handle: "ginger-digestive-chews",
    title: "Ginger Digestive Chews",
    subtitle: "Soft, spicy ginger chews for the stomach",
    description:
      "These soft chews are made with real ginger root and a little cane sugar. Ginger is traditionally used to settle the stomach, especially while traveling. Keep a pack in the car or a bag.",
    brand: "northridge-botanicals",
    categories: ["digestive-health"],
    collections: [],
    variants: [{ title: "30 chews", sku: "NRB-GCHW-30", price: 5.95, stock: 310 }],
  },
  {
    handle: "peppermint-ginger-tea",
    title: "Peppermint Ginger Tea",
    subtitle: "A refreshing after-meal herbal tea",
    description:
      "A lively blend of peppermint leaf, ginger root and fennel seed. It makes a warming, refreshing cup after a meal. Naturally caffeine free.",
    brand: "willowmere-apothecary",
    categories: ["digestive-health"],
    collections: [],
    variants: [{ title: "20 tea bags", sku: "WMA-PGTE-20", price: 6.95, stock: 240 }],
  },

  // --- Immune support --------------------------------------------------------
  {
    handle: "black-elderberry-syrup",
    title: "Black Elderberry Syrup",
    subtitle: "Organic elderberry with raw honey",
    description:
      "Made from organic black elderberries simmered with ginger, cinnamon and raw honey. Elderberries are rich in deep purple antioxidants and have been used for immune support for centuries. Refrigerate after opening.",
    brand: "willowmere-apothecary",
    categories: ["immune-support"],
    collections: ["best-sellers"],
    variants: [
      { title: "4 fl oz bottle", sku: "WMA-ELDS-4", price: 14.95, stock: 220 },
      { title: "8 fl oz bottle", sku: "WMA-ELDS-8", price: 24.95, stock: 150 },
    ],
  },
  {
    handle: "elderberry-zinc-lozenges",
    title: "Elderberry Zinc Lozenges",
    subtitle: "Berry lozenges with zinc and vitamin C",
    description:
      "Slow-dissolving lozenges that combine elderberry, zinc and vitamin C with a natural berry flavor. They are handy to keep on hand during the colder months. Allow each lozenge to dissolve slowly in the mouth.",
    brand: "willowmere-apothecary",
    categories: ["immune-support"],
    collections: [],
    variants: [{ title: "24 lozenges", sku: "WMA-EZLZ-24", price: 7.95, stock: 270 }],
  },
  {
    handle: "buffered-vitamin-c-1000",
    title: "Buffered Vitamin C 1000 mg",
    subtitle: "Gentle, non-acidic vitamin C with bioflavonoids",
    description:
      "This vitamin C is buffered with calcium and magnesium to be easier on sensitive stomachs. Citrus bioflavonoids are included as a natural companion. Vitamin C supports immune function and collagen formation.",
    brand: "everline-health",
    categories: ["immune-support", "vitamins-minerals"],
    collections: ["deals"],
    deal_percent_off: 10,
    variants: [
      { title: "100 tablets", sku: "EVH-VITC-100", price: 12.95, stock: 260 },
      { title: "250 tablets", sku: "EVH-VITC-250", price: 26.95, stock: 140 },
    ],
  },
  {
    handle: "zinc-picolinate-30",
    title: "Zinc Picolinate 30 mg",
    subtitle: "A well-absorbed form of zinc",
    description:
      "Zinc picolinate is a form of zinc that is readily absorbed. Zinc supports immune function, skin health and a normal sense of taste and smell. Take with food to avoid an upset stomach.",
    brand: "bright-meadow-nutrients",
    categories: ["immune-support", "vitamins-minerals"],
    collections: [],
    variants: [
      { title: "60 capsules", sku: "BMN-ZINC-60", price: 9.95, stock: 230 },
      { title: "120 capsules", sku: "BMN-ZINC-120", price: 16.95, stock: 140 },
    ],
  },
  {
    handle: "reishi-mushroom-extract",
    title: "Reishi Mushroom Extract",
    subtitle: "The calm, grounding mushroom",
    description:
      "Reishi has been treasured in East Asian tradition for centuries. Our dual-extracted reishi may support a healthy immune response and a sense of calm in the evening. Available as capsules or a bitter, earthy powder for tea.",
    brand: "pinecroft-mushroom-co",
    categories: ["immune-support", "sleep", "natural-wellness"],
    collections: [],
    variants: [
      { title: "60 capsules", sku: "PMC-REIS-60", price: 24.95, stock: 110 },
      { title: "2 oz powder", sku: "PMC-REIS-2", price: 29.95, stock: 60 },
    ],
  },
  {
    handle: "turkey-tail-extract",
    title: "Turkey Tail Mushroom Extract",
    subtitle: "Beta-glucan rich mushroom for immune support",
    description:
      "Turkey tail is a colorful, fan-shaped mushroom that grows on fallen hardwood. It is naturally rich in beta-glucans, which support the immune system. Our extract is tested for beta-glucan content.",
    brand: "pinecroft-mushroom-co",
    categories: ["immune-support"],
    collections: ["deals"],
    deal_percent_off: 15,
    variants: [{ title: "90 capsules", sku: "PMC-TTAIL-90", price: 28.95, stock: 85 }],
  },
  {
    handle: "quercetin-bromelain",
    title: "Quercetin with Bromelain",
    subtitle: "A plant flavonoid paired with pineapple enzyme",
    description:
      "Quercetin is a flavonoid found in onions, apples and capers. Here it is combined with bromelain, an enzyme from pineapple stems. Together they may support seasonal comfort and a healthy inflammatory response.",
    brand: "amberfield-wellness",
    categories: ["immune-support", "pain-inflammation"],
    collections: [],
    variants: [
      { title: "60 capsules", sku: "AMB-QUER-60", price: 19.95, stock: 140 },
      { title: "120 capsules", sku: "AMB-QUER-120", price: 33.95, stock: 80 },
    ],
  },
  {
    handle: "nac-600",
    title: "NAC 600 mg",
    subtitle: "N-acetyl cysteine for glutathione support",
    description:
      "NAC is a stable form of the amino acid cysteine, which the body uses to make glutathione. It supports antioxidant defenses and healthy respiratory function. The capsules have a faint sulfur smell, which is normal.",
    brand: "kestrel-peak-supplements",
    categories: ["immune-support", "natural-wellness", "lyme-disease"],
    collections: [],
    variants: [
      { title: "60 capsules", sku: "KPS-NAC-60", price: 13.95, stock: 200 },
      { title: "120 capsules", sku: "KPS-NAC-120", price: 23.95, stock: 130 },
    ],
  },
  {
    handle: "selenium-200",
    title: "Selenium 200 mcg",
    subtitle: "Selenomethionine for antioxidant and thyroid support",
    description:
      "Selenium is a trace mineral that supports antioxidant enzymes and normal thyroid function. This capsule provides it as selenomethionine, a form found naturally in foods. One capsule daily is plenty.",
    brand: "everline-health",
    categories: ["vitamins-minerals", "immune-support"],
    collections: [],
    variants: [{ title: "90 capsules", sku: "EVH-SELE-90", price: 9.95, stock: 160 }],
  },

  // --- Traditional herbs often chosen for Lyme support --------------------
  {
    handle: "andrographis-extract",
    title: "Andrographis Extract",
    subtitle: "The bitter herb of traditional Asian practice",
    description:
      "Andrographis, sometimes called the king of bitters, is widely used in traditional Ayurvedic and Chinese practice. This extract is standardized for andrographolides. It may support a healthy immune response.",
    brand: "harrow-lane-organics",
    categories: ["lyme-disease", "immune-support"],
    collections: [],
    variants: [{ title: "60 capsules", sku: "HLO-ANDR-60", price: 22.95, stock: 90 }],
  },
  {
    handle: "cats-claw-bark",
    title: "Cat's Claw Inner Bark",
    subtitle: "Amazonian vine bark from wild-harvested sources",
    description:
      "Cat's claw is a woody vine from the Amazon rainforest, named for its hooked thorns. The inner bark has been used traditionally for immune and joint support. Our bark is harvested responsibly so the vine can regrow.",
    brand: "harrow-lane-organics",
    categories: ["lyme-disease", "immune-support", "pain-inflammation"],
    collections: [],
    variants: [
      { title: "60 capsules", sku: "HLO-CATC-60", price: 18.95, stock: 105 },
      { title: "120 capsules", sku: "HLO-CATC-120", price: 31.95, stock: 60 },
    ],
  },
  {
    handle: "japanese-knotweed-resveratrol",
    title: "Japanese Knotweed Root",
    subtitle: "A natural source of trans-resveratrol",
    description:
      "Japanese knotweed root is one of the richest natural sources of resveratrol. Resveratrol is an antioxidant that supports healthy circulation and cellular health. This extract is standardized to 50 percent trans-resveratrol.",
    brand: "harrow-lane-organics",
    categories: ["lyme-disease", "natural-wellness"],
    collections: ["new-products"],
    variants: [{ title: "60 capsules", sku: "HLO-KNOT-60", price: 26.95, stock: 80 }],
  },
  {
    handle: "sarsaparilla-root",
    title: "Sarsaparilla Root",
    subtitle: "Traditional root for cleansing routines",
    description:
      "Sarsaparilla is a climbing plant whose roots have been used in traditional herbal practice for generations. It is often included in seasonal cleansing routines. Each capsule contains organic root powder.",
    brand: "harrow-lane-organics",
    categories: ["lyme-disease", "natural-wellness"],
    collections: ["new-products"],
    variants: [{ title: "60 capsules", sku: "HLO-SARS-60", price: 16.95, stock: 70 }],
  },
  {
    handle: "houttuynia-tincture",
    title: "Houttuynia Herbal Tincture",
    subtitle: "Fresh-plant extract in an easy dropper bottle",
    description:
      "Houttuynia is a leafy herb used in traditional Asian practice for immune support. This tincture is made from the fresh plant and has a distinctive flavor. Add the suggested drops to a small amount of water.",
    brand: "harrow-lane-organics",
    categories: ["lyme-disease", "immune-support"],
    collections: [],
    variants: [{ title: "2 fl oz tincture", sku: "HLO-HOUT-2", price: 21.95, stock: 1 }],
  },
  {
    handle: "olive-leaf-extract",
    title: "Olive Leaf Extract",
    subtitle: "Standardized oleuropein from Mediterranean olive leaves",
    description:
      "Olive leaves have a long history of use around the Mediterranean. This extract is standardized for oleuropein, a polyphenol with antioxidant properties. It may support immune and cardiovascular health.",
    brand: "harrow-lane-organics",
    categories: ["immune-support", "lyme-disease"],
    collections: [],
    variants: [{ title: "60 capsules", sku: "HLO-OLIV-60", price: 17.95, stock: 125 }],
  },
  {
    handle: "artemisia-annua-capsules",
    title: "Artemisia Annua (Sweet Wormwood)",
    subtitle: "Traditional sweet wormwood leaf",
    description:
      "Artemisia annua, also called sweet wormwood, has been used in traditional Chinese practice for centuries. This capsule contains the dried aerial parts of the plant. It is very bitter, so capsules are the easiest way to take it.",
    brand: "willowmere-apothecary",
    categories: ["lyme-disease"],
    collections: [],
    variants: [{ title: "90 capsules", sku: "WMA-ARTE-90", price: 21.95, stock: 0 }],
  },
  {
    handle: "gentle-binder-blend",
    title: "Gentle Binder Blend",
    subtitle: "Charcoal, clay and fiber in one capsule",
    description:
      "This blend combines activated coconut charcoal, bentonite clay, chlorella and apple pectin. Binders are often used as part of cleansing routines. Take away from food, medications and other supplements.",
    brand: "fernbrook-remedies",
    categories: ["lyme-disease", "digestive-health"],
    collections: [],
    variants: [
      { title: "60 capsules", sku: "FBR-BIND-60", price: 23.95, stock: 0 },
      { title: "120 capsules", sku: "FBR-BIND-120", price: 41.95, stock: 0 },
    ],
  },
  {
    handle: "liposomal-glutathione",
    title: "Liposomal Glutathione",
    subtitle: "Reduced glutathione in a liquid liposome",
    description:
      "Glutathione is often called the body's master antioxidant. This liquid wraps reduced glutathione in liposomes made from sunflower lecithin. It has a light citrus flavor and can be taken by the spoonful or mixed into juice.",
    brand: "cedar-hollow-labs",
    categories: ["natural-wellness", "immune-support", "lyme-disease"],
    collections: ["new-products"],
    variants: [{ title: "4 fl oz bottle", sku: "CHL-GLUT-4", price: 44.95, stock: 50 }],
  },

  // --- Pain, inflammation and joints -----------------------------------
  {
    handle: "curcumin-phytosome",
    title: "Curcumin Phytosome",
    subtitle: "Highly absorbed turmeric extract",
    description:
      "Curcumin is the bright yellow compound in turmeric root. This phytosome form binds curcumin with sunflower lecithin to improve absorption. It may support joint comfort and a healthy inflammatory response.",
    brand: "amberfield-wellness",
    categories: ["pain-inflammation", "fibromyalgia"],
    collections: ["best-sellers", "deals"],
    deal_percent_off: 20,
    variants: [
      { title: "60 capsules", sku: "AMB-CURC-60", price: 31.95, stock: 220 },
      { title: "120 capsules", sku: "AMB-CURC-120", price: 54.95, stock: 130 },
    ],
  },
  {
    handle: "boswellia-serrata-extract",
    title: "Boswellia Serrata Extract",
    subtitle: "Indian frankincense for joint comfort",
    description:
      "Boswellia is a tree resin also known as Indian frankincense. This extract is standardized for boswellic acids, which may support flexibility and joint comfort. It pairs well with turmeric.",
    brand: "amberfield-wellness",
    categories: ["pain-inflammation"],
    collections: [],
    variants: [{ title: "60 capsules", sku: "AMB-BOSW-60", price: 19.95, stock: 135 }],
  },
  {
    handle: "serrapeptase-enzymes",
    title: "Serrapeptase Systemic Enzymes",
    subtitle: "Enteric-coated enzyme blend",
    description:
      "Serrapeptase is a protein-digesting enzyme, combined here with nattokinase and bromelain. When taken between meals, systemic enzymes may support recovery and normal tissue comfort. The capsules are enteric coated to pass through the stomach.",
    brand: "amberfield-wellness",
    categories: ["pain-inflammation", "lyme-disease"],
    collections: ["deals"],
    deal_percent_off: 20,
    variants: [
      { title: "60 capsules", sku: "AMB-SERR-60", price: 24.95, stock: 95 },
      { title: "120 capsules", sku: "AMB-SERR-120", price: 42.95, stock: 55 },
    ],
  },
  {
    handle: "omega-3-fish-oil-1000",
    title: "Omega-3 Fish Oil 1000 mg",
    subtitle: "Purified EPA and DHA with a lemon finish",
    description:
      "These softgels provide EPA and DHA from small wild fish such as anchovies and sardines. The oil is molecularly distilled and flavored with natural lemon to reduce aftertaste. Omega-3s support heart, brain and joint health.",
    brand: "tidewater-naturals",
    categories: ["pain-inflammation", "natural-wellness"],
    collections: ["best-sellers"],
    variants: [
      { title: "90 softgels", sku: "TDN-FISH-90", price: 19.95, stock: 290 },
      { title: "180 softgels", sku: "TDN-FISH-180", price: 34.95, stock: 170 },
    ],
  },
  {
    handle: "antarctic-krill-oil",
    title: "Antarctic Krill Oil",
    subtitle: "Phospholipid omega-3s with natural astaxanthin",
    description:
      "Krill oil delivers omega-3 fatty acids bound to phospholipids, along with the red antioxidant astaxanthin. The small softgels are easy to swallow. Krill are harvested under independent sustainability oversight.",
    brand: "tidewater-naturals",
    categories: ["pain-inflammation", "vitamins-minerals"],
    collections: [],
    variants: [{ title: "60 softgels", sku: "TDN-KRIL-60", price: 32.95, stock: 75 }],
  },
  {
    handle: "marine-collagen-peptides",
    title: "Marine Collagen Peptides",
    subtitle: "Unflavored collagen from wild-caught fish",
    description:
      "These hydrolyzed collagen peptides come from the skin of wild-caught whitefish. They dissolve easily in hot or cold drinks without changing the flavor. Collagen supports healthy skin, hair, nails and connective tissue.",
    brand: "tidewater-naturals",
    categories: ["natural-wellness", "pain-inflammation"],
    collections: ["new-products"],
    variants: [
      { title: "10 oz powder", sku: "TDN-COLL-10", price: 36.95, stock: 90 },
      { title: "20 oz powder", sku: "TDN-COLL-20", price: 64.95, stock: 45 },
    ],
  },
  {
    handle: "msm-crystals",
    title: "MSM Crystals",
    subtitle: "Pure methylsulfonylmethane powder",
    description:
      "MSM is a natural source of sulfur, a mineral used to build connective tissue. These fine crystals have a slightly bitter taste and dissolve in water or juice. MSM may support joint comfort and flexibility.",
    brand: "solwick-nutrition",
    categories: ["pain-inflammation"],
    collections: [],
    variants: [
      { title: "8 oz powder", sku: "SOL-MSM-8", price: 13.95, stock: 130 },
      { title: "16 oz powder", sku: "SOL-MSM-16", price: 22.95, stock: 90 },
    ],
  },
  {
    handle: "glucosamine-chondroitin-msm",
    title: "Glucosamine Chondroitin MSM",
    subtitle: "A classic trio for joint support",
    description:
      "This formula combines glucosamine sulfate, chondroitin and MSM, three nutrients commonly used for joint support. They are building blocks of cartilage and the fluid that cushions joints. Results are typically noticed over several weeks of daily use.",
    brand: "bluestone-vitality",
    categories: ["pain-inflammation"],
    collections: [],
    variants: [
      { title: "90 tablets", sku: "BSV-GCMS-90", price: 24.95, stock: 150 },
      { title: "180 tablets", sku: "BSV-GCMS-180", price: 42.95, stock: 85 },
    ],
  },
  {
    handle: "active-joint-complex",
    title: "Active Joint Complex",
    subtitle: "Collagen, hyaluronic acid and boswellia",
    description:
      "Active Joint Complex combines undenatured type II collagen, hyaluronic acid and boswellia extract in two small daily capsules. It is designed for active adults who want to keep moving comfortably. Suitable for long-term daily use.",
    brand: "bluestone-vitality",
    categories: ["pain-inflammation", "natural-wellness"],
    collections: [],
    variants: [{ title: "60 capsules", sku: "BSV-AJNT-60", price: 36.95, stock: 65 }],
  },

  // --- Vitamins & minerals ---------------------------------------------------
  {
    handle: "vitamin-d3-k2-drops",
    title: "Vitamin D3 + K2 Liquid Drops",
    subtitle: "Sunshine vitamin with MK-7 in olive oil",
    description:
      "Each drop provides 1,000 IU of vitamin D3 with vitamin K2 as MK-7, in a base of organic olive oil. Vitamin D supports bones, muscles and immune function, while K2 helps direct calcium to where it belongs. Unflavored and easy to add to food.",
    brand: "bright-meadow-nutrients",
    categories: ["vitamins-minerals", "immune-support"],
    collections: ["best-sellers"],
    variants: [
      { title: "1 fl oz bottle", sku: "BMN-D3K2-1", price: 14.95, stock: 240 },
      { title: "2 fl oz bottle", sku: "BMN-D3K2-2", price: 24.95, stock: 150 },
    ],
  },
  {
    handle: "vitamin-d3-5000-softgels",
    title: "Vitamin D3 5000 IU",
    subtitle: "High-potency vitamin D3 in tiny softgels",
    description:
      "A single small softgel provides 5,000 IU of vitamin D3 as cholecalciferol. It is a convenient option for people who get little sun. Take with a meal that contains some fat.",
    brand: "bright-meadow-nutrients",
    categories: ["vitamins-minerals", "immune-support"],
    collections: [],
    variants: [
      { title: "60 softgels", sku: "BMN-D3-60", price: 8.49, stock: 300 },
      { title: "180 softgels", sku: "BMN-D3-180", price: 19.95, stock: 200 },
    ],
  },
  {
    handle: "active-b-complex",
    title: "Active B-Complex",
    subtitle: "All eight B vitamins in active forms",
    description:
      "This B-complex provides all eight B vitamins, including methylfolate and methylcobalamin. B vitamins help convert food into energy and support the nervous system. A bright yellow color in urine is a normal effect of riboflavin.",
    brand: "bright-meadow-nutrients",
    categories: ["vitamins-minerals", "energy"],
    collections: [],
    variants: [{ title: "60 capsules", sku: "BMN-BCMP-60", price: 17.95, stock: 180 }],
  },
  {
    handle: "methyl-b12-lozenges",
    title: "Methyl B12 1000 mcg Lozenges",
    subtitle: "Cherry-flavored methylcobalamin",
    description:
      "These small cherry lozenges provide vitamin B12 as methylcobalamin, an active form. B12 supports energy metabolism, red blood cell formation and healthy nerves. Allow to dissolve under the tongue.",
    brand: "kestrel-peak-supplements",
    categories: ["vitamins-minerals", "energy", "chronic-fatigue"],
    collections: [],
    variants: [
      { title: "60 lozenges", sku: "KPS-MB12-60", price: 8.99, stock: 280 },
      { title: "120 lozenges", sku: "KPS-MB12-120", price: 14.95, stock: 170 },
    ],
  },
  {
    handle: "iron-bisglycinate",
    title: "Gentle Iron Bisglycinate",
    subtitle: "Non-constipating iron with vitamin C",
    description:
      "Iron bisglycinate is a chelated form of iron known for being gentle on digestion. Vitamin C is included to help absorption. Iron supports the transport of oxygen in the blood and normal energy levels.",
    brand: "bright-meadow-nutrients",
    categories: ["vitamins-minerals", "energy"],
    collections: [],
    variants: [{ title: "60 capsules", sku: "BMN-IRON-60", price: 11.95, stock: 160 }],
  },
  {
    handle: "calcium-magnesium-zinc",
    title: "Calcium Magnesium Zinc",
    subtitle: "Bone-building minerals with vitamin D3",
    description:
      "A balanced mineral trio of calcium citrate, magnesium and zinc, with added vitamin D3. These nutrients work together to support bone strength and muscle function. Divide the daily amount between two meals.",
    brand: "everline-health",
    categories: ["vitamins-minerals"],
    collections: [],
    variants: [
      { title: "120 tablets", sku: "EVH-CMZ-120", price: 13.95, stock: 180 },
      { title: "240 tablets", sku: "EVH-CMZ-240", price: 23.95, stock: 100 },
    ],
  },
  {
    handle: "potassium-citrate-99",
    title: "Potassium Citrate 99 mg",
    subtitle: "Everyday potassium for fluid and muscle balance",
    description:
      "Potassium is an electrolyte that supports normal muscle contraction and fluid balance. Each capsule provides potassium as citrate. A simple addition for people who eat fewer fruits and vegetables than they would like.",
    brand: "bluestone-vitality",
    categories: ["vitamins-minerals"],
    collections: [],
    variants: [{ title: "100 capsules", sku: "BSV-POTC-100", price: 10.95, stock: 140 }],
  },
]
