import { Button, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { Link } from "react-router-dom"
import { formatCommentDate } from "../comments/api"
import { forumKeys, forumsApi } from "./api"
import { useUnbanForumCustomer } from "./use-forum-mutations"

/** Customers banned from posting (banned from a post in the moderation queue), with "Lift ban". */
export const ForumBans = () => {
  const { data, isLoading } = useQuery({ queryKey: forumKeys.bans, queryFn: forumsApi.listBans })
  const unban = useUnbanForumCustomer()
  const bans = data?.bans ?? []
  return (
    <>
      <div className="px-6 py-4">
        <Text size="small" weight="plus">
          Banned customers
        </Text>
        <Text size="xsmall" className="text-ui-fg-subtle">
          Ban a customer from a post in the forum moderation queue. Lifting a ban lets them post again; their spam stays spam.
        </Text>
      </div>
      {bans.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Customer</Table.HeaderCell>
              <Table.HeaderCell>Reason</Table.HeaderCell>
              <Table.HeaderCell>Since</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {bans.map((ban) => (
              <Table.Row key={ban.id}>
                <Table.Cell>
                  <Link to={`/customers/${ban.customer_id}`} className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover font-mono">
                    {ban.customer_id}
                  </Link>
                </Table.Cell>
                <Table.Cell className="max-w-[400px] truncate" title={ban.reason}>
                  {ban.reason}
                </Table.Cell>
                <Table.Cell className="whitespace-nowrap">{formatCommentDate(ban.created_at)}</Table.Cell>
                <Table.Cell className="text-right">
                  <Button
                    size="small"
                    variant="secondary"
                    isLoading={unban.isPending && unban.variables === ban.customer_id}
                    onClick={() => unban.mutate(ban.customer_id)}
                  >
                    Lift ban
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {!isLoading && bans.length === 0 && (
        <Text size="small" className="text-ui-fg-subtle px-6 pb-4">
          Nobody is banned.
        </Text>
      )}
    </>
  )
}
