// Demo product reviews for the seed script: original text written for this project.
// Pure data: no logic lives in this file.

export type SeedReviewer = {
  key: string
  first_name: string
  last_name: string
  email: string
  /** Products (handles) this reviewer bought in one seeded order: their reviews of these are a verified buyer's. */
  bought: string[]
}

export type SeedReview = {
  product: string // a SeedProduct handle
  by: string // a SeedReviewer key
  rating: 1 | 2 | 3 | 4 | 5
  title: string
  body: string
  days_ago: number
  /** Approved unless said otherwise: a few wait in the moderation queue. */
  status?: "pending" | "rejected"
  /** The store's answer, shown under the review. */
  reply?: string
}

export const reviewers: SeedReviewer[] = [
  { key: "maria", first_name: "Maria", last_name: "Kovacs", email: "maria.kovacs@example.com", bought: ["magnesium-glycinate-200", "deep-rest-sleep-blend", "omega-3-fish-oil-1000"] },
  { key: "devon", first_name: "Devon", last_name: "Price", email: "devon.price@example.com", bought: ["ubiquinol-coq10-100", "d-ribose-powder", "acetyl-l-carnitine-500"] },
  { key: "lena", first_name: "Lena", last_name: "Hartmann", email: "lena.hartmann@example.com", bought: ["daily-probiotic-25-billion", "psyllium-husk-fiber", "ginger-digestive-chews"] },
  { key: "samuel", first_name: "Samuel", last_name: "Okafor", email: "samuel.okafor@example.com", bought: ["electrolyte-hydration-mix", "magnesium-body-oil"] },
  { key: "priya", first_name: "Priya", last_name: "Natarajan", email: "priya.natarajan@example.com", bought: ["ashwagandha-root-extract", "l-theanine-200", "holy-basil-tulsi"] },
  { key: "tomas", first_name: "Tomas", last_name: "Ruiz", email: "tomas.ruiz@example.com", bought: [] },
  { key: "grace", first_name: "Grace", last_name: "Lindqvist", email: "grace.lindqvist@example.com", bought: [] },
  { key: "omar", first_name: "Omar", last_name: "Farouk", email: "omar.farouk@example.com", bought: ["curcumin-phytosome", "glucosamine-chondroitin-msm", "boswellia-serrata-extract"] },
  { key: "julia", first_name: "Julia", last_name: "Brandt", email: "julia.brandt@example.com", bought: [] },
  { key: "kenji", first_name: "Kenji", last_name: "Mori", email: "kenji.mori@example.com", bought: [] },
  { key: "rosa", first_name: "Rosa", last_name: "Delgado", email: "rosa.delgado@example.com", bought: ["black-elderberry-syrup", "buffered-vitamin-c-1000", "vitamin-d3-k2-drops"] },
  { key: "ben", first_name: "Ben", last_name: "Ashworth", email: "ben.ashworth@example.com", bought: [] },
  { key: "hannah", first_name: "Hannah", last_name: "Cole", email: "hannah.cole@example.com", bought: ["melatonin-3mg-tablets", "evening-calm-herbal-tea", "methyl-b12-lozenges"] },
  { key: "ivan", first_name: "Ivan", last_name: "Petrov", email: "ivan.petrov@example.com", bought: [] },
  { key: "claire", first_name: "Claire", last_name: "Moreau", email: "claire.moreau@example.com", bought: ["marine-collagen-peptides", "iron-bisglycinate", "whole-food-multivitamin"] },
  { key: "andre", first_name: "Andre", last_name: "Silva", email: "andre.silva@example.com", bought: [] },
  { key: "nina", first_name: "Nina", last_name: "Jablonski", email: "nina.jablonski@example.com", bought: [] },
  { key: "paul", first_name: "Paul", last_name: "Reyes", email: "paul.reyes@example.com", bought: [] },
  { key: "fatima", first_name: "Fatima", last_name: "Zahra", email: "fatima.zahra@example.com", bought: [] },
  { key: "erik", first_name: "Erik", last_name: "Nystrom", email: "erik.nystrom@example.com", bought: [] },
]

