import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Text, toast, usePrompt } from "@medusajs/ui"
import { DIET_LABELS, SUPPLEMENT_FORM_LABELS, type SupplementFacts } from "@supplement-store/contract"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { SupplementFactsModal } from "../components/supplement-facts/supplement-facts-modal"
import { supplementFactsApi, supplementFactsKeys } from "../lib/supplement-facts"

/** The product's Supplement Facts label: a summary, and the form that adds, replaces or removes it. */
const ProductSupplementFactsWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const queryClient = useQueryClient()
  const prompt = usePrompt()
  const [editing, setEditing] = useState(false)
  const { data, isLoading, isError, error } = useQuery({
    queryKey: supplementFactsKeys.product(product.id),
    queryFn: () => supplementFactsApi.retrieve(product.id),
  })
  const facts = data?.supplement_facts ?? null

  const remove = useMutation({
    mutationFn: () => supplementFactsApi.remove(product.id),
    onSuccess: () => {
      toast.success("Supplement facts removed")
      queryClient.invalidateQueries({ queryKey: supplementFactsKeys.product(product.id) })
    },
    onError: (failure) => toast.error(`Could not remove the supplement facts: ${failure.message}`),
  })

  const confirmRemove = async () => {
    const confirmed = await prompt({
      title: "Remove the supplement facts?",
      description: "The product page stops showing its label, and the store's form, diet and ingredient filters stop finding it.",
      confirmText: "Remove",
      cancelText: "Keep them",
    })
    if (confirmed) {
      remove.mutate()
    }
  }

  return (
    <Container className="divide-y p-0" data-testid="supplement-facts-widget">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Supplement Facts</Heading>
        {facts && (
          <div className="flex gap-x-2">
            <Button size="small" variant="secondary" onClick={() => setEditing(true)}>
              Edit
            </Button>
            <Button size="small" variant="secondary" isLoading={remove.isPending} onClick={confirmRemove}>
              Remove
            </Button>
          </div>
        )}
      </div>
      {isLoading ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          Loading…
        </Text>
      ) : isError ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          Could not load the supplement facts: {error.message}
        </Text>
      ) : facts ? (
        <FactsSummary facts={facts} />
      ) : (
        <div className="flex items-center justify-between gap-x-4 px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            No supplement facts yet
          </Text>
          <Button size="small" variant="secondary" onClick={() => setEditing(true)}>
            Add
          </Button>
        </div>
      )}
      <SupplementFactsModal productId={product.id} facts={facts} open={editing} onOpenChange={setEditing} />
    </Container>
  )
}

const SHOWN_INGREDIENTS = 4

const FactsSummary = ({ facts }: { facts: SupplementFacts }) => {
  const count = facts.ingredients.length
  const names = facts.ingredients.slice(0, SHOWN_INGREDIENTS).map((item) => item.name)
  const rows: [string, string][] = [
    ["Form", SUPPLEMENT_FORM_LABELS[facts.form]],
    ["Serving size", facts.serving_size],
    ["Servings per container", String(facts.servings_per_container)],
    ["Ingredients", `${count} ${count === 1 ? "ingredient" : "ingredients"}: ${names.join(", ")}${count > SHOWN_INGREDIENTS ? ", …" : ""}`],
  ]
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt>
              <Text size="small" weight="plus" className="text-ui-fg-subtle">
                {term}
              </Text>
            </dt>
            <dd>
              <Text size="small">{value}</Text>
            </dd>
          </div>
        ))}
      </dl>
      {(facts.diets.length > 0 || facts.third_party_tested) && (
        <div className="flex flex-wrap gap-2">
          {facts.diets.map((diet) => (
            <Badge key={diet} size="2xsmall" color="green">
              {DIET_LABELS[diet]}
            </Badge>
          ))}
          {facts.third_party_tested && (
            <Badge size="2xsmall" color="blue">
              Third-party tested
            </Badge>
          )}
        </div>
      )}
    </div>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.after",
})

export default ProductSupplementFactsWidget
