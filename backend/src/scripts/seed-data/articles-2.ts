// Demo newsroom articles, part 2: Lyme disease, natural wellness and supplement news.
// All text is original and written for this project. Studies, journals, authors,
// organisations and DOIs (reserved 10.5555 prefix) are fictional and illustrative.
// Pure data: no logic lives in this file.
import type { SeedArticle } from "./newsroom"

export const articlesPart2: SeedArticle[] = [
  // ---------------------------------------------------------------------------
  // Lyme disease
  // ---------------------------------------------------------------------------
  {
    handle: "tick-check-routine-after-trail-walks",
    title: "A Five-Minute Tick Check After Every Trail Walk",
    summary:
      "Most tick bites never cause illness, and prompt removal lowers the odds further. Here is a simple routine to repeat every time you come indoors.",
    body: `Warm months bring more time outdoors, and with it more chances to pick up a tick. Most tick bites do not transmit infection, and public health guidance has long stressed that prompt removal lowers the odds further. The habit that matters most is simple: look, every time you come inside.

## Why the first day counts

Ticks that carry the bacteria behind Lyme disease generally need to stay attached for a while before transmission becomes likely. Estimates vary by species and region, but the message from field researchers is consistent: a tick found and removed the same day is far less of a concern than one discovered days later. Young nymph-stage ticks are about the size of a poppy seed, which is why a deliberate check beats a quick glance.

## A routine you can repeat

- Shower within a couple of hours of coming indoors; it makes unattached ticks easier to spot and wash away.
- Check the places ticks prefer: behind the knees, the waistband, armpits, along the hairline and behind the ears.
- Use a hand mirror or ask a partner to check your back and scalp.
- Tumble-dry outdoor clothes on high heat for a few minutes before washing them.
- Check dogs, backpacks and blankets, which can carry ticks into the house.

## Removing a tick

Use fine-tipped tweezers, grasp the tick as close to the skin as possible and pull upward with steady, even pressure. Avoid twisting, squeezing the body, or folk remedies such as heat or nail polish, which only delay removal. Clean the area afterward and note the date on a calendar so you can tell your clinician when the bite happened.

> "The best tick check is the boring one you actually do every single time." That was the advice of one volunteer trail steward, and it is hard to improve on.

## When to call your clinician

Keep an eye on the bite site and on how you feel for the next several weeks. An expanding rash, fever, chills, unusual fatigue, or joint and muscle aches are reasons to contact a clinician promptly, even if you never saw a tick. Early evaluation matters far more than any home remedy or supplement.

For a look at what recovery can involve for the minority of people whose symptoms linger after treatment, see our report on [pacing and lingering fatigue after Lyme treatment](/news/post-treatment-lyme-fatigue-pacing-study).`,
    topic: "lyme-disease",
    author: "rosa-lindqvist",
    published_days_ago: 23,
    status: "published",
    source: {
      text: "Reprinted with the permission of the Ridgeline Trail Walkers Newsletter",
      url: "https://example.org/ridgeline-trail-walkers",
    },
    featured_products: ["electrolyte-stick-sampler", "electrolyte-effervescent-tablets", "cats-claw-bark"],
  },
  {
    handle: "post-treatment-lyme-fatigue-pacing-study",
    title: "Lingering Fatigue After Lyme Treatment: A Small Study Looks at Pacing",
    summary:
      "A pilot trial found that coaching in activity pacing modestly reduced fatigue in adults with symptoms persisting after Lyme treatment. The sample was small and the results preliminary.",
    body: `Finishing a course of antibiotics is the end of treatment, but for some people it is not the end of feeling unwell. A subset of patients describe months of tiredness, aching and foggy thinking, which clinicians often group under the label post-treatment Lyme disease syndrome. Why it happens is still debated, and no single approach has been shown to resolve it. Rather than hunting for a cause, a new pilot study tested something practical: whether structured pacing helps people budget their energy from day to day.

## What the researchers did

A team at a university outpatient clinic enrolled 48 adults who had completed standard treatment at least six months earlier and still reported significant fatigue. Half received twelve weeks of coaching in activity pacing: keeping a daily energy log, breaking tasks into shorter blocks and planning rest before symptoms flared. The other half received usual care and printed information.

## What they found

At twelve weeks, the pacing group reported modestly lower fatigue scores and fewer "crash" days than the comparison group. Sleep quality improved in both groups, and tests of thinking speed did not differ meaningfully between them.

> The authors describe their results as encouraging but preliminary, noting that participants knew which group they were in and that fatigue was self-reported.

## The limits

Forty-eight people is a small sample, and the study lasted only three months. Participants came from a single clinic in one region. The researchers did not test supplements, diet changes or medications, so the findings say nothing about those approaches.

## What it means for readers

If you are still struggling after treatment, pacing is a low-risk strategy worth discussing with your care team. Practical starting points include:

- Tracking energy and symptoms for two weeks to spot patterns.
- Scheduling rest breaks before you feel depleted, not after.
- Keeping a steady sleep and wake time.
- Returning to exercise gradually, ideally with professional guidance.

Some readers also ask about supplements during recovery, from probiotics after a course of antibiotics to magnesium in the evening. Evidence for these in post-treatment Lyme specifically is limited, so review any additions with your clinician, especially if you take other medicines.

Prevention remains the best first step. Our guide to a [five-minute tick check](/news/tick-check-routine-after-trail-walks) covers the basics for the next hiking season.`,
    topic: "lyme-disease",
    author: "rosa-lindqvist",
    published_days_ago: 87,
    status: "published",
    citations: [
      {
        text: "Harlow J, Benedetti M, Osei A. Activity pacing for persistent fatigue after treated Lyme disease: a pilot randomized trial. Demo Journal of Vector-Borne Illness. 2025;11(3):212-221.",
        doi: "10.5555/djvbi.2025.0312",
      },
      {
        text: "Petrakis L, Wen S. Post-treatment symptoms after tick-borne infection: a narrative review. Illustrative Reviews in Infectious Disease. 2024;6(1):45-58.",
        doi: "10.5555/irid.2024.0045",
      },
    ],
    featured_products: [
      "ubiquinol-coq10-100",
      "saccharomyces-boulardii",
      "magnesium-glycinate-200",
      "japanese-knotweed-resveratrol",
    ],
  },

  // ---------------------------------------------------------------------------
  // Natural wellness
  // ---------------------------------------------------------------------------
  {
    handle: "morning-daylight-walk-sleep-timing",
    title: "Morning Daylight May Help You Feel Sleepy at the Right Time",
    summary:
      "A short walk outdoors soon after waking was linked to falling asleep a little sooner in an observational study of office workers. The effect was modest but the habit is free.",
    body: `If you find yourself wide awake at midnight and groggy at seven in the morning, your body clock may be running late. One of the simplest ways to nudge it earlier costs nothing: bright light early in the day.

## How light sets the clock

The brain's master clock takes its cues largely from light entering the eyes. Light in the morning tends to shift the clock earlier, so sleepiness arrives sooner in the evening. Bright light late at night tends to do the opposite. Even on an overcast morning, outdoor light is typically many times brighter than ordinary indoor lighting.

## What a recent study observed

In an illustrative study of 120 office workers, participants who took a 15- to 20-minute walk outdoors within two hours of waking, five days a week for a month, reported falling asleep about 15 minutes sooner on average than a comparison group who kept their usual routine. Wrist-worn trackers suggested slightly more consistent sleep timing, although total sleep time changed little.

The study had clear limits. Participants chose their own group rather than being randomly assigned, the walking itself may have helped independently of the light, and the effect was modest. Still, the approach is low-cost and low-risk.

## Making it a habit

- Get outside soon after waking, even for ten minutes. Coffee on the porch counts.
- On dark winter mornings, a seat beside a bright window is a reasonable second best.
- Dim the lights and put screens away in the last hour before bed.
- Keep your wake-up time steady on weekends, within an hour or so.

## Where supplements fit

Light and routine are the foundation. Some people add a calming caffeine-free tea as part of an evening wind-down; others ask about melatonin. If you are curious about that option, our guide to [melatonin dose and timing](/news/melatonin-low-dose-timing-review) explains why more is not always better. And if your afternoons run on coffee, read about [caffeine cutoffs and sleep](/news/afternoon-caffeine-cutoff-sleep-quality).

Persistent insomnia, loud snoring or heavy daytime sleepiness deserve a conversation with your clinician, since they can signal conditions that light alone will not fix.`,
    topic: "natural-wellness",
    author: "samuel-greer",
    published_days_ago: 1,
    status: "published",
    citations: [
      {
        text: "Marlow T, Adeyemi K, Santos R. Morning outdoor walking and sleep onset in office workers: a controlled cohort. Journal of Example Sleep Health. 2025;4(2):77-86.",
        doi: "10.5555/jesh.2025.0077",
      },
    ],
    featured_products: ["evening-calm-herbal-tea", "l-theanine-200", "melatonin-3mg-tablets"],
  },
  {
    handle: "slow-breathing-two-minute-desk-reset",
    title: "The Two-Minute Desk Reset: What Slow-Breathing Research Suggests",
    summary:
      "A review of small trials links brief slow-breathing breaks to modest, short-lived drops in self-reported stress. Here is how to try one without leaving your chair.",
    body: `Stress at work rarely arrives in one dramatic moment. More often it builds across a morning of emails, meetings and deadlines. A growing body of research suggests that a very short breathing break can take some of the edge off, and it is something you can do without leaving your desk.

## The basic idea

Slowing your breath to around five or six breaths per minute, with an exhale slightly longer than the inhale, appears to shift the nervous system toward a calmer state in many people. Studies often measure this through heart rate variability, a marker that tends to rise when the body is more relaxed.

## What the studies show

A 2025 review of 14 small trials found that brief slow-breathing sessions were associated with modest short-term improvements in self-reported stress and anxiety compared with control activities such as quiet reading. Effects were strongest right after practice and faded over a few hours, which is why researchers suggest repeating the exercise during the day rather than relying on a single session.

The reviewers were cautious. Most trials were short, used different techniques and relied on questionnaires. Few followed people for more than a few weeks.

## Try it

1. Sit upright with both feet on the floor and your shoulders loose.
2. Breathe in through your nose for a count of four.
3. Breathe out gently through pursed lips for a count of six.
4. Repeat for two minutes, or about twelve breaths.

> If counting feels like one more task, drop the numbers and simply make each exhale a little longer than the inhale.

## A reasonable place in a routine

Breathing breaks pair well with other basics: a short walk at lunch, regular meals, and a firm end to the workday. Some people also explore calming options such as L-theanine or adaptogenic herbs like ashwagandha and holy basil. Evidence for these is mixed, and some can interact with medications or thyroid conditions, so check with a pharmacist before adding them.

If stress is spilling into your nights, our piece on [afternoon caffeine cutoffs](/news/afternoon-caffeine-cutoff-sleep-quality) is a good next read. Persistent anxiety, panic or low mood is worth raising with a clinician; a breathing exercise is a helpful tool, not a treatment.`,
    topic: "natural-wellness",
    author: "samuel-greer",
    published_days_ago: 37,
    status: "published",
    source: {
      text: "Reprinted with the permission of the Millbrook Workplace Health Digest",
      url: "https://example.org/millbrook-digest",
    },
    featured_products: ["l-theanine-200", "ashwagandha-root-extract", "holy-basil-tulsi"],
  },
  {
    handle: "closing-the-fiber-gap-without-bloating",
    title: "Closing the Fiber Gap Without the Bloat",
    summary:
      "Most adults eat less fiber than guidelines suggest. Adding it gradually, with enough fluid, helps the gut adjust; here is a four-week plan and a look at psyllium.",
    body: `Most adults eat well below the fiber intake suggested by dietary guidelines, which generally falls somewhere around 25 to 38 grams a day depending on age and sex. Fiber feeds beneficial gut bacteria, supports regularity and helps people feel full. The catch: adding a lot at once can leave you gassy and uncomfortable.

## Go slow, go steady

Dietitians commonly suggest adding about five grams of fiber per day each week until you reach your target. That gives gut bacteria time to adjust. A practical example:

- Week one: swap white bread for a whole-grain loaf.
- Week two: add half a cup of beans or lentils to lunch several days a week.
- Week three: keep a piece of fruit, skin on, as an afternoon snack.
- Week four: stir oats or ground flaxseed into breakfast.

## Drink along with it

Soluble fiber absorbs water. Increasing fiber without increasing fluids can make constipation worse rather than better, so add a glass of water alongside higher-fiber meals.

## What about fiber supplements?

Psyllium husk is one of the more studied fiber supplements. In an illustrative 2024 analysis of pooled trials, daily psyllium was associated with improved stool consistency and small reductions in LDL cholesterol over eight to twelve weeks. The trials varied in dose and quality, and a supplement does not replace the vitamins, minerals and plant compounds that come with whole foods.

If you try a fiber supplement, start with a partial serving, mix it into a full glass of water, and take it at least two hours apart from medications, since fiber can affect how some drugs are absorbed. A warm cup of peppermint or ginger tea is a pleasant way to add fluid during the adjustment weeks.

## When to check in

A change in bowel habits that lasts more than a few weeks, blood in the stool, unexplained weight loss or significant pain should be discussed with a clinician rather than managed with fiber alone. People with certain digestive conditions may need an individualized plan, and some do better with specific types of fiber than others.

Fiber also pairs naturally with fermented foods and probiotics; our explainer on [reading a probiotic label](/news/probiotic-label-strain-codes-explained) covers what to look for.`,
    topic: "natural-wellness",
    author: "maya-ellison",
    published_days_ago: 59,
    status: "published",
    citations: [
      {
        text: "Lindgren P, Okoye C. Psyllium supplementation and bowel and lipid outcomes: a pooled analysis. Example Journal of Digestive Nutrition. 2024;9(4):301-312.",
        doi: "10.5555/ejdn.2024.0301",
      },
    ],
    featured_products: ["psyllium-husk-fiber", "daily-greens-powder", "peppermint-ginger-tea"],
  },
  {
    handle: "hot-weather-hydration-beyond-eight-glasses",
    title: "Beyond Eight Glasses: Rethinking Hydration on Hot Days",
    summary:
      "Fluid needs vary with body size, activity and climate, and they climb quickly in the heat. Signs to watch, when electrolytes help, and who should ask a clinician first.",
    body: `The advice to drink eight glasses of water a day is easy to remember, but it was never a precise rule. Fluid needs vary with body size, activity, climate and diet, and a good share of our water comes from food. On hot days, though, those needs can climb quickly.

## Signs to watch

Thirst is a useful signal for most healthy adults, but it can lag behind, especially in older people. Other clues include darker urine, headache, lightheadedness and unusual tiredness. Pale, straw-colored urine is a rough sign that you are keeping up.

## When water alone may fall short

Sweat carries away sodium along with smaller amounts of potassium and magnesium. For everyday activity, regular meals usually replace these. For long hikes, hard exercise or outdoor work in the heat lasting more than an hour or so, a drink with some electrolytes can help the body hold on to the fluid you take in.

> Drinking very large amounts of plain water during prolonged exertion, without replacing sodium, can occasionally cause blood sodium to fall too low. It is rare, but it is a good reason to sip steadily rather than gulp.

## Practical tips for hot days

- Start the day with a glass of water and keep a bottle where you can see it.
- Eat water-rich foods such as cucumber, melon, citrus and chilled soups.
- Before long outdoor activity, plan your fluids along with a salty snack or an electrolyte drink.
- Schedule strenuous tasks for the cooler morning or evening hours.
- Check on older relatives and neighbors during heat waves, and make sure they have a cool place to rest.

## Heat illness is an emergency

Confusion, fainting, hot dry skin or a very high body temperature during hot weather can signal heat stroke. Call emergency services, move the person somewhere cool and start cooling them while you wait.

## A note on who should be careful

People with heart failure, kidney disease or high blood pressure, and those taking diuretics or certain blood-pressure medications, may have specific limits on fluid, sodium or potassium. Potassium supplements in particular are not suitable for everyone. Ask your clinician what is right for you before changing your routine, especially ahead of a summer of outdoor plans.`,
    topic: "natural-wellness",
    author: "samuel-greer",
    published_days_ago: 103,
    status: "published",
    source: {
      text: "Reprinted with the permission of the Sunport Community Health Bulletin",
      url: "https://example.org/sunport-bulletin",
    },
    featured_products: ["electrolyte-hydration-mix", "electrolyte-effervescent-tablets", "potassium-citrate-99"],
  },
  {
    handle: "strength-training-after-fifty-twice-weekly",
    title: "Two Strength Sessions a Week: What Adults Over 50 Stand to Gain",
    summary:
      "A review of 22 trials links twice-weekly resistance training in adults over 50 to better leg strength and small gains in balance. How to start safely, and why protein matters.",
    body: `Muscle mass and strength tend to decline gradually from middle age onward, a change that can affect balance, everyday tasks and independence later in life. The encouraging news from exercise research is that muscles remain responsive to training well into older age.

## What the research suggests

A 2025 review of 22 trials in adults aged 50 and older found that two or three resistance sessions per week, lasting 30 to 45 minutes, were associated with meaningful gains in leg strength and small improvements in walking speed and balance over 12 to 24 weeks. Gains appeared with gym machines as well as with simple bodyweight or resistance-band exercises.

The reviewers noted limits: many trials were small, most participants were relatively healthy volunteers, and long-term follow-up was scarce. Benefits also faded when people stopped training.

## Getting started

- Choose six to eight movements that cover the major muscle groups, such as sit-to-stands, wall push-ups, band rows, step-ups and a farmer's carry.
- Pick a weight or band that makes the last two repetitions of a set challenging but doable with good form.
- Rest a day between sessions that work the same muscles.
- Progress slowly, adding a few repetitions or slightly more resistance every couple of weeks.

## Food matters too

Muscles need protein to adapt. Many nutrition researchers suggest older adults spread protein across meals rather than saving most of it for dinner. A separate small trial the same year found that participants who ate a protein-rich breakfast gained slightly more strength than those who did not, though the difference was modest and the study was short.

Collagen peptides are popular, but collagen is an incomplete protein, so treat it as a complement to eggs, dairy, fish, legumes and other protein foods rather than a replacement. Vitamin D status also plays a role in muscle and bone health; a simple blood test can show whether you are low, and our explainer on [vitamin D3 with K2](/news/vitamin-d3-with-k2-what-the-pairing-proves) covers the supplement side.

## Check first

If you have heart disease, uncontrolled blood pressure, recent surgery, osteoporosis or painful joints, talk with your clinician or a physical therapist before starting. A qualified trainer can help with form for the first few sessions, which is the best protection against injury.`,
    topic: "natural-wellness",
    author: "maya-ellison",
    published_days_ago: 137,
    status: "published",
    citations: [
      {
        text: "Nakamura H, Ferreira D, Collins B. Resistance training in adults over 50: a systematic review of strength and function outcomes. Demo Journal of Aging and Exercise. 2025;13(1):14-29.",
        doi: "10.5555/djae.2025.0014",
      },
      {
        text: "Ibsen K, Mwangi P. Protein distribution and strength gains in older adults: a randomized pilot. Journal of Demo Nutrition Research. 2025;9(2):88-97.",
        doi: "10.5555/jdnr.2025.0088",
      },
    ],
    featured_products: ["marine-collagen-peptides", "vitamin-d3-k2-drops", "active-joint-complex"],
  },
  {
    handle: "afternoon-caffeine-cutoff-sleep-quality",
    title: "The Afternoon Coffee Question: How Late Is Too Late for Caffeine?",
    summary:
      "Caffeine lingers longer than many people assume, and an afternoon cup may trim sleep without being noticed. A simple two-week experiment can help you find your own cutoff.",
    body: `For many people, the mid-afternoon coffee is a ritual. It may also be quietly trimming their sleep. Caffeine blocks adenosine, a chemical that builds up during the day and creates sleep pressure, and its effects linger longer than many of us assume.

## Half-life, explained

Caffeine's half-life in healthy adults is often cited at around four to six hours, though it varies widely. Genetics, pregnancy, smoking, liver health and some medications can make it shorter or much longer. That means a three o'clock coffee can still leave a meaningful amount of caffeine circulating at bedtime.

## What sleep studies have found

Laboratory studies have repeatedly found that caffeine taken six hours before bed can reduce total sleep time, even when people do not feel that it affected them. Deep sleep appears to be especially sensitive. In an illustrative home study of 60 adults, moving the last caffeinated drink to before noon for two weeks was associated with about 20 extra minutes of sleep per night on wearable trackers. The participants, however, were self-selected coffee drinkers who already suspected caffeine was a problem, so the result may not apply to everyone.

## Finding your cutoff

There is no single right time. A reasonable experiment:

- For two weeks, have your last caffeinated drink before noon.
- Keep a simple log of bedtime, wake time and how rested you feel.
- Then move the cutoff an hour later and see whether anything changes.

Remember the hidden sources: black and green tea, cola, energy drinks, dark chocolate and some over-the-counter pain relievers all contain caffeine.

## Replacing the ritual

Often what we want in the afternoon is a pause, not a stimulant. A short walk outside, a glass of cold water or a caffeine-free herbal tea can fill the same slot. Some people like L-theanine, an amino acid found in tea, for a sense of calm focus, although research on it is still limited.

For more on using daylight to your advantage, read our piece on [morning daylight and sleep timing](/news/morning-daylight-walk-sleep-timing), or try the [two-minute desk reset](/news/slow-breathing-two-minute-desk-reset) when the afternoon slump hits.

> If you regularly rely on caffeine to get through the day despite spending enough time in bed, mention it to a clinician. Ongoing fatigue can have many causes worth checking.`,
    topic: "natural-wellness",
    author: "samuel-greer",
    published_days_ago: 151,
    status: "published",
    featured_products: ["l-theanine-200", "evening-calm-herbal-tea", "glycine-powder"],
  },
  {
    handle: "cold-season-habits-beyond-single-supplement",
    title: "Cold-Season Habits That Matter More Than Any Single Pill",
    summary:
      "Sleep, handwashing and vaccination have the strongest track record against seasonal bugs. Zinc, vitamin C and elderberry show mixed results; here is a balanced look.",
    body: `Every autumn, store shelves fill with products promising to help you sail through cold and flu season. Some have modest evidence behind them. But the habits with the strongest track record are less glamorous, and they tend to matter more.

## The unglamorous basics

- **Sleep.** In studies where volunteers were deliberately exposed to a cold virus, people who habitually slept under six hours were more likely to get sick than those who slept seven hours or more.
- **Handwashing.** Soap and water for about 20 seconds, especially before eating and after time in public spaces, remains one of the most effective ways to reduce spread.
- **Vaccination.** Seasonal vaccines recommended for your age and health status are a proven layer of protection. Ask your clinician or pharmacist which apply to you.
- **Staying home when sick.** It protects coworkers and gives your body time to recover.
- **Moving and eating well.** Regular moderate activity and a diet rich in fruit and vegetables support overall health.

## Where supplements fit

Research on supplements for colds is mixed. An illustrative 2024 review of 18 trials found that zinc lozenges started within a day of symptoms were associated with a slightly shorter cold in some studies, while others showed little effect; side effects such as a bad taste and nausea were common. Regular vitamin C does not appear to prevent colds in most people, though it may modestly shorten them. Elderberry has a handful of small trials with encouraging but inconsistent results. People who are low in vitamin D may benefit from correcting that, which a blood test can reveal.

> No supplement replaces vaccination, sleep or handwashing. Think of supplements as, at most, a small addition to those basics.

## Safety notes

High-dose zinc taken for long periods can lower copper levels, and zinc nasal sprays have been linked to loss of smell, so avoid them. Large doses of vitamin C can upset the stomach. Check with a pharmacist if you take prescription medications, are pregnant, or are buying for a child.

See a clinician promptly for a high fever, trouble breathing, chest pain, or symptoms that get worse after starting to improve. Those are signs that something more than a common cold may be going on.`,
    topic: "natural-wellness",
    author: "samuel-greer",
    published_days_ago: 173,
    status: "published",
    source: {
      text: "Reprinted with the permission of the Elm Street Family Practice Newsletter",
      url: "https://example.com/elm-street-family-practice",
    },
    citations: [
      {
        text: "Albrecht S, Nwosu E, Lam J. Zinc, vitamin C and elderberry for the common cold: a review of randomized trials. Example Reviews in Integrative Health. 2024;7(3):140-152.",
        doi: "10.5555/erih.2024.0140",
      },
    ],
    featured_products: [
      "black-elderberry-syrup",
      "zinc-picolinate-30",
      "buffered-vitamin-c-1000",
      "vitamin-d3-5000-softgels",
    ],
  },

  // ---------------------------------------------------------------------------
  // Supplement news
  // ---------------------------------------------------------------------------
  {
    handle: "magnesium-forms-glycinate-malate-threonate-oxide",
    title: "Glycinate, Malate, Threonate, Oxide: A Pharmacist's Guide to Magnesium Forms",
    summary:
      "Magnesium comes bound to many different partners, and the label's big number is not always the magnesium you get. How the common forms compare and what the evidence supports.",
    body: `Magnesium is one of the most popular supplements on the shelf, and one of the most confusing. A single store might carry half a dozen forms, each with its own label claims. Here is how I explain the differences at the pharmacy counter.

## Elemental magnesium vs. compound weight

First, check how much magnesium you are actually getting. Magnesium is always bound to another molecule, and labels should list the amount of elemental magnesium per serving. A capsule containing 1,000 mg of a magnesium compound might provide only 100 to 200 mg of magnesium itself. Compare products by the elemental amount, not the compound weight. For more on reading panels, see our [supplement facts checklist](/news/supplement-facts-panel-five-lines-to-check).

## The common forms

- **Oxide:** inexpensive and high in magnesium by weight, but generally less well absorbed. It has a laxative effect at higher doses.
- **Citrate:** reasonably well absorbed and also mildly laxative; sometimes used for exactly that purpose.
- **Glycinate (bisglycinate):** bound to the amino acid glycine. Often chosen by people who find other forms upset their stomach.
- **Malate:** bound to malic acid. Popular in daytime formulas, though direct comparisons with other forms are limited.
- **L-threonate:** a newer form studied in animals for its ability to raise magnesium levels in the brain. Human data are still early, and it provides less elemental magnesium per capsule.
- **Chloride (topical):** sprays and oils applied to the skin. How much actually crosses the skin is still debated.

## What the evidence does and doesn't say

An illustrative 2024 review of absorption studies found that organic forms such as citrate and glycinate tended to raise blood magnesium somewhat more than oxide in short-term studies. The trials were small, however, and blood levels are an imperfect marker of total body magnesium. Very few head-to-head trials compare forms for specific outcomes such as sleep quality or muscle cramps, so claims that one form is best for a particular goal usually run ahead of the data.

## Safety

Healthy kidneys clear excess magnesium efficiently, but people with kidney disease should not take magnesium supplements without medical advice. Magnesium can reduce the absorption of certain antibiotics and osteoporosis medications, so separate doses by a few hours and ask your pharmacist about timing. Loose stools are the usual sign that you have taken more than your gut tolerates.`,
    topic: "supplement-news",
    author: "daniel-okafor",
    published_days_ago: 9,
    status: "published",
    citations: [
      {
        text: "Brandt M, Halvorsen T. Comparative absorption of magnesium salts: a review of human studies. Journal of Placeholder Pharmacy Practice. 2024;15(2):61-73.",
        doi: "10.5555/jppp.2024.0061",
      },
    ],
    featured_products: [
      "magnesium-glycinate-200",
      "magnesium-malate-complex",
      "magnesium-l-threonate",
      "magnesium-body-oil",
    ],
  },
  {
    handle: "vitamin-d3-with-k2-what-the-pairing-proves",
    title: "Vitamin D3 With K2: What the Popular Pairing Does and Doesn't Prove",
    summary:
      "The logic behind pairing vitamin D3 with K2 is tidy, but trial evidence for hard outcomes such as fractures is thin. What is known, sensible dosing, and a key drug interaction.",
    body: `Walk down any supplement aisle and you will see vitamin D3 increasingly sold alongside vitamin K2. The reasoning sounds tidy: vitamin D helps the body absorb calcium, and vitamin K2 activates proteins that help direct calcium into bone rather than soft tissue. But a tidy mechanism is not the same as proof of benefit.

## What each vitamin does

Vitamin D supports calcium absorption, bone health and muscle function. Many people in northern latitudes, those with darker skin, older adults and people who spend little time outdoors have low blood levels, especially in winter.

Vitamin K comes in two main forms. K1 is found in leafy greens and is mainly involved in blood clotting. K2, found in fermented foods and some animal products, includes the MK-7 form common in supplements, which stays in the bloodstream longer.

## What the research shows

Large trials of vitamin D in people who are not deficient have generally shown little benefit for fractures or falls. Benefits are more plausible in people who start out low. For K2, an illustrative 2025 review of 11 trials found small improvements in some markers of bone turnover and, in a few studies, bone density, but no clear reduction in fractures. Evidence that combining the two prevents arterial calcification in humans remains limited and mixed.

## Dose sense

More is not better with fat-soluble vitamins. High-potency products such as 5,000 IU of D3 daily are usually best used when a clinician has confirmed a deficiency and plans to recheck blood levels. Very high intakes over time can raise blood calcium, which carries its own risks.

## An important interaction

> Anyone taking warfarin or another vitamin K antagonist should not start vitamin K2 without talking to their prescriber. Even modest amounts can change how the medication works.

## Bottom line

- Ask for a blood test if you think you might be low in vitamin D.
- Choose a dose based on your results, not on the biggest number on the shelf.
- Consider K2 a reasonable but unproven add-on, and check for drug interactions first.
- Remember the basics for bones: enough calcium from food, protein, and regular weight-bearing exercise.

If you are also building strength, our report on [twice-weekly strength training after 50](/news/strength-training-after-fifty-twice-weekly) pairs well with this one.`,
    topic: "supplement-news",
    author: "daniel-okafor",
    published_days_ago: 43,
    status: "published",
    citations: [
      {
        text: "Vance R, Kowalczyk A. Menaquinone-7 supplementation and bone outcomes: a systematic review. Demo Bone and Mineral Reports. 2025;3(1):22-35.",
        doi: "10.5555/dbmr.2025.0022",
      },
      {
        text: "Osterberg L, Dlamini N, Haas F. Vitamin D repletion in deficient adults: dosing patterns and follow-up testing. Journal of Demo Nutrition Research. 2024;8(4):205-214.",
        doi: "10.5555/jdnr.2024.0205",
      },
    ],
    featured_products: ["vitamin-d3-k2-drops", "vitamin-d3-5000-softgels", "calcium-magnesium-zinc"],
  },
  {
    handle: "fish-oil-oxidation-freshness-testing",
    title: "Is Your Fish Oil Fresh? What Oxidation Testing Tells You",
    summary:
      "Omega-3 oils break down when exposed to oxygen, heat and light. A market survey found most products within voluntary limits, but not all. How freshness is measured and how to store your bottle.",
    body: `Omega-3 fatty acids such as EPA and DHA are prone to oxidation, a chemical breakdown that happens when fats are exposed to oxygen, heat and light. Oxidized oil can smell and taste fishy, and some researchers have questioned whether heavily oxidized products deliver what their labels promise.

## How oxidation is measured

Laboratories typically look at a few values:

- **Peroxide value** reflects early, primary oxidation.
- **Anisidine value** reflects secondary breakdown products that form later.
- **TOTOX**, or total oxidation, combines the two into a single number.

Voluntary industry standards set upper limits for each. Some brands publish batch results or share them on request, which is one reason independent testing matters, as we explain in our guide to [what testing seals verify](/news/third-party-testing-seals-what-they-verify).

## What surveys have found

An illustrative 2024 market survey of 40 fish oil products bought in stores and online found that most fell within voluntary oxidation limits, but roughly one in six exceeded at least one of them. Flavored products were harder to assess, because added flavors can interfere with some tests and mask rancid smells. The survey tested each product only once, so it cannot show how storage after purchase affected freshness.

Whether mildly oxidized fish oil is harmful is not settled; studies are limited and their results conflict. Still, fresher oil is the sensible goal.

## Tips for buyers

- Check the expiration date and buy a bottle size you will finish within a few months.
- Store softgels away from heat and light; refrigeration after opening may help if the label allows it.
- Bite into a softgel now and then. A strong, sharp or rancid smell suggests oxidation.
- Favor brands that disclose their testing and oxidation values.

## Before you start

Omega-3 supplements can add to the effects of blood thinners, and they may not suit people with fish or shellfish allergies; krill oil comes from a crustacean. Ask your clinician whether a supplement makes sense for you at all, or whether eating oily fish such as salmon or sardines twice a week would cover your needs.`,
    topic: "supplement-news",
    author: "maya-ellison",
    published_days_ago: 71,
    status: "published",
    source: {
      text: "Adapted with permission from the Lakeside Consumer Health Review",
      url: "https://example.com/lakeside-review",
    },
    citations: [
      {
        text: "Sorensen E, Adebayo T. Oxidation status of retail fish oil supplements: a cross-sectional market survey. Illustrative Journal of Lipid Quality. 2024;5(2):98-107.",
        doi: "10.5555/ijlq.2024.0098",
      },
    ],
    featured_products: ["omega-3-fish-oil-1000", "antarctic-krill-oil"],
  },
  {
    handle: "melatonin-low-dose-timing-review",
    title: "Less Can Be More: What Research Says About Melatonin Dose and Timing",
    summary:
      "A review of 16 trials suggests low melatonin doses taken a few hours before bed shift sleep timing about as well as higher ones. Effects on general insomnia were small.",
    body: `Melatonin is a hormone the body releases in the evening as light fades, signaling that night has arrived. As a supplement, it is widely available and sold in doses from 1 mg to 10 mg or more. A question I hear often at the counter is how much to take. The research suggests the answer is often less than people expect.

## Timing may matter as much as dose

Melatonin acts more like a clock signal than a sedative. An illustrative 2025 review of 16 trials found that lower doses, in the range of 0.5 to 3 mg, taken a few hours before the desired bedtime were roughly as effective at shifting sleep timing as higher doses, with fewer reports of morning grogginess. Effects on total sleep time in people with general insomnia were small, on average adding minutes rather than hours.

The reviewers noted that the trials were mostly short, involved varied populations and used different products, which makes direct comparisons difficult.

## Where it seems most useful

- Jet lag after crossing several time zones.
- Delayed sleep timing, where people fall asleep very late and struggle to wake.
- Shift-work transitions, with guidance from a clinician.

It is less clear whether it helps people whose main problem is staying asleep.

## Label accuracy

Independent testing of melatonin products has repeatedly found that actual content can differ substantially from the label, in some cases well above or below the stated amount. Choosing a product with third-party verification reduces that uncertainty; see [what testing seals verify](/news/third-party-testing-seals-what-they-verify).

## Practical advice

- Start with the lowest dose available. Some people split a scored tablet; ask your pharmacist whether a particular product can be split.
- Take it at a consistent time, and keep the bedroom dark.
- Do not drive or operate machinery after taking it.
- Use it for short periods and reassess.

> Children, pregnant or breastfeeding people, and anyone taking blood thinners, sedatives, seizure medications or immune-suppressing drugs should check with a clinician before using melatonin.

If sleep problems persist beyond a few weeks, talk to your clinician. Structured approaches such as cognitive behavioral therapy for insomnia have stronger long-term evidence than any supplement. Daylight helps too: read about [morning light and sleep timing](/news/morning-daylight-walk-sleep-timing).`,
    topic: "supplement-news",
    author: "daniel-okafor",
    published_days_ago: 17,
    status: "published",
    citations: [
      {
        text: "Reinholt A, Castellanos V. Low-dose versus standard-dose melatonin for sleep timing: a systematic review. Journal of Example Sleep Health. 2025;4(1):12-25.",
        doi: "10.5555/jesh.2025.0012",
      },
    ],
    featured_products: ["melatonin-3mg-tablets", "deep-rest-sleep-blend", "glycine-powder"],
  },
  {
    handle: "probiotic-label-strain-codes-explained",
    title: "Reading a Probiotic Label: Why the Strain Code Matters",
    summary:
      "Two strains of the same bacterial species can behave very differently. A microbiologist's guide to strain names, CFU counts, storage and matching evidence to your goal.",
    body: `Probiotic labels can look like a foreign language: a genus, a species, then a string of letters and numbers. That last part, the strain designation, is easy to skip. From a microbiologist's point of view, it is the most important detail on the bottle.

## Genus, species, strain

Think of it as a family name, a given name and one specific individual. In a name such as Lacticaseibacillus rhamnosus followed by a code, the first word is the genus, the second is the species, and the code identifies one particular strain. Many familiar lactobacilli were reclassified into new genera in recent years, so older and newer labels may use different names for the same organism. Two strains of the same species can behave quite differently, and research on one does not automatically apply to another.

## Why that matters for evidence

When a study reports a benefit, it usually tested a specific strain or combination at a specific dose. An illustrative 2024 review of 30 trials on antibiotic-associated digestive upset found that benefits clustered around a small number of well-studied strains, including the yeast Saccharomyces boulardii, while many products listing unnamed strains had no direct evidence behind them.

## What to look for on the label

- **Full strain names**, not just genus and species.
- **CFU count at expiration**, not only at the time of manufacture, since live microbes decline over time.
- **Storage instructions.** Some products need refrigeration; others are shelf-stable.
- **Evidence that matches your goal.** A strain studied for travel-related stomach upset may not help with something else.

> Higher CFU counts are not automatically better. The right strain at a studied dose matters more than the biggest number on the box.

## Timing with antibiotics

If you take a bacterial probiotic alongside antibiotics, many clinicians suggest separating the doses by a couple of hours. Yeast-based products such as S. boulardii are not affected by antibacterial drugs in the same way.

## Who should be cautious

People who are seriously ill, immunocompromised, have a central venous catheter or are recovering from major surgery should speak with their medical team before taking probiotics, as rare bloodstream infections have been reported.

Finally, remember the bacteria already living in your gut. Fiber from plant foods or supplements such as psyllium feeds them; our guide to [closing the fiber gap](/news/closing-the-fiber-gap-without-bloating) explains how to add it gently.`,
    topic: "supplement-news",
    author: "rosa-lindqvist",
    published_days_ago: 119,
    status: "published",
    featured_products: ["daily-probiotic-25-billion", "saccharomyces-boulardii", "psyllium-husk-fiber"],
  },
  {
    handle: "third-party-testing-seals-what-they-verify",
    title: "What a Third-Party Testing Seal Actually Verifies",
    summary:
      "Independent certification can confirm that a supplement contains what its label says. It cannot tell you whether the product works or suits you. How to check a seal is real.",
    body: `In the United States and a number of other markets, dietary supplements are regulated more like foods than medicines. Manufacturers are responsible for safety and for following good manufacturing practices, but products are not routinely tested by regulators before they reach the shelf. That gap is why independent testing programs exist, and why their seals are worth understanding.

## What a seal typically confirms

Programs differ, but most reputable certifications check some combination of:

- **Identity:** the listed ingredients are actually in the product.
- **Potency:** the amounts match the label within an accepted range.
- **Purity:** the product is screened for specified contaminants such as heavy metals, microbes or pesticides.
- **Manufacturing:** the facility is audited for good practices.
- **Disintegration:** in some programs, tablets are checked to make sure they break down properly.

Some sport-focused certifications also screen for substances banned in competition.

## What a seal does not mean

A testing seal is not an endorsement that the product works, is safe for you, or is right for your health condition. It says nothing about interactions with your medications. And it applies to the specific products that were tested, not to everything a brand sells.

## Checking a claim

- Look the product up in the certifier's public database rather than trusting a logo alone.
- Confirm that the certification covers the exact product, formula and size.
- Be wary of vague phrases such as "lab tested" or "quality assured" with no named program or published results.
- Ask the brand for a certificate of analysis for the batch in your hand. Reputable companies usually provide one.

## Why it matters

Market surveys over the years have found products containing less, or more, of a key ingredient than the label states, and occasionally substances that were not listed at all. Categories such as melatonin and fish oil have drawn particular attention; see our pieces on [melatonin dose and timing](/news/melatonin-low-dose-timing-review) and [fish oil oxidation](/news/fish-oil-oxidation-freshness-testing).

> Testing is about getting what the label says. Whether you need what the label says is a separate question for you and your clinician.

When in doubt, bring the bottle to your pharmacist. A two-minute conversation can cover both questions.`,
    topic: "supplement-news",
    author: "daniel-okafor",
    published_days_ago: 199,
    status: "published",
    featured_products: ["whole-food-multivitamin", "omega-3-fish-oil-1000", "melatonin-3mg-tablets"],
  },
  {
    handle: "supplement-facts-panel-five-lines-to-check",
    title: "Five Lines to Check on Any Supplement Facts Panel",
    summary:
      "Serving size, nutrient form, percent Daily Value, proprietary blends and other ingredients: a pharmacist's quick checklist for reading a supplement label before you buy.",
    body: `The Supplement Facts panel is the most useful part of any bottle, and the part most people skip. Here are the five lines I teach customers to read before they buy.

## 1. Serving size

Every amount on the panel refers to one serving, and a serving might be two, three or even four capsules. A bottle that looks inexpensive may last half as long as you expect. Divide the count by the serving size to see how many days it really covers.

## 2. The form of each nutrient

Entries such as "vitamin B12 (as methylcobalamin)" or "magnesium (as magnesium oxide)" tell you which compound is used. Forms can differ in absorption, tolerability and cost. Our [magnesium forms guide](/news/magnesium-forms-glycinate-malate-threonate-oxide) shows how much this matters for a single mineral.

## 3. Amount and percent Daily Value

Compare the amount with the Daily Value column. Percentages far above 100 are common for water-soluble vitamins, but high amounts of some nutrients, including vitamin A, vitamin B6, niacin and iron, can cause problems over time. If you take several products, add up the overlapping nutrients; it is easy to double up without noticing.

## 4. Proprietary blends

A proprietary blend lists its ingredients but only the total weight of the blend, not the amount of each one. That means you cannot tell whether a key botanical is present at a meaningful amount. Blends are legal, but transparent labels make comparison much easier.

## 5. Other ingredients

Listed just below the panel you will find capsule material, fillers, flavors, sweeteners and allergen information. Check this line if you are vegetarian, avoid gluten or have food allergies.

## Beyond the panel

- Look for a lot number and an expiration date.
- Make sure the manufacturer's contact details are printed on the label.
- Consider whether the product carries independent verification; our explainer on [testing seals](/news/third-party-testing-seals-what-they-verify) covers what they do and do not mean.

> Iron deserves a special mention: accidental overdose of iron-containing products has long been a serious cause of poisoning in young children. Keep them out of reach and in child-resistant containers.

Finally, bring your bottles to your next pharmacy or clinic visit. A quick review can catch duplicates and interactions that labels alone will not reveal.`,
    topic: "supplement-news",
    author: "daniel-okafor",
    published_days_ago: 229,
    status: "published",
    featured_products: ["active-b-complex", "methyl-b12-lozenges", "iron-bisglycinate"],
  },
]
