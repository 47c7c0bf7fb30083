import { listNewsletterTopics } from "@/lib/data/newsletter"
import SignupForm from "@/modules/newsletter/components/signup-form"

type NewsletterSignupProps = {
  source: "footer" | "article"
  preselected?: string[]
  compact?: boolean
}

/** The sign-up form with the backend's list of newsletters; a short note when the store can't be reached. */
export default async function NewsletterSignup(props: NewsletterSignupProps) {
  const topics = await listNewsletterTopics().catch((error) => {
    console.error("newsletter: could not load the topics", error)
    return null
  })
  if (!topics) {
    return <p>Newsletter sign-up is unavailable right now. Please try again later.</p>
  }
  return <SignupForm topics={topics} {...props} />
}
