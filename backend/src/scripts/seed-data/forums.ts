/**
 * The demo forums' first conversations: original threads written for this store, in the voices of
 * readers living with fibromyalgia, ME/CFS, Lyme disease and the rest. Experience, not advice.
 * Authors are the seeded reviewer customers (by key, see reviews.ts). `{store}` is the storefront's
 * address, so product links render as product cards.
 */

export type SeedForum = { handle: string; name: string; description: string }
export type SeedForumReply = { by: string; hours_after: number; body: string }
export type SeedForumThread = {
  forum: string
  /** Fixed, so a second seed run finds the thread and adds nothing. */
  handle: string
  title: string
  by: string
  days_ago: number
  pinned?: boolean
  body: string
  replies: SeedForumReply[]
}

/** What a news topic's forum says about itself (its name comes from the topic). */
export const topicForumDescriptions: Record<string, string> = {
  fibromyalgia: "Pain, flares, sleep and the everyday work-arounds of living with fibromyalgia.",
  "chronic-fatigue": "ME/CFS: pacing, crashes, good days and the people who get it.",
  "lyme-disease": "Lyme and co-infections: diagnosis stories, treatment years and recovery.",
  "natural-wellness": "Food, movement, rest and the small habits that keep a body going.",
  "supplement-news": "Talk about the news: new studies, recalls, labels and what they mean to you.",
}

/** The store's own forums, after the topics'. */
export const storeForums: SeedForum[] = [
  {
    handle: "supplements-treatments",
    name: "Supplements & Treatments",
    description: "What you take, what you stopped, and how you keep track. Share experience; ask your clinician before changing anything.",
  },
  {
    handle: "introduce-yourself",
    name: "Introduce Yourself",
    description: "New here? Say hello and tell us as much or as little as you like.",
  },
]

