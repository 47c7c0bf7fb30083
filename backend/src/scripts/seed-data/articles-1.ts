// Demo newsroom articles, part 1: fibromyalgia, chronic fatigue (ME/CFS) and Lyme disease.
// All text is original and written for this project. Studies, journals, organisations and
// authors mentioned here are fictional and illustrative; DOIs use the reserved 10.5555/ prefix.
// Pure data: no logic lives in this file.
import type { SeedArticle } from "./newsroom"

export const articlesPart1: SeedArticle[] = [
  // --- Fibromyalgia --------------------------------------------------------
  {
    handle: "magnesium-fibromyalgia-muscle-pain-trial",
    title: "Small Trial Tests Magnesium for Fibromyalgia Muscle Pain, With Mixed Results",
    summary:
      "A 12-week trial of 120 adults with fibromyalgia found a modest drop in tender-point pain with daily magnesium, but no clear change in fatigue.",
    body: `Magnesium is one of the first supplements many people with fibromyalgia try, and a new illustrative trial offers a closer look at what it may and may not do.

## What the study looked at

Researchers at a university pain clinic enrolled 120 adults who had been living with fibromyalgia for at least two years. Half took 300 mg of magnesium, as a glycinate and malate combination, every day for 12 weeks. The other half took a matching placebo. Neither the participants nor the clinic staff knew who received which capsule.

At the end of the study, the magnesium group reported a small but measurable drop in tender-point pain scores compared with the placebo group. Sleep questionnaires also leaned slightly in favor of magnesium. Fatigue scores, however, were essentially unchanged in both groups.

## Reading the results carefully

The authors described their findings as preliminary. Twelve weeks is a short window for a condition that tends to rise and fall over months, and roughly one in six participants left the study early. Most volunteers were women between 35 and 60, so the results may not apply equally to everyone.

> "We see this as a reason to run a larger study, not as a treatment recommendation," the research team wrote in their discussion.

There is also the question of starting levels. Participants who ate the least magnesium-rich food at the outset seemed to show the largest changes, which hints that diet may matter as much as the capsule itself. Leafy greens, beans, nuts and whole grains are all good everyday sources.

## Practical takeaways

- Magnesium is generally well tolerated, but higher doses can loosen stools; glycinate forms tend to be gentler on digestion.
- People with kidney disease should not take magnesium supplements without medical guidance.
- Magnesium can bind to some antibiotics and bone medications, so the timing of doses matters.
- Topical magnesium sprays are popular for massage, though they were not tested in this trial.

If you are wondering whether magnesium belongs in your routine, bring it up at your next appointment. A clinician or pharmacist can look at your medications, kidney function and diet before you start. For more on building a steady daily rhythm, see our guide to [gentle movement and pacing](/news/gentle-movement-pacing-fibromyalgia).`,
    topic: "fibromyalgia",
    author: "maya-ellison",
    published_days_ago: 12,
    status: "published",
    citations: [
      {
        text: "Harlow J, Mendes P, Okoye R. Oral magnesium and tender-point pain in adults with fibromyalgia: a 12-week randomized trial. Journal of Demo Health Studies. 2025;12(3):45-52.",
        doi: "10.5555/jdhs.2025.0123",
      },
      {
        text: "Varga L, Torres A. Dietary magnesium intake and chronic widespread pain: a cross-sectional analysis. Demo Journal of Pain Research. 2023;8(1):10-18.",
        doi: "10.5555/djpr.2023.0041",
      },
    ],
    featured_products: ["magnesium-glycinate-200", "magnesium-malate-complex", "magnesium-body-oil"],
  },
  {
    handle: "fibromyalgia-sleep-routine-small-changes",
    title: "Five Small Sleep Changes People With Fibromyalgia Say Actually Help",
    summary:
      "Unrefreshing sleep is one of the most common complaints in fibromyalgia. Readers of a patient newsletter shared the evening habits that made their nights a little easier.",
    body: `Ask a room of people with fibromyalgia what bothers them most, and many will not say pain first. They will say sleep. Waking up feeling as tired as when you lay down is so common in fibromyalgia that many clinicians consider it a core feature of the condition rather than a side effect.

## Why sleep and pain feed each other

Poor sleep appears to lower the threshold at which the body registers discomfort, and pain in turn makes deep sleep harder to reach. Breaking that loop rarely comes from a single change. Instead, readers of a regional patient newsletter described a handful of small, repeatable habits that added up over several weeks.

## What readers told us

- **A fixed wake-up time.** Several readers said getting up at the same hour, even after a rough night, did more than trying to catch up on weekends.
- **A dim, slow last hour.** Lowering lights, putting the phone in another room and choosing a quiet activity such as reading or stretching helped signal that the day was over.
- **A warm drink without caffeine.** Herbal tea, warm milk or a small glass of diluted tart cherry juice became a cue for winding down.
- **Heat before bed.** A warm shower or a heating pad on sore areas eased the stiffness that made it hard to settle.
- **Writing down tomorrow's worries.** A short list on the nightstand kept racing thoughts from looping after lights out.

Some readers also mentioned evening supplements such as magnesium glycinate or glycine powder. Evidence for these in fibromyalgia is limited and mostly comes from small studies, so it is worth discussing them with a clinician, especially if you already take sleep or pain medication.

## When to ask for more help

Persistent snoring, gasping at night or restless, jumpy legs can point to a separate sleep disorder that deserves its own assessment. Treating an underlying problem like sleep apnea can change how fibromyalgia feels during the day, so mention these signs to your care team rather than assuming they are part of the condition.

Small changes will not fix every night. But for many people, a more predictable evening is the foundation that other strategies build on.`,
    topic: "fibromyalgia",
    author: "samuel-greer",
    published_days_ago: 45,
    status: "published",
    source: {
      text: "Reprinted with the permission of the Northfield Patient Network newsletter",
      url: "https://example.org/northfield",
    },
    featured_products: [
      "magnesium-glycinate-200",
      "glycine-powder",
      "tart-cherry-concentrate",
      "evening-calm-herbal-tea",
    ],
  },
  {
    handle: "gentle-movement-pacing-fibromyalgia",
    title: "Start Low, Go Slow: How Gentle Movement Fits Into Fibromyalgia Care",
    summary:
      "Exercise is often recommended for fibromyalgia, yet pushing too hard can trigger a flare. Here is how people are finding a sustainable middle ground.",
    body: `Few pieces of advice frustrate people with fibromyalgia more than being told to exercise. Many have tried, overdone it on a good day, and spent the next three days on the couch paying for it. Yet gentle, regular movement remains one of the most consistently recommended parts of fibromyalgia care. The trick, according to physical therapists who work with chronic pain, is in the dose.

## Why movement is still on the list

Over time, light activity can help maintain flexibility, support sleep and reduce the stiffness that builds up when muscles stay still for long periods. The benefits tend to appear slowly, over weeks rather than days, which is one reason people give up before they notice a difference.

## Finding your starting point

Therapists often suggest working out a baseline: the amount of activity you can manage on an average day without a noticeable increase in pain the following day. For some people that is a ten-minute walk. For others it is five minutes of seated stretching. Whatever the number, the starting point is usually a little below it.

From there, increases are small, perhaps ten percent every week or two, and only if the previous level felt manageable. Bad days are expected; the plan simply pauses and resumes.

> The goal is not to prove how much you can do. The goal is to do roughly the same amount on good days and bad days.

## Options people find easier

- Warm-water pool exercise, where buoyancy takes pressure off joints
- Slow walking on flat ground, broken into short sessions
- Gentle yoga or tai chi classes adapted for chronic pain
- Stationary cycling at a low resistance

Some people also use a massage or a topical magnesium spray on sore muscles afterwards as part of a recovery ritual. These can make the routine more pleasant, though they are not a substitute for a plan built with a professional.

If fatigue rather than pain is your main limit, the idea of an energy budget may also help; our [energy envelope guide](/news/energy-envelope-pacing-guide) explains how it works. And for the research on one popular muscle supplement, see our report on a recent [magnesium trial](/news/magnesium-fibromyalgia-muscle-pain-trial).

Before starting any new program, check in with your clinician, particularly if you have heart, joint or balance concerns.`,
    topic: "fibromyalgia",
    author: "maya-ellison",
    published_days_ago: 88,
    status: "published",
    source: {
      text: "Adapted with the permission of the Harbor Valley Chronic Pain Alliance member bulletin",
      url: "https://example.com/harbor-valley",
    },
    featured_products: ["magnesium-body-oil", "fibro-comfort-formula", "omega-3-fish-oil-1000"],
  },
  {
    handle: "fibro-fog-what-research-shows",
    title: "Fibro Fog: What Researchers Are Learning About Memory and Focus Problems",
    summary:
      "Forgetting words, losing track mid-sentence, struggling to concentrate: cognitive symptoms in fibromyalgia are real, and studies are starting to map them.",
    body: `People with fibromyalgia have a name for it: fibro fog. It can mean walking into a room and forgetting why, losing the thread of a conversation, or needing to read the same paragraph three times. For years these complaints were brushed aside. A growing body of research now treats them as a genuine part of the condition.

## What the studies measure

In an illustrative 2024 study, researchers at a university neurology clinic gave a battery of memory and attention tests to 90 adults with fibromyalgia and 90 adults without it. The fibromyalgia group scored lower on tasks that required holding several pieces of information in mind at once, especially when a distraction was added. Simple recall of a word list, by contrast, was similar between the groups.

The researchers suggested that pain itself may compete for the brain's attention, leaving fewer resources for demanding tasks. Poor sleep and fatigue likely add to the effect. Importantly, the differences were modest on average, and many participants with fibromyalgia scored in the normal range.

## What seems to help

There is no single treatment for fibro fog, but several approaches come up repeatedly in clinics and patient groups:

- Improving sleep quality, which often brings some mental clarity along with it
- Using external memory aids such as lists, phone reminders and a single notebook
- Tackling demanding mental tasks at the time of day when energy is highest
- Reducing multitasking and background noise during important conversations

Some people explore nutrients linked to nerve and energy metabolism, such as vitamin B1, acetyl-L-carnitine or mushroom extracts like lion's mane. Research on these for fibromyalgia specifically is sparse, and results from other conditions do not automatically carry over.

## A note on other causes

Thyroid problems, low vitamin B12, depression and certain medications can all cause similar symptoms. If your thinking has changed noticeably, ask your clinician to look for these before putting everything down to fibromyalgia. Finding and treating a second problem can make a real difference.`,
    topic: "fibromyalgia",
    author: "maya-ellison",
    published_days_ago: 150,
    status: "published",
    citations: [
      {
        text: "Lindgren K, Abara S, Whitcombe D. Working memory and divided attention in adults with fibromyalgia: a controlled comparison. Demo Journal of Pain Research. 2024;9(2):77-86.",
        doi: "10.5555/djpr.2024.0217",
      },
      {
        text: "Price N, Osei T. Sleep quality as a mediator of cognitive complaints in chronic widespread pain. Illustrative Reviews in Rheumatology. 2022;4(4):201-209.",
        doi: "10.5555/irr.2022.0088",
      },
    ],
    featured_products: ["acetyl-l-carnitine-500", "benfotiamine-150", "lions-mane-extract"],
  },
  {
    handle: "same-fibromyalgia-review-interactions",
    title: "SAMe for Fibromyalgia: A Pharmacist Reads the Evidence and the Warning Labels",
    summary:
      "SAMe has a small research history in fibromyalgia and a longer one in mood and joints. A pharmacist walks through what the studies found and who should be careful.",
    body: `SAMe, short for S-adenosylmethionine, is a compound the body produces on its own and uses in a wide range of chemical reactions. As a supplement, it has been studied for mood, joint comfort and, in a handful of small trials, fibromyalgia. A recent illustrative review pulled those fibromyalgia studies together, and the picture it paints is cautiously interesting rather than conclusive.

## What the review found

The review combined data from five small trials involving just over 300 participants in total. Across these studies, people taking SAMe reported slightly lower pain and morning stiffness than those on placebo, and some trials noted a lift in mood scores. The authors rated the overall quality of evidence as low, because the trials were short, used different doses and measured outcomes in different ways.

In other words, the signal is there, but it is faint, and larger modern studies would be needed to confirm it.

## Interactions deserve attention

From a pharmacist's point of view, SAMe is not a supplement to start casually. Because it may influence serotonin-related pathways, combining it with antidepressants, certain pain medications or other serotonin-boosting supplements such as 5-HTP could raise the risk of unwanted effects. People with bipolar disorder should avoid it unless a specialist advises otherwise, as it has been linked to episodes of mania.

Other practical points:

- SAMe is sensitive to moisture and heat, which is why quality products use enteric coating and blister packs.
- It is usually taken on an empty stomach, and some people notice mild nausea or restlessness at first.
- It tends to be one of the more expensive supplements, so a clear plan with your clinician helps avoid wasted money.

## The bottom line

SAMe may be worth a conversation for some people with fibromyalgia, particularly when mood and joint symptoms overlap. Bring a full list of your medications and supplements to that conversation, and agree in advance on how you will judge whether it is helping after a set number of weeks.`,
    topic: "fibromyalgia",
    author: "daniel-okafor",
    published_days_ago: 30,
    status: "published",
    citations: [
      {
        text: "Moreau C, Nakamura E, Hale B. S-adenosylmethionine for fibromyalgia symptoms: a systematic review of small randomized trials. Journal of Demo Health Studies. 2025;12(6):301-312.",
        doi: "10.5555/jdhs.2025.0410",
      },
    ],
    featured_products: ["same-400-enteric", "magnesium-malate-complex", "curcumin-phytosome"],
  },
  {
    handle: "fibromyalgia-flare-diary-tracking-triggers",
    title: "Keeping a Flare Diary: A Simple Way to Spot Your Fibromyalgia Triggers",
    summary:
      "A few lines a day can reveal patterns in weather, sleep, stress and activity that are easy to miss. Here is how to set up a flare diary you will actually keep.",
    body: `Fibromyalgia flares can feel random. One week is manageable, the next is a struggle, and it is hard to say why. A flare diary will not explain everything, but many people find that a few weeks of simple notes reveal patterns they had never noticed.

## Keep it short

The most common reason diaries fail is that they ask for too much. A useful daily entry can take under two minutes. Pick a consistent time, such as just before bed, and record only a few items:

- Pain level on a scale of 0 to 10
- Fatigue level on the same scale
- Hours of sleep and how rested you felt
- Main activities of the day, including anything unusually demanding
- Stress level, in a word or two
- Anything new: a food, a medication change, a supplement, a weather shift

A paper notebook works perfectly well. Some people prefer a spreadsheet or a notes app so they can scroll back quickly.

## Look for patterns, not proof

After three or four weeks, sit down and read back through the entries. Do bad days tend to follow short nights? Does a busy day show up as pain two days later rather than the next morning? Do flares cluster around cold, damp weather or stressful events at work?

These observations are clues, not conclusions. A diary cannot show cause and effect, and it is easy to see patterns that are not really there. Still, it gives you something concrete to discuss at appointments instead of relying on memory.

## Bring it to your clinician

Clinicians often say a diary is one of the most useful things a patient can bring. It can show whether a new medication, a supplement or a change in routine is making a difference, and it helps set realistic goals. If you are adjusting your evenings, our piece on [small sleep changes](/news/fibromyalgia-sleep-routine-small-changes) offers ideas worth tracking.

Be kind to yourself about gaps. A diary with a few missing days is still far more useful than no diary at all.`,
    topic: "fibromyalgia",
    author: "samuel-greer",
    published_days_ago: 0,
    status: "draft",
    featured_products: ["fibro-comfort-formula", "magnesium-malate-complex", "malic-acid-powder"],
  },

  // --- Chronic fatigue syndrome & ME --------------------------------------
  {
    handle: "d-ribose-me-cfs-pilot-study",
    title: "D-Ribose Pilot Study in ME/CFS Shows Promise, but Researchers Urge Caution",
    summary:
      "An open-label pilot of 60 adults with ME/CFS reported better energy scores after eight weeks of D-ribose. Without a placebo group, the authors say the result is only a starting point.",
    body: `D-ribose, a simple sugar the body uses to build ATP, has long been discussed in ME/CFS communities as a possible energy aid. A new illustrative pilot study gives the idea some fresh data, along with plenty of caveats.

## The study at a glance

Researchers at a university fatigue clinic recruited 60 adults who met standard diagnostic criteria for ME/CFS. Each participant took 5 grams of D-ribose powder two or three times a day for eight weeks and completed questionnaires about energy, sleep, pain and daily function at the start and end.

By week eight, average energy scores had improved by about a fifth, and roughly half the participants described themselves as somewhat or much better. Sleep and pain scores shifted less. A small number of people stopped early because of mild stomach upset or a feeling of light-headedness.

## Why the results need a second look

The study was open-label, which means everyone knew they were taking D-ribose and there was no placebo group. In a condition where symptoms naturally fluctuate and where hope itself can influence how people rate their energy, that is a significant limitation. The authors acknowledged this directly.

> An uncontrolled pilot can tell us whether a larger trial is worth running. It cannot tell us whether the supplement works.

The team is now seeking funding for a randomized, placebo-controlled trial with objective activity measures such as wearable step counters.

## Points to consider

- D-ribose is a sugar, so people with diabetes or blood sugar problems should talk to their clinician before trying it.
- It is usually taken in divided doses, often mixed into water or tea.
- A supplement is best viewed as one small part of a plan that includes pacing and symptom management.

If you are interested in the wider picture of energy management, our explainer on [post-exertional malaise](/news/post-exertional-malaise-explained) describes why pacing remains central to ME/CFS care.`,
    topic: "chronic-fatigue",
    author: "maya-ellison",
    published_days_ago: 7,
    status: "published",
    citations: [
      {
        text: "Ashworth L, Qureshi M, Dalby F. Oral D-ribose in adults with myalgic encephalomyelitis/chronic fatigue syndrome: an open-label pilot study. Illustrative Reviews in Fatigue Medicine. 2025;7(2):58-66.",
        doi: "10.5555/irfm.2025.0062",
      },
      {
        text: "Fennimore R, Castillo J. Designing placebo-controlled supplement trials in fatigue illnesses: lessons from open-label pilots. Journal of Demo Health Studies. 2024;11(5):220-228.",
        url: "https://example.org/demo-journal/fatigue-trial-design",
      },
    ],
    featured_products: ["d-ribose-powder", "ubiquinol-coq10-100", "mitochondrial-energy-complex"],
  },
  {
    handle: "post-exertional-malaise-explained",
    title: "Post-Exertional Malaise, Explained: Why Doing Too Much Can Set You Back for Days",
    summary:
      "Post-exertional malaise is the hallmark of ME/CFS: a worsening of symptoms after physical, mental or emotional effort. Understanding it changes how people plan their days.",
    body: `If there is one feature that sets ME/CFS apart from ordinary tiredness, it is post-exertional malaise, often shortened to PEM. It describes a worsening of symptoms after effort that would once have seemed trivial: a shopping trip, a long phone call, a family gathering.

## What PEM feels like

People describe it in different ways. For some it is a crushing exhaustion; for others it looks more like the flu, with aching muscles, sore throat, headaches and trouble thinking. Sleep may become more broken. The crash often does not arrive straight away. It can start 12 to 48 hours after the activity and last for days or, in severe cases, weeks.

That delay is what makes PEM so hard to manage. By the time symptoms appear, the activity that triggered them may already feel like a distant memory.

## Not just physical effort

PEM is not only about exercise. Concentrating on paperwork, processing a stressful conversation, or spending time in a noisy, bright environment can all count as exertion. Many patients learn to think of their energy as a single account that every kind of activity draws from.

## How people manage it

There is currently no treatment that reliably removes PEM, so management focuses on avoiding crashes:

- **Pacing.** Keeping activity within personal limits, even on good days. Our [energy envelope guide](/news/energy-envelope-pacing-guide) explains one popular approach.
- **Planning rest before it is needed.** Short breaks scheduled in advance tend to work better than resting only once symptoms hit.
- **Watching for early signs.** A racing heart, a sudden heaviness or word-finding trouble can be cues to stop.
- **Supporting circulation.** Some people with ME/CFS also feel worse when standing; see our piece on [salt, fluids and orthostatic intolerance](/news/orthostatic-intolerance-salt-fluids-me-cfs).

## A word on exercise programs

Graded exercise programs that push through symptoms have become controversial for people with PEM. Many clinicians now recommend that any activity plan be built around symptoms rather than fixed targets. If you are offered an exercise program, it is reasonable to ask how it accounts for post-exertional malaise before agreeing to it.`,
    topic: "chronic-fatigue",
    author: "maya-ellison",
    published_days_ago: 60,
    status: "published",
    source: {
      text: "Reprinted with the permission of the Lakeside ME Support Circle quarterly",
      url: "https://example.org/lakeside-me",
    },
    featured_products: ["electrolyte-hydration-mix", "d-ribose-powder", "magnesium-glycinate-200"],
  },
  {
    handle: "orthostatic-intolerance-salt-fluids-me-cfs",
    title: "Salt, Fluids and Standing Up: Why Orthostatic Intolerance Matters in ME/CFS",
    summary:
      "Many people with ME/CFS feel worse when upright. A pharmacist explains what orthostatic intolerance is, why extra fluids and salt are often discussed, and who should be careful.",
    body: `Feeling dizzy, foggy or suddenly drained after standing in a queue is a common experience for people with ME/CFS. The medical term is orthostatic intolerance: a group of problems in which the body struggles to keep blood flowing well to the brain when you are upright.

## What is going on

When you stand, gravity pulls blood toward the legs and abdomen. Normally, blood vessels tighten and the heart rate rises slightly to compensate within seconds. In orthostatic intolerance, that adjustment is slow or incomplete. Some people develop a sharp rise in heart rate, a pattern often described as postural tachycardia; others have drops in blood pressure or subtler changes that still leave them feeling unwell.

An illustrative 2024 survey of 400 adults with ME/CFS found that around two thirds reported symptoms that got worse with prolonged standing, and many said they had never been formally tested for it.

## Why salt and fluids come up

Increasing blood volume is one of the first strategies clinicians often suggest, and that usually means more fluids and, for some patients, more salt. Electrolyte drinks make this easier to do steadily through the day rather than all at once. Other non-drug measures include:

- Getting up slowly, in stages, especially in the morning
- Compression garments for the legs and abdomen
- Sitting rather than standing for tasks like cooking or showering
- Avoiding large, heavy meals and very hot environments

## Who should be careful

Extra salt is not right for everyone. People with high blood pressure, heart failure or kidney disease, and anyone on a salt-restricted diet, should not increase salt intake without direct medical advice. Some blood pressure medications and diuretics also change how the body handles sodium and potassium.

## Getting assessed

A simple stand test or tilt-table test can help confirm orthostatic intolerance. If standing reliably makes you feel worse, ask your clinician whether testing makes sense. Identifying the problem can open the door to more targeted treatment and to practical adjustments that make daily life a little easier.`,
    topic: "chronic-fatigue",
    author: "daniel-okafor",
    published_days_ago: 100,
    status: "published",
    citations: [
      {
        text: "Brennan O, Iwu C, Sandoval M. Self-reported orthostatic symptoms in adults with ME/CFS: results of an online survey. Illustrative Reviews in Fatigue Medicine. 2024;6(3):112-120.",
        doi: "10.5555/irfm.2024.0135",
      },
    ],
    featured_products: [
      "electrolyte-hydration-mix",
      "electrolyte-effervescent-tablets",
      "electrolyte-stick-sampler",
    ],
  },
  {
    handle: "coq10-nadh-fatigue-trials-review",
    title: "CoQ10 and NADH in Chronic Fatigue: What a Review of Small Trials Found",
    summary:
      "Two popular cellular-energy supplements have been tested together and separately in ME/CFS. A review finds modest signals, short studies and a need for better research.",
    body: `Coenzyme Q10 and NADH both play roles in how cells turn food into usable energy, which makes them natural candidates for study in a condition defined by exhaustion. An illustrative review published this year gathered the small trials testing them in ME/CFS to see what, if anything, they add up to.

## What the review included

The authors identified six randomized trials with a combined total of around 450 participants. Some tested CoQ10 alone, some NADH alone, and two tested the combination. Treatment periods ranged from eight to twelve weeks.

Across the studies, participants taking the supplements reported somewhat lower fatigue scores than those on placebo. The combination trials showed the most consistent results. One study also measured heart rate recovery after a short effort test and found a small improvement. Quality-of-life measures and sleep, however, were largely unchanged.

## Important limitations

The reviewers were frank about the weaknesses. Most trials were small and short, several were run by the same research groups, and diagnostic criteria varied from study to study. Few used objective measures of activity, so most conclusions rest on questionnaires. The authors called the overall evidence promising but low in certainty.

## A pharmacist's checklist

If you are considering these supplements, a few practical points apply:

- CoQ10 may reduce the effect of warfarin, and it can lower blood pressure slightly. Anyone on blood thinners or blood pressure medication should check first.
- Ubiquinol is the reduced form of CoQ10 and is often chosen for absorption; it is best taken with a meal containing some fat.
- NADH is usually taken in the morning on an empty stomach, and some people find it mildly stimulating.
- Give any trial a defined length, such as eight to twelve weeks, and track symptoms so you can judge the effect honestly.

## The takeaway

CoQ10 and NADH are reasonable topics to raise with your clinician, especially as part of a broader plan that includes pacing. They should not be seen as a replacement for medical assessment, and the research is not yet strong enough to say who is most likely to benefit.`,
    topic: "chronic-fatigue",
    author: "daniel-okafor",
    published_days_ago: 200,
    status: "published",
    citations: [
      {
        text: "Okonkwo A, Reyes-Bell S, Marsh T. Coenzyme Q10 and NADH supplementation in ME/CFS: a systematic review of randomized trials. Illustrative Reviews in Fatigue Medicine. 2025;7(1):14-27.",
        doi: "10.5555/irfm.2025.0019",
      },
      {
        text: "Halvorsen E, Dube K. Combined CoQ10 and NADH in adults with chronic fatigue: a 12-week placebo-controlled trial. Journal of Demo Health Studies. 2023;10(4):150-158.",
        doi: "10.5555/jdhs.2023.0274",
      },
      {
        text: "Pryce G, Annan L. Supplement and anticoagulant interactions: a practical guide for community pharmacists. Demo Pharmacy Practice Notes. 2022;3(2):33-40.",
        url: "https://example.org/pharmacy-notes/anticoagulant-interactions",
      },
    ],
    featured_products: ["ubiquinol-coq10-100", "nadh-10mg-lozenges", "pqq-20"],
  },
  {
    handle: "energy-envelope-pacing-guide",
    title: "Living Inside the Energy Envelope: A Practical Guide to Pacing With ME/CFS",
    summary:
      "Pacing means matching activity to the energy you actually have. This step-by-step guide shows how people with ME/CFS build a daily plan that reduces crashes.",
    body: `Many people with ME/CFS describe the same cycle: a better day arrives, they catch up on everything they have been putting off, and then they crash for days. Pacing is the practice of breaking that cycle by staying within your available energy, sometimes called the energy envelope, even when you feel able to do more.

## Step one: find your baseline

For one to two weeks, note what you do each day and how you feel the following day. The aim is to find a level of activity that does not trigger a worsening of symptoms. That level is your baseline, and for many people it is lower than they expect.

## Step two: plan in smaller pieces

Once you know your baseline, split tasks into smaller chunks with rest in between. Rest here means genuine rest: lying down in a quiet room, not scrolling on a phone. Many people find it helps to plan:

- The most demanding task of the day at their best time of day
- A rest break before they feel exhausted, not after
- Alternating physical, mental and social activities
- One flexible slot that can be dropped on a low day

## Step three: use simple signals

Some people use a heart rate monitor and set a personal upper limit agreed with their clinician, stopping when they approach it. Others rely on early warning signs such as a heavy feeling in the limbs or difficulty finding words. Either way, the signal is a reason to stop, not to push through.

## Step four: adjust slowly

If several weeks pass without crashes, small increases may be possible. If crashes continue, the baseline may need to come down further. Progress is measured over months, not days, and setbacks are part of the process rather than a failure.

## Support around the plan

Good hydration and regular, simple meals help some people keep energy steadier through the day. Supplements may play a supporting role for some, but no capsule can replace a realistic plan. To understand why overdoing it causes such a delayed crash, read our explainer on [post-exertional malaise](/news/post-exertional-malaise-explained), and share your pacing plan with your clinician so it can be adapted over time.`,
    topic: "chronic-fatigue",
    author: "samuel-greer",
    published_days_ago: 125,
    status: "published",
    source: {
      text: "Reprinted with the permission of the Riverbend Fatigue Alliance newsletter",
      url: "https://example.com/riverbend",
    },
    featured_products: ["electrolyte-hydration-mix", "magnesium-malate-complex", "methyl-b12-lozenges"],
  },
  {
    handle: "supporting-loved-one-with-me-cfs",
    title: "Supporting Someone With ME/CFS: A Guide for Family and Friends",
    summary:
      "When a partner, child or friend has ME/CFS, the right kind of help is not always obvious. Patients and carers share what makes a real difference.",
    body: `ME/CFS affects more than the person who has it. Partners, parents, children and friends often want to help but are unsure how, and well-meaning support can sometimes make things harder. We asked people living with ME/CFS and those who care for them what actually helps.

## Believe them

The most common request was simple: believe what the person tells you about their symptoms. ME/CFS is often invisible. Someone can look fine during a short visit and then spend the following days in bed. Comments like "you looked well yesterday" can feel dismissive, even when they are meant kindly.

## Learn about crashes

Understanding post-exertional malaise changes how family members see everyday decisions. A cancelled plan is not a lack of effort; it is often a way to avoid a crash that could last for days. Our explainer on [post-exertional malaise](/news/post-exertional-malaise-explained) is a good place to start.

## Practical help that makes a difference

Carers and patients listed a range of small, concrete actions:

- Taking on tasks that use a lot of energy, such as grocery shopping or laundry
- Keeping visits short and quiet, and being happy to leave early
- Offering lifts to appointments and taking notes during them
- Preparing simple meals in advance for low days
- Helping set up a resting space with water, snacks and a phone charger within reach

> "The best help is the help you ask about first," one reader told us. "What I need on a good day is completely different from what I need on a bad one."

## Respect the pacing plan

Many people with ME/CFS follow a pacing plan to stay within their energy limits. Encouraging them to do more on a good day can undo weeks of careful progress. Our [energy envelope guide](/news/energy-envelope-pacing-guide) explains the approach so that everyone can work from the same page.

## Look after yourself too

Caring for someone with a long-term illness is demanding. Carer support groups, respite options and honest conversations about your own limits all matter. If you are feeling overwhelmed, speak to your own clinician. Looking after your health is part of looking after theirs.`,
    topic: "chronic-fatigue",
    author: "samuel-greer",
    published_days_ago: -3,
    status: "scheduled",
    featured_products: ["electrolyte-hydration-mix", "deep-rest-sleep-blend", "ubiquinol-coq10-100"],
  },

  // --- Lyme disease --------------------------------------------------------
  {
    handle: "tick-season-field-survey-prevention",
    title: "Tick Season Is Starting Earlier, Field Survey Suggests: How to Protect Yourself",
    summary:
      "A volunteer survey of hiking trails found active ticks weeks earlier in spring than a decade ago. Here are the prevention habits that matter most.",
    body: `Volunteers who have been dragging white cloths along the same woodland trails every spring for a decade have noticed something: ticks are turning up earlier. In an illustrative regional survey, the first active ticks of the year appeared roughly three weeks sooner than in the earliest years of the project, and numbers stayed higher into late autumn.

## What the survey can and cannot tell us

The survey was run by trained volunteers rather than a research laboratory, and the number of sites was small. Changes in weather from year to year, in deer numbers and in how carefully each trail was sampled could all affect the counts. Still, the organisers say the trend is consistent enough to justify earlier reminders for walkers and gardeners.

## Prevention habits that matter

No single step is perfect, which is why public health advice usually combines several:

- **Dress for the trail.** Light-colored long trousers tucked into socks make ticks easier to spot and harder to reach skin.
- **Use a repellent.** Choose a registered insect repellent for skin and follow the label, especially for children.
- **Stay in the middle.** Ticks wait on tall grass and leaf litter at the edges of paths.
- **Check thoroughly.** After time outdoors, check the whole body, including behind the knees, the hairline and around the waist.
- **Shower and dry.** Showering soon after coming inside and tumble-drying clothes on high heat can remove or kill unattached ticks.

## If you find a tick

Remove it promptly with fine-tipped tweezers, gripping close to the skin and pulling steadily upward. Avoid squeezing the body or applying heat or oils. Note the date and the location of the bite, and watch the area for several weeks.

Contact a clinician if you develop an expanding rash, fever, aches or unusual fatigue after a bite. Early treatment matters. Some readers ask about herbal products often discussed in Lyme communities; none has been shown to prevent infection after a bite, and they should never delay medical care.

For a plain-language look at how Lyme disease is diagnosed, see our explainer on [Lyme disease testing](/news/lyme-disease-testing-explained).`,
    topic: "lyme-disease",
    author: "rosa-lindqvist",
    published_days_ago: 2,
    status: "published",
    source: {
      text: "Reprinted with the permission of the Eastbrook Trail Club safety bulletin",
      url: "https://example.org/eastbrook-trails",
    },
    featured_products: ["cats-claw-bark", "japanese-knotweed-resveratrol", "buffered-vitamin-c-1000"],
  },
  {
    handle: "post-treatment-lyme-symptoms-study",
    title: "Lingering Symptoms After Lyme Treatment: A Follow-Up Study Tracks Recovery Over Two Years",
    summary:
      "Most people in a two-year follow-up study recovered after antibiotic treatment for Lyme disease, but a minority still reported fatigue, aches or poor concentration.",
    body: `Most people treated promptly for Lyme disease recover well. But a smaller group continues to experience fatigue, muscle and joint aches or trouble concentrating for months afterward, a pattern often described as post-treatment Lyme disease syndrome. An illustrative follow-up study set out to track how these symptoms change over time.

## How the study worked

Researchers at a regional infectious disease clinic followed 250 adults who had been diagnosed with early Lyme disease and treated with a standard course of antibiotics. Participants completed symptom questionnaires at six months, one year and two years after treatment.

At six months, about one in five reported at least one persistent symptom that affected daily life. By two years, that proportion had fallen to roughly one in ten. Fatigue was the most common lingering complaint, followed by joint aches and difficulty concentrating.

## Who was more likely to have lasting symptoms

People who had a longer delay between the start of symptoms and treatment, and those who had more severe illness at the outset, were somewhat more likely to report symptoms later on. Poor sleep and high stress during recovery were also linked to slower improvement, though the study could not show whether they were causes or consequences.

## What the findings mean

The researchers emphasised two messages. First, the outlook for most people is good, and improvement often continues well beyond the first year. Second, those with lasting symptoms deserve careful assessment, since other conditions such as thyroid problems or sleep disorders can look similar and are treatable.

> Persistent symptoms are real and worth taking seriously, even when the infection itself has been treated.

Longer antibiotic courses have not shown clear benefit in controlled trials for this group, so care usually focuses on symptom management, sleep, gradual activity and support. Some people also explore botanical or antioxidant supplements; evidence here is limited, so these are best discussed with a clinician who knows your full history.

If you are currently on antibiotics, our pharmacist's guide to [probiotics during Lyme treatment](/news/probiotics-during-lyme-antibiotics) covers how to protect your digestion.`,
    topic: "lyme-disease",
    author: "rosa-lindqvist",
    published_days_ago: 35,
    status: "published",
    citations: [
      {
        text: "Sorensen H, Akande B, Luis M. Symptom trajectories after treatment of early Lyme disease: a two-year prospective cohort. Journal of Demo Infectious Disease Notes. 2025;5(1):22-31.",
        doi: "10.5555/jdidn.2025.0007",
      },
      {
        text: "Carrow P, Ndiaye F. Sleep and stress as predictors of slow recovery after tick-borne infection. Journal of Demo Health Studies. 2024;11(2):88-95.",
        doi: "10.5555/jdhs.2024.0156",
      },
    ],
    featured_products: ["japanese-knotweed-resveratrol", "cats-claw-bark", "ubiquinol-coq10-100"],
  },
  {
    handle: "lyme-disease-testing-explained",
    title: "Why Lyme Disease Testing Can Be Confusing, and What the Results Really Mean",
    summary:
      "Lyme tests look for the body's antibody response, not the bacteria itself. That explains why timing matters and why a negative early result is not always the final word.",
    body: `Few topics in Lyme disease generate as much confusion as testing. People hear about negative results that later turned positive, or positive results that turned out not to matter. Much of the confusion clears once you understand what the standard tests actually measure.

## The tests look for antibodies

Most Lyme blood tests do not detect the bacteria directly. Instead, they look for antibodies, the proteins the immune system produces in response to infection. This matters because antibodies take time to develop. In the first few weeks after a tick bite, many people with genuine Lyme disease will still test negative.

For this reason, a person with the classic expanding rash after a known tick exposure is often treated based on the rash and history alone, without waiting for blood work.

## Two steps, not one

Blood testing is usually done in two tiers. A first, sensitive screening test is run; if it is positive or unclear, a second, more specific test is used to confirm the result. The two-step approach reduces false positives, but it also means results can take time.

## Common sources of confusion

- **Testing too early** can produce a negative result even when infection is present.
- **Antibodies can persist** for months or years after successful treatment, so a positive test does not always mean active infection.
- **Other infections and conditions** can occasionally cause a positive screening test, which is why confirmation matters.
- **Laboratories outside standard practice** sometimes use their own criteria, which can make results hard to compare.

## Newer approaches

Researchers are exploring tests that detect the bacteria or their genetic material more directly, as well as blood markers that may help separate active from past infection. An illustrative validation study reported encouraging early accuracy for one such marker, but these tools are still being evaluated and are not yet routine.

## What to do with your results

Test results are one piece of the puzzle alongside symptoms, exposure history and physical examination. If your result does not match how you feel, ask your clinician to walk you through it and whether retesting makes sense. Prevention still matters most; our [tick season guide](/news/tick-season-field-survey-prevention) covers the habits that help.`,
    topic: "lyme-disease",
    author: "rosa-lindqvist",
    published_days_ago: 175,
    status: "published",
    citations: [
      {
        text: "Tamsin R, Obuya J, Kellerman A. Early performance of a direct-detection blood marker for active Lyme infection: a validation study. Journal of Demo Infectious Disease Notes. 2024;4(3):140-149.",
        url: "https://example.org/demo-id-notes/lyme-marker-validation",
      },
    ],
    featured_products: ["cats-claw-bark", "sarsaparilla-root", "olive-leaf-extract"],
  },
  {
    handle: "probiotics-during-lyme-antibiotics",
    title: "Probiotics During Lyme Antibiotics: A Pharmacist's Guide to Timing and Choice",
    summary:
      "Antibiotics for Lyme disease can upset digestion. A pharmacist explains how probiotics are commonly used alongside treatment and why spacing doses matters.",
    body: `A course of antibiotics is the standard treatment for Lyme disease, and for most people it works well. A common side effect, however, is digestive upset: loose stools, bloating or cramping. Many patients ask whether a probiotic can help, and if so, how to take it without interfering with their medication.

## Why antibiotics affect digestion

Antibiotics are designed to kill bacteria, and they do not distinguish perfectly between the infection and the helpful microbes living in the gut. Disruption to that community can lead to antibiotic-associated diarrhea. In rare cases, it can allow a harmful bacterium called C. difficile to take hold, which causes severe diarrhea and needs prompt medical care.

## What the research suggests

Studies in people taking antibiotics for a variety of infections suggest that certain probiotics may lower the chance of antibiotic-associated diarrhea. The evidence is strongest for a few specific strains, including the beneficial yeast Saccharomyces boulardii and some Lactobacillus strains. Results vary between products, and research specifically in Lyme disease is limited.

## Timing tips

- **Bacterial probiotics:** take them at least two to three hours apart from your antibiotic dose so the medication does not simply kill them.
- **Saccharomyces boulardii:** because it is a yeast, antibiotics do not affect it, so timing is more flexible.
- **Keep going:** many pharmacists suggest continuing for one to two weeks after the antibiotic course ends.
- **Mind the label:** some antibiotics used for Lyme disease should not be taken with dairy, calcium, iron or magnesium, so check the instructions carefully.

## Who should check first

People who are severely ill, have a weakened immune system, have a central line or are recovering from major surgery should talk to their care team before taking any probiotic. Rarely, live microbes can cause infection in these groups.

## When to call your clinician

Seek medical advice promptly if you develop frequent watery diarrhea, blood in the stool, fever or severe abdominal pain during or after antibiotics. Do not stop a prescribed antibiotic course early without speaking to your prescriber.

For a look at recovery after treatment, see our report on [lingering symptoms after Lyme treatment](/news/post-treatment-lyme-symptoms-study).`,
    topic: "lyme-disease",
    author: "daniel-okafor",
    published_days_ago: 240,
    status: "published",
    featured_products: ["saccharomyces-boulardii", "daily-probiotic-25-billion", "ginger-digestive-chews"],
  },
]
