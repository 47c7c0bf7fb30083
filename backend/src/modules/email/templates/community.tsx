import { Link } from "@react-email/components"
import { Action, Layout, Muted, Paragraph } from "./layout"

export type CommentReplyData = { article_title: string; url: string; replier: string; reply: string }

export function commentReply({ article_title, url, replier, reply }: CommentReplyData) {
  return {
    subject: `${replier} replied to your comment`,
    body: (
      <Layout preview={`New reply on "${article_title}"`} heading={`${replier} replied to your comment`}>
        <Paragraph>On “{article_title}”:</Paragraph>
        <Paragraph>{reply}</Paragraph>
        <Action href={url} label="Read the conversation" />
        <Muted>You get this because you asked to hear about replies when you commented.</Muted>
      </Layout>
    ),
  }
}

export type PendingCommentsDigestData = {
  count: number
  oldest: { author_name: string; excerpt: string }[]
  url: string
}

export function pendingCommentsDigest({ count, oldest, url }: PendingCommentsDigestData) {
  const noun = count === 1 ? "comment waits" : "comments wait"
  return {
    subject: `${count} ${noun} for moderation`,
    body: (
      <Layout preview={`${count} ${noun} for moderation`} heading={`${count} ${noun} for moderation`}>
        {oldest.map((comment, index) => (
          <Paragraph key={index}>
            <strong>{comment.author_name}</strong>: {comment.excerpt}
          </Paragraph>
        ))}
        <Action href={url} label="Open the moderation queue" />
      </Layout>
    ),
  }
}

export type ForumDigestData = {
  thread_title: string
  forum_name: string
  /** The new posts, oldest first: author and a short plain-text excerpt. */
  posts: { author_name: string; excerpt: string }[]
  /** The first new post on its page. */
  url: string
  unfollow_url: string
}

/** New replies in a thread a reader follows: at most one mail per thread within the digest interval. */
export function forumDigest({ thread_title, forum_name, posts, url, unfollow_url }: ForumDigestData) {
  const noun = posts.length === 1 ? "new reply" : "new replies"
  return {
    subject: `${posts.length} ${noun} in “${thread_title}”`,
    body: (
      <Layout
        preview={`${posts[0]?.author_name ?? "A reader"} and others in the ${forum_name} forum`}
        heading={`${posts.length} ${noun} in “${thread_title}”`}
        footer={
          <Muted>
            You get this because you follow this thread in the {forum_name} forum. <Link href={unfollow_url}>Stop following it</Link>.
          </Muted>
        }
      >
        {posts.map((post, index) => (
          <Paragraph key={index}>
            <strong>{post.author_name}</strong>: {post.excerpt}
          </Paragraph>
        ))}
        <Action href={url} label="Read the new replies" />
      </Layout>
    ),
  }
}
