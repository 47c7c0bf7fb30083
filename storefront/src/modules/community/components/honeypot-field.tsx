/** Honeypot: people never see or reach it; naive bots fill it in (the backend then drops the post). */
export default function HoneypotField({ idPrefix }: { idPrefix: string }) {
  return (
    <div aria-hidden="true" className="absolute top-0 -left-[10000px] h-px w-px overflow-hidden">
      <label htmlFor={`${idPrefix}website`}>Leave this field empty</label>
      <input id={`${idPrefix}website`} name="website" type="text" tabIndex={-1} autoComplete="off" aria-hidden="true" defaultValue="" />
    </div>
  )
}
