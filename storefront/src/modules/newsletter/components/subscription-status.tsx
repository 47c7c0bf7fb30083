import type { NewsletterTopic, Subscription } from "@/lib/data/newsletter"

/** One sentence on where a subscription stands, including topics still waiting for their email confirmation. */
export default function SubscriptionStatus({ subscription, topics }: { subscription: Subscription; topics: NewsletterTopic[] }) {
  const titles = (handles: string[]) =>
    topics
      .filter((topic) => handles.includes(topic.handle))
      .map((topic) => topic.title)
      .join(", ")
  const waiting = subscription.awaiting_confirmation
  return (
    <div className="flex flex-col gap-1 text-bark-700">
      {subscription.status === "confirmed" && subscription.topics.length > 0 ? (
        <p>
          You get: <strong>{titles(subscription.topics)}</strong>.
        </p>
      ) : (
        <p>You are not subscribed to any newsletter.</p>
      )}
      {waiting.length > 0 && <p>Waiting for you to confirm by email: {titles(waiting)}.</p>}
    </div>
  )
}
