import { AUTOSHIP_REMINDER_DAYS, DEFAULT_AUTOSHIP_INTERVALS } from "@supplement-store/contract"
import { DEMO_STORE } from "./store-setup"

/** The store's own pages, in our own words; the numbers come from the store's settings. */
const { guaranteeDays, contact, club, shipping } = DEMO_STORE
const freeFrom = `$${shipping.standard.freeFrom}`
const address = `${contact.street}, ${contact.city}, ${contact.region} ${contact.postal_code}`

export const pages = [
  {
    handle: "our-story",
    title: "Our Story",
    summary: "Why a small team in the Blue Ridge mountains sells supplements and writes about health.",
    body: `We started Verdant Health Store after years of watching friends with fibromyalgia and chronic fatigue spend more time searching for trustworthy products than feeling better. Shelves were crowded, labels were vague, and the advice online was loud.

So we set out to do three plain things well.

## We choose carefully

Every product we carry comes with a full supplement facts label, and we read it before you do. We favour brands that test their batches and say where their ingredients come from. If we would not give a bottle to our own families, it is not in the store.

## We write what we know

Our newsroom covers research on chronic illness and everyday wellness in ordinary language, with the sources named at the end of each article. When the evidence is thin, we say so.

## We answer the phone

A person in Asheville picks up at ${contact.phone_display} (${contact.hours}). Questions about an order, a product or a dose are all welcome, though we will always tell you to check with your doctor first.

Thank you for shopping with us.`,
  },
  {
    handle: "help",
    title: "Help & Customer Service",
    summary: "Shipping, returns, payment and autoship: the questions we hear most, answered.",
    body: `Can't find your answer here? [Write to us](/contact) or call ${contact.phone_display} (${contact.hours}).

## Shipping

### How much does shipping cost?

Standard shipping is $${shipping.standard.amount} and free on orders of ${freeFrom} or more. Express shipping is $${shipping.express.amount}. Autoship deliveries always ship free.

### How long does delivery take?

Standard orders arrive in 3 to 5 business days, express orders in 1 to 2. We pack orders placed before 1pm Eastern the same business day.

### Do you ship outside the United States?

Not yet. We ship to addresses in the United States only.

## Returns

### Can I return an opened bottle?

Yes. Under our [guarantee](/guarantee) you can return any product within ${guaranteeDays} days of delivery, opened or not, for a full refund of its price.

### How do I start a return?

[Send us a message](/contact) with your order number and what you would like to return. We reply with a prepaid label; there is no form to fill in.

### When will I get my refund?

We refund to your original payment method within 3 business days of receiving the parcel. Your bank may take a few more days to show it.

## Payment

### Which payment methods do you accept?

All major credit and debit cards. Card details go straight to our payment provider; we never see or keep your full card number.

### When is my card charged?

When you place the order. Autoship orders are charged on the day each delivery ships.

### Do you charge sales tax?

Yes, where the law requires it. The amount is shown at checkout before you pay.

## Autoship

### What is autoship?

Autoship sends the products you choose again every ${DEFAULT_AUTOSHIP_INTERVALS.join(", ")} days, or at an interval you set, with free shipping and ${club.group} member prices (${club.percentOff}% off).

### Can I skip, change or cancel an autoship?

Any time, from your account, with no fee. We email you ${AUTOSHIP_REMINDER_DAYS} days before each shipment with a one-click link to skip it.

### What happens if a product is out of stock?

We ship the rest of your order and leave the missing product out; you are not charged for it.`,
  },
  {
    handle: "guarantee",
    title: `Our ${guaranteeDays}-Day Guarantee`,
    summary: `If a product doesn't suit you, tell us within ${guaranteeDays} days and we refund it, even if the bottle is open.`,
    body: `Supplements affect people differently, and you should not be out of pocket for finding out what works for you.

## What the guarantee covers

Every product you buy from us, opened or unopened, for ${guaranteeDays} days from the day it is delivered. You get back the full price of the product. If it arrived damaged or we sent the wrong item, we also pay the return postage.

## How to use it

1. [Send us a message](/contact) or call ${contact.phone_display} with your order number.
2. We email you a prepaid return label.
3. Once the parcel reaches us, we refund your original payment method within 3 business days.

No questionnaires, no restocking fees.

## The small print

Shipping costs of the original order are not refunded, except when the mistake was ours. We may decline repeated returns of the same product by the same customer. See our [Terms](/terms) for the full conditions.`,
  },
  {
    handle: "terms",
    title: "Terms of Sale and Use",
    summary: "The conditions that apply when you browse or buy from our store.",
    body: `These terms apply to every visit to and purchase from Verdant Health Store, ${address}. By placing an order you accept them.

## Health information

Articles and product descriptions are for general information only. They are not medical advice and do not replace a conversation with your doctor. Our products are not intended to diagnose, treat, cure or prevent any disease.

## Orders and prices

Prices are in US dollars and include no tax until checkout. An order is accepted when we send its confirmation email. If we cannot fulfil an item, we tell you and do not charge for it.

## Shipping

We ship to addresses in the United States. Delivery times are estimates; see [Help](/help#shipping) for costs and times.

## Returns

Returns are governed by our [${guaranteeDays}-day guarantee](/guarantee).

## Autoship

An autoship repeats an order at the interval you choose until you cancel it. You may skip, change or cancel it in your account before a shipment is prepared. See [Help](/help#autoship).

## Your account

Keep your password to yourself. You are responsible for orders placed from your account, and you may close it at any time.

## Contributions

Comments, reviews and forum posts must be your own and must not give medical instructions to others. We may remove any contribution that breaks these rules.

## Contact

Questions about these terms: ${contact.email} or ${contact.phone_display}.`,
  },
  {
    handle: "privacy",
    title: "Privacy policy",
    summary: "Your health is personal. So is your data.",
    body: `## What we collect

When you shop with us we keep what we need to fulfil your order: your name, email address, shipping and billing addresses, and what you bought. Payments are handled by our payment provider; we never see or store your full card number.

## How we use it

To process and deliver orders, to answer your questions, and, only if you ask for it, to send you our health newsletter. We do not sell or rent your personal information, and we never share what you buy with advertisers.

## Cookies

We use a small number of essential cookies to keep your cart and your sign-in working. We don't use third-party advertising cookies.

## Which articles lead to a purchase

To learn which of our articles help readers, we record, under an anonymous visitor cookie, the articles you read in the last 7 days, the products you open from an article, and, when you buy, which of those articles your order followed. We keep no address or browser details with it and share it with no one. If your browser sends Do Not Track or Global Privacy Control, we record none of it.

## Messages you send us

What you write through our contact forms is kept so we can answer it, and deleted on request.

## Your choices

You can see and update your details in your account at any time, unsubscribe from emails with one click, or ask us to delete your account and data.

## Contact

Questions about your privacy? Write to ${contact.email} or Verdant Health Store, ${address}.`,
  },
]