export const forumThreads: SeedForumThread[] = [
  // ------------------------------------------------------------ Introduce Yourself
  {
    forum: "introduce-yourself",
    handle: "welcome-read-this-first-w1",
    title: "Welcome! Read this first",
    by: "grace",
    days_ago: 40,
    pinned: true,
    body: `Hello and welcome to the forums.

This is a place for people living with long-term illness, and the people who care for them, to talk to each other. A few things that keep it kind:

- Share what happened to you, not what everyone should do. We are readers, not doctors.
- Be gentle with people on bad days. Short replies are fine. So is just reading.
- No selling. Linking a product you use is fine; pushing one is not.
- Use "Report" if something looks wrong. Moderators read every report.

Start by telling us a little about yourself in a new thread here. Glad you found us.`,
    replies: [
      { by: "tomas", hours_after: 5, body: "Thanks for setting this up. Nice to have somewhere that is not a comment section." },
      { by: "nina", hours_after: 30, body: "\"Short replies are fine\" is the most fibro-friendly rule I have ever read." },
    ],
  },
  {
    forum: "introduce-yourself",
    handle: "hi-from-a-new-lyme-patient-x7k2",
    title: "Hi from a newly diagnosed Lyme patient",
    by: "ben",
    days_ago: 18,
    body: `Hi all. Finally got a diagnosis after about two years of "it's probably stress". Bitten somewhere on a hiking trip, never saw a rash.

Mostly I'm here because I don't know anyone else who has been through this and my family is tired of hearing about it. Happy to just lurk for a while.`,
    replies: [
      { by: "omar", hours_after: 3, body: "Two years of \"stress\" sounds very familiar. Welcome. The Lyme Disease forum has a long thread on the first months of treatment that helped me." },
      { by: "rosa", hours_after: 9, body: "Welcome Ben. Lurking is a perfectly good way to start. A diagnosis after that long is a lot to take in, good and bad at once." },
      { by: "ben", hours_after: 26, body: "Thank you both. Found that thread, reading it slowly." },
    ],
  },
  {
    forum: "introduce-yourself",
    handle: "carer-here-hello-c3m9",
    title: "Carer here, not a patient",
    by: "paul",
    days_ago: 9,
    body: `Hello. My wife has ME/CFS, moderate to severe depending on the month. I do most of the cooking, driving and appointment-wrangling.

I hope it is okay for carers to post. I mostly want to understand it better from people living with it, because she often doesn't have the energy to explain.`,
    replies: [
      { by: "kenji", hours_after: 2, body: "Very okay. The fact that you are asking instead of assuming is already a big deal." },
      { by: "hannah", hours_after: 6, body: "Hi Paul. One thing I wish my partner had known early: when I go quiet it usually means my battery is empty, not that I'm upset with him." },
      { by: "julia", hours_after: 20, body: "Carers are welcome. Have a look at the pacing threads in the ME/CFS forum, they explain the \"energy envelope\" better than any leaflet I got." },
      { by: "paul", hours_after: 44, body: "Thank you. Hannah, that one hit home. I'll stop asking \"what's wrong?\" every time." },
    ],
  },

  // ------------------------------------------------------------ Fibromyalgia
  {
    forum: "fibromyalgia",
    handle: "what-helps-on-flare-days-f2a8",
    title: "What actually helps you on flare days?",
    by: "maria",
    days_ago: 26,
    body: `I'm three days into a flare and trying to make a list for next time, when my brain is less foggy.

Mine so far: heat pad, the softest clothes I own, pre-cut veg in the freezer, and telling people in advance that I will cancel. What's on yours?`,
    replies: [
      { by: "nina", hours_after: 1, body: "Audiobooks I've heard before. New ones need concentration I don't have; old ones are like company." },
      { by: "priya", hours_after: 4, body: "A shower chair. I resisted it for years out of pride and it changed my mornings." },
      { by: "claire", hours_after: 7, body: `A warm bath with magnesium flakes before bed, then straight under the covers. I also rub this on my calves on bad nights: {store}/products/magnesium-body-oil
It doesn't stop a flare, but it's a nice ritual that tells my body the day is over.` },
      { by: "maria", hours_after: 22, body: "Adding all of these. The shower chair is going to the top of the list, my pride can cope." },
      { by: "erik", hours_after: 50, body: "Late to this, but: a note on my phone titled \"you have been here before and it passed\". Sounds silly. Helps." },
    ],
  },
  {
    forum: "fibromyalgia",
    handle: "explaining-fibro-at-work-f5q1",
    title: "How do you explain fibro at work?",
    by: "fatima",
    days_ago: 14,
    body: `Started a new job in an office. So far I've said nothing, but I need to ask for a better chair and some flexibility on start times.

Did you tell your manager the diagnosis, or just ask for the adjustments?`,
    replies: [
      { by: "andre", hours_after: 3, body: "I asked for the adjustments first with a short doctor's note that said \"chronic condition\". The diagnosis came up months later when I trusted my manager more." },
      { by: "maria", hours_after: 8, body: "I told mine straight away and it went fine, but I was lucky. Written requests helped me keep track of what was agreed." },
      { by: "fatima", hours_after: 30, body: "That makes sense. I'll ask for the chair and later start times in writing and see how it goes." },
    ],
  },
  {
    forum: "fibromyalgia",
    handle: "sleep-and-fibro-what-changed-f9d4",
    title: "Sleep: what changed things for you?",
    by: "hannah",
    days_ago: 5,
    body: `Sleep is my biggest problem. I fall asleep fine and then wake at 3am sore and wired.

I've tried a strict bedtime, no screens, and magnesium glycinate in the evening ({store}/products/magnesium-glycinate-200). Somewhat better. Curious what else people have tried, and what their doctors suggested.`,
    replies: [
      { by: "lena", hours_after: 2, body: "A cooler bedroom made more difference for me than anything in a bottle. I also keep the 3am routine boring: dim light, same podcast, no checking the time." },
      { by: "grace", hours_after: 5, body: "My GP referred me to a sleep clinic. CBT for insomnia was hard work for six weeks, but the 3am wake-ups are rarer now." },
      { by: "devon", hours_after: 11, body: "A body pillow between the knees. Less hip pain, fewer wake-ups. Cheapest thing I ever bought for fibro." },
    ],
  },

  // ------------------------------------------------------------ ME/CFS
  {
    forum: "chronic-fatigue",
    handle: "pacing-with-a-heart-rate-monitor-c1p7",
    title: "Pacing with a heart rate monitor: worth it?",
    by: "kenji",
    days_ago: 30,
    body: `My specialist suggested heart-rate pacing: staying under a rough ceiling so I stop before I crash rather than after.

Has anyone done this long term? I'm worried it'll turn into staring at a number all day.`,
    replies: [
      { by: "julia", hours_after: 2, body: "Two years in. The first month I watched it constantly. Now it's just a buzz on my wrist that says \"sit down\". It caught a lot of the slow drains I never noticed, like standing to cook." },
      { by: "hannah", hours_after: 6, body: "It helped me most at learning which things cost energy. After a while I could feel it without looking." },
      { by: "samuel", hours_after: 14, body: `Same experience. Also on hot days my heart rate runs higher, and drinking more with electrolytes seemed to help me there ({store}/products/electrolyte-hydration-mix). Worth asking your specialist about.` },
      { by: "kenji", hours_after: 40, body: "That's reassuring. Ordered a basic one; I'll report back in a month." },
      { by: "kenji", hours_after: 700, body: "Four weeks in: two crashes instead of the usual five or six. Not a cure, but I'm keeping it." },
    ],
  },
  {
    forum: "chronic-fatigue",
    handle: "crash-recovery-routines-c4r2",
    title: "Your crash recovery routine",
    by: "julia",
    days_ago: 12,
    body: `In a crash after a family wedding (worth it, but still). I'm curious how others handle the days after: complete dark-room rest, or gentle movement, or something else?`,
    replies: [
      { by: "devon", hours_after: 4, body: "Dark room, earplugs, eye mask, no decisions. I pre-write a message to friends so I don't have to explain each time." },
      { by: "paul", hours_after: 9, body: "From the carer side: we keep a \"crash box\" ready. Snacks she can eat lying down, a big water bottle with a straw, chargers. Means I'm not rushing around while she needs quiet." },
      { by: "julia", hours_after: 28, body: "The crash box is genius, Paul. Making one this week." },
    ],
  },
  {
    forum: "chronic-fatigue",
    handle: "brain-fog-tricks-c8b5",
    title: "Brain fog tricks that work for you",
    by: "ivan",
    days_ago: 3,
    body: `I lose words mid-sentence and forget why I walked into a room. Currently: sticky notes everywhere and phone reminders for everything.

What are your tricks?`,
    replies: [
      { by: "kenji", hours_after: 1, body: "I do hard thinking only in my best hour of the day, usually late morning. Everything else gets a checklist." },
      { by: "rosa", hours_after: 5, body: "A whiteboard by the door: keys, meds, today's one important thing. Just one." },
    ],
  },

  // ------------------------------------------------------------ Lyme Disease
  {
    forum: "lyme-disease",
    handle: "the-first-months-of-treatment-l3t6",
    title: "The first months of treatment: what I wish I'd known",
    by: "omar",
    days_ago: 34,
    body: `Writing this for anyone just starting. I was diagnosed late and the first months of treatment were rough and confusing.

What I wish I'd known: keep a simple symptom diary from day one, bring a list of questions to every appointment, and expect some bad weeks before better ones. And find one person you can be honest with.`,
    replies: [
      { by: "ben", hours_after: 12, body: "Just starting. The symptom diary is a good tip: I keep forgetting what last week was like by the time I see the doctor." },
      { by: "priya", hours_after: 20, body: "Asking for a copy of every test result was my addition. Having the paper trail saved me when I changed clinics." },
      { by: "omar", hours_after: 36, body: "Good one, Priya. And Ben: the diary can be one line a day. Mine is a number from 1 to 10 plus one word." },
      { by: "andre", hours_after: 90, body: "Four years on from my own start. It does get easier to live with. Hang in there." },
    ],
  },
  {
    forum: "lyme-disease",
    handle: "tick-checks-after-walks-l6k4",
    title: "Tick checks after walks: your routine?",
    by: "rosa",
    days_ago: 16,
    body: `Once bitten, twice careful. I still love walking in the woods and I don't want to give it up.

My routine: light trousers tucked into socks, a check in the car before driving home, and a shower and full check at home. Anything I'm missing?`,
    replies: [
      { by: "tomas", hours_after: 3, body: "Tumble-dry the clothes on hot before washing them. Our vet told us that for the dog's gear, and I do it for mine now too." },
      { by: "claire", hours_after: 10, body: "A second person for the check where you can't see, like your back and behind your knees. Awkward, but worth it." },
      { by: "rosa", hours_after: 24, body: "Hot dryer added. Thank you both." },
    ],
  },
  {
    forum: "lyme-disease",
    handle: "joint-pain-and-cold-weather-l9j8",
    title: "Joint pain and cold weather",
    by: "andre",
    days_ago: 7,
    body: `Every autumn my knees and wrists get worse. Is it just me, or do others notice the weather too?`,
    replies: [
      { by: "omar", hours_after: 6, body: "Not just you. I plan fewer things in November and keep warm layers everywhere." },
      { by: "fatima", hours_after: 15, body: "Fibro here rather than Lyme, but same. Fingerless gloves indoors have become my winter uniform." },
    ],
  },

  // ------------------------------------------------------------ Natural Wellness
  {
    forum: "natural-wellness",
    handle: "gentle-movement-that-doesnt-crash-n2g3",
    title: "Gentle movement that doesn't set you back",
    by: "lena",
    days_ago: 22,
    body: `I miss moving. Anything more than a short walk sets me back for days.

What gentle movement works for you without paying for it later?`,
    replies: [
      { by: "priya", hours_after: 3, body: "Lying-down stretches, five minutes, on good days only. I stopped counting anything else as exercise and that took the pressure off." },
      { by: "erik", hours_after: 8, body: "Warm-water pool sessions, once a week. I float more than I swim." },
      { by: "nina", hours_after: 16, body: "Chair yoga videos. I stop the video halfway, every time, on purpose." },
      { by: "lena", hours_after: 31, body: "\"Stop halfway on purpose\" is going on my fridge." },
    ],
  },
  {
    forum: "natural-wellness",
    handle: "simple-meals-for-low-energy-days-n5m7",
    title: "Simple meals for low-energy days",
    by: "claire",
    days_ago: 11,
    body: `Share your easiest meals for when standing at the stove is too much. Mine: porridge with frozen berries, or eggs on toast sitting down.`,
    replies: [
      { by: "samuel", hours_after: 2, body: "Tray bakes. Chop once (or buy pre-chopped), one tray, oven does the rest." },
      { by: "maria", hours_after: 5, body: "Batch soup on good days, frozen in single portions. Future me is always grateful." },
      { by: "paul", hours_after: 9, body: "From the carer side: a slow cooker I can fill in the morning has saved us many evenings." },
    ],
  },
  {
    forum: "natural-wellness",
    handle: "morning-light-and-routines-n8r1",
    title: "Morning light and keeping a routine",
    by: "tomas",
    days_ago: 4,
    body: `Trying to fix my upside-down sleep by getting daylight first thing, even ten minutes on the balcony with tea. Early days. Anyone else doing this?`,
    replies: [
      { by: "grace", hours_after: 4, body: "Yes, for about a year. Hard to say what did what, but my mornings feel less like wading through mud." },
      { by: "hannah", hours_after: 12, body: "I do the same with a chair by the window on days I can't get outside." },
    ],
  },

  // ------------------------------------------------------------ Supplement News
  {
    forum: "supplement-news",
    handle: "how-do-you-read-a-supplement-label-s2l5",
    title: "How do you read a supplement label?",
    by: "devon",
    days_ago: 20,
    body: `After this week's article on labels I realised I never look past the front of the bottle. What do you check first?`,
    replies: [
      { by: "priya", hours_after: 2, body: "The form of the ingredient and the amount per serving, then the serving size. Some \"per serving\" numbers are for three capsules." },
      { by: "omar", hours_after: 7, body: "Third-party testing seals, and the full list of other ingredients. I react to some fillers." },
      { by: "devon", hours_after: 19, body: "Three capsules per serving. That explains why my bottle ran out so quickly." },
    ],
  },
  {
    forum: "supplement-news",
    handle: "new-studies-how-excited-should-we-be-s6n2",
    title: "New studies: how excited should we get?",
    by: "erik",
    days_ago: 8,
    body: `Every few weeks there's a headline about something that "could help" fibro or ME/CFS. How do you decide whether a study is worth getting hopeful about?`,
    replies: [
      { by: "julia", hours_after: 3, body: "I look at how many people were in it and whether there was a comparison group. Twelve people and no placebo is interesting, not news." },
      { by: "kenji", hours_after: 8, body: "And I wait for a second study. The first result often shrinks." },
      { by: "grace", hours_after: 13, body: "I bring articles to my doctor and ask \"does this apply to me?\". Sometimes yes, mostly \"let's wait\"." },
      { by: "erik", hours_after: 30, body: "Sensible, all of it. Hope, but slowly." },
    ],
  },
  {
    forum: "supplement-news",
    handle: "recalls-where-do-you-hear-first-s9r3",
    title: "Recalls: where do you hear about them first?",
    by: "samuel",
    days_ago: 2,
    body: `I only found out about a recall of something in my cupboard months later. Where do you keep up with these?`,
    replies: [
      { by: "rosa", hours_after: 5, body: "I keep my purchase history in one place and check the store's news now and then. Quicker than searching each product." },
      { by: "andre", hours_after: 10, body: "Keep the lot number: I photograph the label when I open a new bottle." },
    ],
  },

  // ------------------------------------------------------------ Supplements & Treatments
  {
    forum: "supplements-treatments",
    handle: "keeping-track-of-what-you-take-t1k6",
    title: "Keeping track of what you take",
    by: "priya",
    days_ago: 28,
    body: `Between prescriptions and supplements I take eleven things a day. I've double-dosed once and missed things plenty of times.

How do you keep track, and how do you tell whether any one thing is doing anything?`,
    replies: [
      { by: "nina", hours_after: 2, body: "A weekly pill organiser with AM/PM rows, filled on Sunday. The empty box is my proof I took it." },
      { by: "devon", hours_after: 6, body: `One change at a time, for at least a few weeks, written in my diary. When I started CoQ10 ({store}/products/ubiquinol-coq10-100) I changed nothing else for a month so I could tell. Checked with my doctor first because of my other meds.` },
      { by: "claire", hours_after: 12, body: "I keep a list on my phone with dose, time and why I take it. My pharmacist reviews it once a year and has caught two interactions." },
      { by: "priya", hours_after: 33, body: "A yearly review with the pharmacist is a great idea. Booking one." },
    ],
  },
  {
    forum: "supplements-treatments",
    handle: "magnesium-which-form-t4m3",
    title: "Magnesium: which form did you end up with?",
    by: "nina",
    days_ago: 15,
    body: `There are so many forms of magnesium and everyone seems to swear by a different one. Which did you settle on, and why?`,
    replies: [
      { by: "maria", hours_after: 3, body: `Glycinate in the evening ({store}/products/magnesium-glycinate-200). Gentler on my stomach than the cheap one I started with.` },
      { by: "samuel", hours_after: 7, body: `I use the body oil on my legs rather than taking more tablets ({store}/products/magnesium-body-oil). It tingles a bit at first.` },
      { by: "lena", hours_after: 15, body: "Citrate didn't agree with me at all. Everyone's gut is different, start low." },
      { by: "nina", hours_after: 29, body: "Thanks all. Asked my doctor, trying glycinate at a low dose first." },
    ],
  },
  {
    forum: "supplements-treatments",
    handle: "sleep-support-experiences-t7s9",
    title: "Sleep support: what did you try?",
    by: "hannah",
    days_ago: 6,
    body: `For those who've tried supplements for sleep: what did you try, and what did you notice? Not looking for miracles, just experiences.`,
    replies: [
      { by: "tomas", hours_after: 2, body: `A herbal tea as part of a wind-down routine ({store}/products/evening-calm-herbal-tea). I think the routine does more than the tea, but I like both.` },
      { by: "ivan", hours_after: 9, body: "Low-dose melatonin for jet lag only. For everyday sleep it didn't do much for me." },
      { by: "grace", hours_after: 20, body: `I take a sleep blend on the nights after a busy day ({store}/products/deep-rest-sleep-blend). It seems to help me get to sleep; staying asleep is still a work in progress.` },
    ],
  },
]
