import type { TopicRevenuePoint } from "@supplement-store/contract"
import { Text } from "@medusajs/ui"
import { useId } from "react"
import { formatMoney } from "../../lib/attribution"

const WIDTH = 720
const HEIGHT = 240
const MARGIN = { top: 12, right: 16, bottom: 28, left: 72 }
const PLOT_WIDTH = WIDTH - MARGIN.left - MARGIN.right
const PLOT_HEIGHT = HEIGHT - MARGIN.top - MARGIN.bottom
const COLORS = ["#2563eb", "#16a34a", "#d97706", "#9333ea", "#dc2626", "#0891b2", "#4b5563", "#db2777"]
const X_TICKS = 6

/** Every UTC day from `from` to `to`, both included. */
function daysBetween(from: string, to: string): string[] {
  const days: string[] = []
  for (let time = Date.parse(from); time <= Date.parse(to); time += 86_400_000) {
    days.push(new Date(time).toISOString().slice(0, 10))
  }
  return days
}

const shortDay = (day: string) => new Date(`${day}T00:00:00Z`).toLocaleDateString(undefined, { month: "short", day: "numeric", timeZone: "UTC" })

type RevenueChartProps = { series: TopicRevenuePoint[]; from: string; to: string; currencyCode: string }

/** Revenue (last article read) of each topic per day, one line per topic, drawn as inline SVG with its legend. */
export function RevenueChart({ series, from, to, currencyCode }: RevenueChartProps) {
  const id = useId()
  const days = daysBetween(from, to)
  const topics = [...new Map(series.map((point) => [point.topic_id ?? "", point.topic_name])).entries()]
  if (topics.length === 0) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        No revenue came from articles in this period.
      </Text>
    )
  }
  const revenue = new Map(series.map((point) => [`${point.topic_id ?? ""}|${point.day}`, point.revenue_last]))
  const highest = Math.max(...series.map((point) => point.revenue_last), 1)
  const x = (index: number) => MARGIN.left + (days.length === 1 ? PLOT_WIDTH / 2 : (index / (days.length - 1)) * PLOT_WIDTH)
  const y = (amount: number) => MARGIN.top + PLOT_HEIGHT - (amount / highest) * PLOT_HEIGHT
  const tickEvery = Math.max(1, Math.ceil(days.length / X_TICKS))
  const totals = topics.map(([topicId, name]) => ({
    topicId,
    name,
    total: days.reduce((sum, day) => sum + (revenue.get(`${topicId}|${day}`) ?? 0), 0),
  }))

  return (
    <figure className="flex flex-col gap-3">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full max-w-4xl" role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>Revenue by topic per day, {from} to {to}</title>
        <desc id={`${id}-desc`}>
          {totals.map(({ name, total }) => `${name}: ${formatMoney(total, currencyCode)}`).join("; ")}
        </desc>
        {[0, 0.5, 1].map((share) => (
          <g key={share}>
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(highest * share)} y2={y(highest * share)} stroke="currentColor" strokeOpacity={0.15} />
            <text x={MARGIN.left - 6} y={y(highest * share)} textAnchor="end" dominantBaseline="middle" fontSize={11} fill="currentColor">
              {formatMoney(highest * share, currencyCode)}
            </text>
          </g>
        ))}
        {days.map((day, index) =>
          index % tickEvery === 0 || index === days.length - 1 ? (
            <text key={day} x={x(index)} y={HEIGHT - 8} textAnchor="middle" fontSize={11} fill="currentColor">
              {shortDay(day)}
            </text>
          ) : null
        )}
        {topics.map(([topicId, name], topicIndex) => {
          const color = COLORS[topicIndex % COLORS.length]
          const points = days.map((day, index) => [x(index), y(revenue.get(`${topicId}|${day}`) ?? 0)] as const)
          return (
            <g key={topicId} data-topic={name}>
              <polyline points={points.map(([px, py]) => `${px},${py}`).join(" ")} fill="none" stroke={color} strokeWidth={2} />
              {points.map(([px, py], index) => (
                <circle key={days[index]} cx={px} cy={py} r={days.length > 31 ? 1.5 : 3} fill={color} />
              ))}
            </g>
          )
        })}
      </svg>
      <figcaption>
        <ul className="flex flex-wrap gap-x-4 gap-y-1" aria-label="Topics">
          {totals.map(({ topicId, name, total }, topicIndex) => (
            <li key={topicId} className="txt-compact-small flex items-center gap-1.5">
              <span aria-hidden="true" className="inline-block h-2.5 w-2.5 rounded-full" style={{ background: COLORS[topicIndex % COLORS.length] }} />
              {name} ({formatMoney(total, currencyCode)})
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  )
}
