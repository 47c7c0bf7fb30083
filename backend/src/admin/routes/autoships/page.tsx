import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowPath } from "@medusajs/icons"
import { Container, Heading, Tabs, Text } from "@medusajs/ui"
import { AutoshipList } from "../../components/autoship/autoship-list"
import { AutoshipSettingsForm } from "../../components/autoship/autoship-settings-form"
import { UpcomingShipments } from "../../components/autoship/upcoming-shipments"
import { useUpdateSearchParams } from "../../lib/use-update-search-params"

const VIEWS = [
  { value: "subscribers", label: "Subscribers" },
  { value: "upcoming", label: "Upcoming shipments" },
  { value: "settings", label: "Settings" },
] as const
type View = (typeof VIEWS)[number]["value"]

/** The SmartSavings Club: subscribers and their autoships, the warehouse's two-week plan, the intervals on offer. */
const AutoshipsPage = () => {
  const [searchParams, setSearchParams] = useUpdateSearchParams()
  const view: View = VIEWS.find((v) => v.value === searchParams.get("view"))?.value ?? "subscribers"

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Autoship</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Standing orders of the SmartSavings Club, re-delivered every few weeks at member prices.
        </Text>
      </div>
      <div className="px-6 py-4">
        <Tabs
          value={view}
          // Each view keeps its own params; leaving the list drops its filters.
          onValueChange={(value) =>
            setSearchParams({
              view: value === "subscribers" ? undefined : value,
              status: undefined,
              due_from: undefined,
              due_to: undefined,
              q: undefined,
              page: undefined,
            })
          }
        >
          <Tabs.List>
            {VIEWS.map((v) => (
              <Tabs.Trigger key={v.value} value={v.value}>
                {v.label}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </Tabs>
      </div>
      {view === "subscribers" && <AutoshipList />}
      {view === "upcoming" && <UpcomingShipments />}
      {view === "settings" && <AutoshipSettingsForm />}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Autoship",
  icon: ArrowPath,
})

export const handle = { breadcrumb: () => "Autoship" }

export default AutoshipsPage
