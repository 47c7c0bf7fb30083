import { Button, Drawer, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

type ModerationDrawerProps = {
  title: string
  open: boolean
  onOpenChange: (open: boolean) => void
  /** The moderation buttons beside Close, once the item is known. */
  actions: ReactNode
  children: ReactNode
}

/** The side panel a queue opens on one item: its sections, then Close and the moderation buttons. */
export const ModerationDrawer = ({ title, open, onOpenChange, actions, children }: ModerationDrawerProps) => (
  <Drawer open={open} onOpenChange={onOpenChange}>
    <Drawer.Content aria-describedby={undefined}>
      <Drawer.Header>
        <Drawer.Title asChild>
          <Heading level="h2">{title}</Heading>
        </Drawer.Title>
      </Drawer.Header>
      <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">{children}</Drawer.Body>
      <Drawer.Footer className="flex flex-wrap items-center justify-between gap-2 space-x-0">
        <Drawer.Close asChild>
          <Button size="small" variant="secondary">
            Close
          </Button>
        </Drawer.Close>
        {actions}
      </Drawer.Footer>
    </Drawer.Content>
  </Drawer>
)

/** A titled part of the drawer. */
export const DrawerSection = ({ title, children }: { title: string; children: ReactNode }) => (
  <section className="flex flex-col gap-y-2">
    <Text size="xsmall" weight="plus" className="text-ui-fg-muted uppercase tracking-wide">
      {title}
    </Text>
    {children}
  </section>
)
