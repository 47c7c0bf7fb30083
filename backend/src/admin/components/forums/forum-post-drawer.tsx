import { ArrowUpRightOnBox } from "@medusajs/icons"
import { Badge, Button, Text } from "@medusajs/ui"
import type { AdminForumPost } from "@supplement-store/contract"
import { useState } from "react"
import { Link } from "react-router-dom"
import { formatCommentDate } from "../comments/api"
import { CommentBody } from "../comments/comment-detail-drawer"
import { ModerationStatusBadge, SpamReasonBadge } from "../comments/comment-status-badge"
import { DrawerSection, ModerationDrawer } from "../moderation/moderation-drawer"
import { REPORT_REASON_LABELS, storefrontThreadUrl } from "./api"
import { ForumPostActions } from "./forum-post-actions"
import { ReasonPrompt } from "./reason-prompt"
import { useBanForumCustomer } from "./use-forum-mutations"

const linkClass = "txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover inline-flex items-center gap-x-1"

/** The badges a moderator reads first: first post of a thread, open reports, why the spam rules flagged it. */
export const ForumPostBadges = ({ post }: { post: AdminForumPost }) => (
  <div className="flex flex-wrap items-center gap-1.5">
    {post.is_first && (
      <Badge size="2xsmall" color="blue">
        Starts the thread
      </Badge>
    )}
    {post.open_report_count > 0 && (
      <Badge size="2xsmall" color="orange">
        {post.open_report_count} report{post.open_report_count === 1 ? "" : "s"}
      </Badge>
    )}
    {post.spam_reason && <SpamReasonBadge reason={post.spam_reason} />}
  </div>
)

type Props = {
  /** The post shown, from the queue's current page; null closes the drawer. */
  post: AdminForumPost | null
  onOpenChange: (open: boolean) => void
}

/** The whole post, its open reports, its thread (on the storefront) and its author, whom staff may ban. */
export const ForumPostDrawer = ({ post, onOpenChange }: Props) => {
  const ban = useBanForumCustomer()
  const [banning, setBanning] = useState(false)
  return (
    <ModerationDrawer
      title="Forum post"
      open={!!post}
      onOpenChange={onOpenChange}
      actions={post && <ForumPostActions post={post} emphasis onDeleted={() => onOpenChange(false)} />}
    >
      {post && (
        <>
          <DrawerSection title="Post">
            <div className="flex flex-wrap items-center gap-2">
              <ModerationStatusBadge status={post.status} />
              {post.number !== null && (
                <Text size="xsmall" className="text-ui-fg-subtle">
                  #{post.number} in the thread
                </Text>
              )}
            </div>
            <ForumPostBadges post={post} />
            <div className="bg-ui-bg-subtle rounded-md border px-3 py-2">
              <CommentBody body={post.body} />
            </div>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {formatCommentDate(post.created_at)}
            </Text>
          </DrawerSection>

          {post.reports.length > 0 && (
            <DrawerSection title={`Open reports (${post.reports.length})`}>
              <ul className="flex flex-col gap-y-2">
                {post.reports.map((report) => (
                  <li key={report.id} className="flex flex-col gap-y-0.5">
                    <Text size="small" weight="plus">
                      {REPORT_REASON_LABELS[report.reason] ?? report.reason}
                    </Text>
                    {report.note && <CommentBody body={report.note} className="text-ui-fg-subtle" />}
                    <Text size="xsmall" className="text-ui-fg-muted">
                      {formatCommentDate(report.created_at)} ·{" "}
                      <Link to={`/customers/${report.customer_id}`} className={linkClass}>
                        reporter
                      </Link>
                    </Text>
                  </li>
                ))}
              </ul>
              <Text size="xsmall" className="text-ui-fg-subtle">
                Any decision (approve, reject, spam) closes these reports.
              </Text>
            </DrawerSection>
          )}

          <DrawerSection title="Thread">
            <Text size="small" className="break-words [overflow-wrap:anywhere]">
              {post.thread.title}
            </Text>
            <Text size="xsmall" className="text-ui-fg-subtle">
              in {post.thread.forum.name}
            </Text>
            <div className="flex flex-wrap gap-x-4">
              <a
                href={storefrontThreadUrl(post.thread.forum.handle, post.thread.handle, post.number)}
                target="_blank"
                rel="noopener noreferrer"
                className={linkClass}
              >
                View on storefront
                <ArrowUpRightOnBox />
              </a>
              <Link to={`/forums?forum=${post.thread.forum.id}`} className={linkClass}>
                Forum threads
              </Link>
            </div>
          </DrawerSection>

          <DrawerSection title="Author">
            <Text size="small" className="break-words [overflow-wrap:anywhere]">
              {post.author_name} · {post.email}
            </Text>
            <div className="flex flex-wrap items-center gap-3">
              <Link to={`/customers/${post.customer_id}`} className={linkClass}>
                Open customer
              </Link>
              <Button type="button" size="small" variant="danger" onClick={() => setBanning(true)}>
                Ban this customer
              </Button>
            </div>
            <ReasonPrompt
              open={banning}
              onOpenChange={setBanning}
              title={`Ban ${post.author_name} from the forums?`}
              description="They can no longer post or reply, and their posts still waiting for a moderator go to spam. You can lift the ban on the Forums page."
              confirmLabel="Ban customer"
              isPending={ban.isPending}
              onConfirm={(reason) =>
                ban.mutate({ customer_id: post.customer_id, reason }, { onSuccess: () => setBanning(false) })
              }
            />
          </DrawerSection>
        </>
      )}
    </ModerationDrawer>
  )
}
