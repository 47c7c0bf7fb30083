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