export const reviews: SeedReview[] = [
  // Magnesium and fibromyalgia support
  { product: "magnesium-glycinate-200", by: "maria", rating: 5, days_ago: 62, title: "The one form my stomach tolerates", body: "Citrate and oxide both sent me running. Two of these at dinner and my calves stopped cramping at night within a week, with no digestive drama at all." },
  { product: "magnesium-glycinate-200", by: "tomas", rating: 5, days_ago: 41, title: "Calmer evenings", body: "I take two an hour before bed. I would not call it a sleeping pill, but I wind down more easily and wake up less stiff." },
  { product: "magnesium-glycinate-200", by: "nina", rating: 4, days_ago: 18, title: "Works well, capsules are chunky", body: "Does what I hoped for my restless legs. Knocking off a star because the capsules are on the large side; I open one into yogurt on bad days." },
  { product: "magnesium-glycinate-200", by: "erik", rating: 3, days_ago: 6, title: "Fine, but I noticed little", body: "No side effects and the price is fair. After a month I cannot honestly say I feel different, though my wife swears by it." },
  { product: "magnesium-malate-complex", by: "grace", rating: 5, days_ago: 55, title: "Better mornings with fibro", body: "I switched from plain magnesium to this malate blend on my rheumatologist's suggestion. Mornings are less heavy and the afternoon slump is shorter." },
  { product: "magnesium-malate-complex", by: "julia", rating: 4, days_ago: 23, title: "Good value in the big bottle", body: "The 180 count lasts me two months. Slight sour smell when you open the jar, which I gather is the malic acid, but it does not bother me." },
  { product: "fibro-comfort-formula", by: "grace", rating: 4, days_ago: 47, title: "Simplifies my routine", body: "Replaced three separate bottles with this one. I still have flare days, but fewer pills to remember is a real win when brain fog hits." },
  { product: "fibro-comfort-formula", by: "ivan", rating: 2, days_ago: 12, title: "Too many capsules per serving", body: "Four capsules a day and they are big. I gave up after two weeks because I was gagging on them. The ingredients look good on paper.", reply: "Thank you for telling us, Ivan. The full serving is four capsules, but many customers start with two and take them with a meal. If you would like to return the opened bottle, our team will gladly help." },
  { product: "malic-acid-powder", by: "paul", rating: 4, days_ago: 30, title: "Very tart, very pure", body: "A small scoop in a big glass of water with a squeeze of honey is pleasant. On its own it will make your face fold in half. Exactly what the label says." },
  { product: "same-400-enteric", by: "fatima", rating: 5, days_ago: 38, title: "Blister packs make a difference", body: "Other SAMe I tried went off in the bottle. These stay fresh in their foil, and my mood has been steadier since the autumn started." },
  { product: "five-htp-100", by: "kenji", rating: 4, days_ago: 27, title: "Helps me settle", body: "Taken after dinner it takes the edge off busy evenings. I start with one capsule; two made me a little nauseous." },
  { product: "benfotiamine-150", by: "andre", rating: 5, days_ago: 44, title: "Tingling feet much improved", body: "My doctor suggested benfotiamine alongside my other care. Three months in, the pins and needles in my feet are milder most days." },
  { product: "magnesium-body-oil", by: "samuel", rating: 4, days_ago: 33, title: "Great after long runs", body: "I spray it on my calves after training. It tingles for a few minutes and feels slightly sticky, so I use it before a shower rather than after." },
  { product: "magnesium-body-oil", by: "nina", rating: 2, days_ago: 9, title: "Itchy on my skin", body: "The spray itself works fine but the itching was too much for my sensitive skin even when diluted. Probably great for others." },

  // Energy
  { product: "ubiquinol-coq10-100", by: "devon", rating: 5, days_ago: 70, title: "Worth the extra cost over ubiquinone", body: "I am on a statin and the muscle aches were wearing me down. Since switching to ubiquinol my legs feel much more like my own again." },
  { product: "ubiquinol-coq10-100", by: "ben", rating: 4, days_ago: 35, title: "Small softgels, easy to take", body: "Easy to swallow and no fishy burps. Hard to judge energy supplements, but my afternoons are less of a slog." },
  { product: "ubiquinol-coq10-100", by: "claire", rating: 5, days_ago: 14, title: "Part of my daily stack", body: "Have reordered three times now. Arrives well packed and the softgels never stick together, even in summer." },
  { product: "d-ribose-powder", by: "devon", rating: 4, days_ago: 52, title: "Sweet and dissolves instantly", body: "Tastes like mild sugar, so it goes into my morning tea without anyone noticing. It helps on the days after heavy exertion." },
  { product: "d-ribose-powder", by: "tomas", rating: 3, days_ago: 20, title: "Scoop is buried in the powder", body: "Product seems fine, but I had to dig around for the scoop with a spoon. A small thing that annoys me every single time.", reply: "Fair point, Tomas. The scoop settles during shipping; we now ask our packers to tip each tub so it sits on top. Thanks for the nudge." },
  { product: "nadh-10mg-lozenges", by: "grace", rating: 4, days_ago: 29, title: "Gentle lift in the morning", body: "I let one dissolve before breakfast. No jitters like coffee. They are pricey, so I save them for work days." },
  { product: "pqq-20", by: "julia", rating: 4, days_ago: 40, title: "Tiny capsule, easy routine", body: "One small capsule a day, no taste, no issues. I pair it with CoQ10 and feel clearer through long afternoons." },
  { product: "acetyl-l-carnitine-500", by: "devon", rating: 5, days_ago: 26, title: "Sharper at work", body: "Two in the morning on an empty stomach. I notice better focus by mid-morning, and no crash later." },
  { product: "adrenal-balance-blend", by: "fatima", rating: 3, days_ago: 16, title: "Okay, strong herbal smell", body: "Opening the bottle is an experience. I feel a bit steadier in stressful weeks but the smell lingers on my fingers." },
  { product: "cordyceps-extract", by: "erik", rating: 5, days_ago: 48, title: "Better on the bike", body: "Hill climbs feel less punishing since I added cordyceps a couple of months ago. Glad it is back in stock more often now." },
  { product: "electrolyte-hydration-mix", by: "samuel", rating: 5, days_ago: 58, title: "Finally one without a sugar bomb", body: "Light citrus, no syrupy aftertaste. I mix one stick into a big bottle on hot days and the afternoon headaches are gone." },
  { product: "electrolyte-hydration-mix", by: "kenji", rating: 4, days_ago: 22, title: "Salty but effective", body: "Tastes noticeably salty if you use less water than recommended. With the full amount it is refreshing." },
  { product: "electrolyte-hydration-mix", by: "paul", rating: 2, days_ago: 4, title: "Box arrived crushed", body: "Two stick packs had split open and powder was everywhere in the parcel. The drink itself is nice.", reply: "We are sorry the box arrived in that state, Paul. We have changed the padding for this item and sent you a replacement box; no need to return anything." },
  { product: "electrolyte-effervescent-tablets", by: "hannah", rating: 4, days_ago: 31, title: "Handy for travel", body: "A tube lives in my gym bag. Fizzes quickly and tastes fine. Wish there were an unflavored option." },

  // Sleep
  { product: "melatonin-3mg-tablets", by: "hannah", rating: 5, days_ago: 65, title: "Helped with jet lag", body: "Used half a tablet for a few nights after flying east and fell asleep at a sensible hour. Small tablets that split cleanly." },
  { product: "melatonin-3mg-tablets", by: "andre", rating: 3, days_ago: 19, title: "Groggy mornings", body: "I fall asleep faster, but 3 mg leaves me foggy until ten. I am going to try splitting them." },
  { product: "l-theanine-200", by: "priya", rating: 5, days_ago: 53, title: "Calm without sleepiness", body: "I take one with my morning coffee and the jitters are gone while the focus stays. My favourite purchase this year." },
  { product: "l-theanine-200", by: "ivan", rating: 4, days_ago: 24, title: "Subtle but real", body: "Nothing dramatic, just a quieter mind before presentations. No side effects for me." },
  { product: "deep-rest-sleep-blend", by: "maria", rating: 5, days_ago: 49, title: "Falling asleep is easier", body: "Two capsules half an hour before bed. I still wake once, but I drift back off quickly, which never used to happen." },
  { product: "deep-rest-sleep-blend", by: "julia", rating: 4, days_ago: 11, title: "Gentle, no hangover", body: "I prefer this to melatonin because I wake up clear-headed. Takes a few nights before you notice it." },
  { product: "magnesium-l-threonate", by: "kenji", rating: 3, days_ago: 37, title: "Expensive for the dose", body: "Three capsules a day means a bottle lasts a month. I may feel a little sharper but cannot justify the price long term." },
  { product: "evening-calm-herbal-tea", by: "hannah", rating: 5, days_ago: 42, title: "Lovely bedtime ritual", body: "Floral without tasting like soap, which is rare with lavender blends. A cup with honey and I am yawning within the hour." },
  { product: "evening-calm-herbal-tea", by: "rosa", rating: 4, days_ago: 15, title: "Pleasant, a bit weak", body: "I need two bags for a strong cup. The flavour is lovely and my kids like it too." },
  { product: "valerian-passionflower", by: "tomas", rating: 2, days_ago: 28, title: "The smell!", body: "Valerian smells like old socks, I knew that, but this bottle fills the whole cupboard. It does help me sleep, so two stars rather than one.", reply: "Valerian root is famously pungent, and a sign the herb has not been over-processed. A small zip bag around the bottle keeps the cupboard fresh." },
  { product: "glycine-powder", by: "ben", rating: 5, days_ago: 21, title: "Tastes like sugar, works like a charm", body: "A teaspoon in warm water before bed. Sweet and easy, and I sleep more deeply according to my watch." },
  { product: "tart-cherry-concentrate", by: "erik", rating: 4, days_ago: 34, title: "Tasty in sparkling water", body: "A splash in fizzy water is my evening treat. It is tart and rich. I keep it in the fridge once opened." },

  // Stress and mood
  { product: "ashwagandha-root-extract", by: "priya", rating: 5, days_ago: 60, title: "My stress buffer", body: "Taking it for three months now. I notice I react less sharply when the day goes sideways. Capsules are a normal size." },
  { product: "ashwagandha-root-extract", by: "claire", rating: 4, days_ago: 32, title: "Good, took a few weeks", body: "Nothing for the first two weeks, then a gradual easing of the wired-but-tired feeling. Be patient with it." },
  { product: "ashwagandha-root-extract", by: "paul", rating: 1, days_ago: 7, title: "Upset stomach every time", body: "Even with food this gave me stomach cramps within an hour. Stopped after five days.", reply: "We are sorry it disagreed with you, Paul. Ashwagandha does not suit everyone; please check with your doctor before trying it again, and contact us about a refund under our satisfaction promise." },
  { product: "rhodiola-rosea-extract", by: "fatima", rating: 4, days_ago: 45, title: "Helps in busy weeks", body: "I take it only on demanding days and it gives me steadier stamina. Best taken early; in the evening it kept me awake." },
  { product: "holy-basil-tulsi", by: "priya", rating: 4, days_ago: 25, title: "Soft and balancing", body: "Gentler than ashwagandha for me. I use it on weekends when I want to stay relaxed without feeling flat." },
  { product: "lions-mane-extract", by: "ivan", rating: 5, days_ago: 39, title: "Clearer thinking", body: "I write for a living and the afternoons feel less foggy. It took about three weeks to notice." },
  { product: "lions-mane-extract", by: "nina", rating: 4, days_ago: 13, title: "Earthy taste if opened", body: "I open the capsules into coffee, and it tastes faintly of mushroom. Swallowed whole there is no taste at all." },

  // Vitamins, minerals and everyday health
  { product: "whole-food-multivitamin", by: "claire", rating: 5, days_ago: 57, title: "No nausea, finally", body: "Every multi I have tried made me queasy. This one I can take with breakfast without any trouble." },
  { product: "whole-food-multivitamin", by: "andre", rating: 3, days_ago: 17, title: "Tablets are huge", body: "The contents seem good, but two large tablets a day is a struggle. A capsule version would be welcome." },
  { product: "daily-greens-powder", by: "julia", rating: 3, days_ago: 36, title: "Grassy taste", body: "It does taste like a lawn, even in orange juice. I keep drinking it because I eat too few vegetables." },
  { product: "daily-greens-powder", by: "grace", rating: 4, days_ago: 8, title: "Better in a smoothie", body: "Blended with banana and berries you hardly taste it. Mixes without clumps." },
  { product: "daily-probiotic-25-billion", by: "lena", rating: 5, days_ago: 66, title: "Steady digestion", body: "After a course of antibiotics my gut was a mess. Within two weeks things settled. I like that it needs no fridge." },
  { product: "daily-probiotic-25-billion", by: "omar", rating: 4, days_ago: 29, title: "Does the job", body: "Less bloating after meals. The bottle is bigger than it needs to be, but the capsules are fine." },
  { product: "broad-spectrum-digestive-enzymes", by: "kenji", rating: 4, days_ago: 43, title: "Helps with heavy meals", body: "One capsule with a rich dinner and I am not uncomfortable afterwards. I keep a few in my bag for restaurants." },
  { product: "psyllium-husk-fiber", by: "lena", rating: 4, days_ago: 50, title: "Plain and effective", body: "No flavour, just fibre. Drink it quickly because it thickens fast. It keeps me regular." },
  { product: "psyllium-husk-fiber", by: "ben", rating: 2, days_ago: 10, title: "Texture is tough", body: "Even stirred hard it turns into a gel that I can barely get down. I am switching to capsules." },
  { product: "ginger-digestive-chews", by: "lena", rating: 5, days_ago: 38, title: "Spicy and soothing", body: "These saved me on a ferry crossing. They have a real ginger kick, not a candy flavour." },
  { product: "ginger-digestive-chews", by: "rosa", rating: 4, days_ago: 5, title: "Good for morning queasiness", body: "I keep them on the nightstand. A little sticky in warm weather, but they work." },
  { product: "black-elderberry-syrup", by: "rosa", rating: 5, days_ago: 75, title: "The family favourite in winter", body: "My children actually ask for it. Rich berry taste and honey, not medicinal at all." },
  { product: "black-elderberry-syrup", by: "hannah", rating: 4, days_ago: 27, title: "Tasty, goes quickly", body: "Lovely flavour, but the small bottle lasts one household about two weeks in cold season." },
  { product: "elderberry-zinc-lozenges", by: "samuel", rating: 3, days_ago: 19, title: "Zinc aftertaste", body: "Berry flavour first, then a metallic zinc taste at the end. I use them at the first scratchy throat anyway." },
  { product: "buffered-vitamin-c-1000", by: "rosa", rating: 5, days_ago: 46, title: "No heartburn", body: "Regular vitamin C gave me acid reflux. This buffered one does not. Big tablet but smooth coated." },
  { product: "zinc-picolinate-30", by: "tomas", rating: 4, days_ago: 33, title: "Take with food", body: "On an empty stomach it made me nauseous; with lunch there is no problem. Small, easy capsules." },
  { product: "quercetin-bromelain", by: "fatima", rating: 4, days_ago: 26, title: "Spring season helper", body: "I take it through the pollen months alongside my usual routine and find it a useful addition." },
  { product: "nac-600", by: "ivan", rating: 5, days_ago: 52, title: "Good quality NAC", body: "Faint sulphur smell, which is normal for NAC. The capsules are consistent and arrived well within the expiry date." },
  { product: "reishi-mushroom-extract", by: "claire", rating: 4, days_ago: 23, title: "Calm evenings", body: "I take two in the evening and it has become part of my unwinding routine. Bitter if you open a capsule." },
  { product: "olive-leaf-extract", by: "erik", rating: 3, days_ago: 41, title: "Bitter burps", body: "Works for me as a winter staple, but if I take it without food I taste olive leaf for hours." },
  { product: "artemisia-annua-capsules", by: "andre", rating: 4, days_ago: 71, title: "Shame it keeps selling out", body: "I have used this for a while under my practitioner's guidance. Quality is consistent; availability is not." },

  // Joints and inflammation
  { product: "curcumin-phytosome", by: "omar", rating: 5, days_ago: 64, title: "Knees are happier", body: "Plain turmeric did nothing for me. This form has made stairs easier within a month. No yellow staining either." },
  { product: "curcumin-phytosome", by: "nina", rating: 4, days_ago: 21, title: "Good but pricey", body: "Noticeably better than the cheap turmeric I used before. I would buy the bigger bottle if it were on sale more often." },
  { product: "boswellia-serrata-extract", by: "omar", rating: 4, days_ago: 44, title: "Pairs well with curcumin", body: "I use both together for my hands in cold weather. Easy capsules, no aftertaste." },
  { product: "serrapeptase-enzymes", by: "paul", rating: 3, days_ago: 30, title: "Hard to tell", body: "Taken on an empty stomach as directed. Perhaps a little less stiffness; not enough to be sure." },
  { product: "omega-3-fish-oil-1000", by: "maria", rating: 5, days_ago: 58, title: "No fishy burps", body: "The lemon coating really works. I have tried four brands and this is the first I do not taste an hour later." },
  { product: "omega-3-fish-oil-1000", by: "ben", rating: 3, days_ago: 15, title: "Softgels are big", body: "Quality seems good and no aftertaste, but these are large. I have to take them one at a time with plenty of water." },
  { product: "omega-3-fish-oil-1000", by: "julia", rating: 4, days_ago: 3, status: "pending", title: "Reordered for the whole family", body: "My partner and I both take them now. The big bottle is good value and keeps well in the cupboard." },
  { product: "antarctic-krill-oil", by: "kenji", rating: 5, days_ago: 35, title: "Tiny capsules", body: "Much smaller than fish oil and no fishy taste. The red colour surprised me at first; it is the astaxanthin." },
  { product: "marine-collagen-peptides", by: "claire", rating: 5, days_ago: 48, title: "Dissolves completely", body: "Truly unflavoured. It disappears into my coffee without any taste or grit. My nails are stronger." },
  { product: "marine-collagen-peptides", by: "grace", rating: 2, days_ago: 12, title: "Slight fishy smell", body: "Tasteless in coffee, but the bag smells of the sea when opened, which puts me off a little every morning.", reply: "Thanks, Grace. A light sea smell can come from the fish source and fades once the bag has been open a day or two. If yours smells strong, please write to us and we will replace it." },
  { product: "glucosamine-chondroitin-msm", by: "omar", rating: 4, days_ago: 55, title: "Slow but steady", body: "It took about six weeks, but my morning knee stiffness has eased. The tablets are long and a bit hard to swallow." },
  { product: "glucosamine-chondroitin-msm", by: "erik", rating: 4, days_ago: 20, title: "A classic that works for me", body: "Been taking some version of this for years. This one is fair value and never gave me stomach trouble." },
  { product: "active-joint-complex", by: "samuel", rating: 4, days_ago: 24, title: "Good for runners", body: "After marathon training my knees usually complain. With this they have been quieter. Three capsules per day adds up." },
  { product: "msm-crystals", by: "fatima", rating: 3, days_ago: 2, status: "pending", title: "Bitter in water", body: "Dissolves easily but tastes bitter. I mix it into juice to get it down. Too early to judge results." },

  // Vitamins D, B and minerals
  { product: "vitamin-d3-k2-drops", by: "rosa", rating: 5, days_ago: 61, title: "So easy to dose", body: "One drop on a spoon of yoghurt for each of us. My last blood test showed my levels finally in range." },
  { product: "vitamin-d3-k2-drops", by: "tomas", rating: 4, days_ago: 9, title: "Dropper could be better", body: "The oil works well, but the dropper sometimes lets out two drops instead of one. Tap it gently." },
  { product: "vitamin-d3-5000-softgels", by: "nina", rating: 5, days_ago: 39, title: "Tiny and tasteless", body: "The smallest softgels I have ever seen. One a day in winter, no fuss." },
  { product: "vitamin-d3-5000-softgels", by: "andre", rating: 5, days_ago: 1, status: "pending", title: "Great winter staple", body: "Second bottle now. Small softgels, fair price and they arrived two days after ordering." },
  { product: "active-b-complex", by: "julia", rating: 4, days_ago: 28, title: "Bright yellow, as expected", body: "Energy is better since I started. Fair warning to first-timers: riboflavin turns everything neon yellow." },
  { product: "active-b-complex", by: "ivan", rating: 1, days_ago: 10, status: "rejected", title: "Buy my course instead", body: "Forget supplements, visit my website for a secret energy course that doctors hate, limited seats available now." },
  { product: "methyl-b12-lozenges", by: "hannah", rating: 5, days_ago: 47, title: "Nice cherry flavour", body: "They dissolve in a minute and taste like a mild cherry sweet. My energy dips in the afternoon are fewer." },
  { product: "iron-bisglycinate", by: "claire", rating: 5, days_ago: 53, title: "Gentle on the stomach", body: "Ferrous sulphate made me miserable. With this I have had no constipation, and my ferritin is climbing." },
  { product: "iron-bisglycinate", by: "paul", rating: 4, days_ago: 1, status: "pending", title: "Small and easy to take", body: "Week two and no stomach upset so far. I take it with orange juice as the leaflet suggests." },
  { product: "calcium-magnesium-zinc", by: "ben", rating: 2, days_ago: 22, title: "Six tablets a day is a lot", body: "For the full dose you need six big tablets. I could not keep it up. The formula is sensible though.", reply: "Thanks for the honest feedback, Ben. Many customers split the serving across breakfast and dinner. We have passed your note on to the maker, who is looking at a smaller tablet." },
  { product: "potassium-citrate-99", by: "samuel", rating: 4, days_ago: 16, title: "Small, simple, useful", body: "I take a couple on long training days when I sweat a lot. Small tablets, no taste, does what it should." },
]
