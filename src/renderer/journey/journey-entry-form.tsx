import { nanoid } from 'nanoid'
import { useState } from 'react'
import { JOURNEY_SIZES, type JourneySize } from '../../core/journey/catalog'
import { addJourneyEntry, createJourneyEntry, parseTags } from '../../core/journey/journey-edits'
import { todayIso } from '../common/today'
import { sessionActions } from '../state/workshop-session'
import { journeyViewActions } from './journey-store'

/** Quick capture of a day on the journey; the people involved are linked afterwards on the right. */
export function JourneyEntryForm() {
  const [date, setDate] = useState(todayIso)
  const [size, setSize] = useState<JourneySize>('small')
  const [title, setTitle] = useState('')
  const [story, setStory] = useState('')
  const [tags, setTags] = useState('')
  return (
    <form
      className="journey-form"
      aria-label="New journey entry"
      onSubmit={(event) => {
        event.preventDefault()
        if (!title.trim() || !date) return
        const entry = createJourneyEntry({ date, size, title, story, tags: parseTags(tags) }, nanoid(10))
        sessionActions.edit(`Add “${entry.title}” to the journey`, (w) => addJourneyEntry(w, entry))
        journeyViewActions.select(entry.id)
        setTitle('')
        setStory('')
        setTags('')
      }}
    >
      <h2>Add a day to the journey</h2>
      <div className="inline-row">
        <input type="date" aria-label="Day" className="date-input" value={date} onChange={(event) => setDate(event.target.value)} />
        <div className="segmented" role="group" aria-label="Kind of day">
          {(['big', 'small'] as const).map((s) => (
            <button key={s} type="button" aria-pressed={size === s} title={JOURNEY_SIZES[s].description} onClick={() => setSize(s)}>
              {JOURNEY_SIZES[s].label}
            </button>
          ))}
        </div>
        <input aria-label="What happened" placeholder="What happened (a title)" value={title} maxLength={200} onChange={(event) => setTitle(event.target.value)} />
      </div>
      <textarea aria-label="The story" placeholder="The story worth retelling" rows={2} maxLength={5000} value={story} onChange={(event) => setStory(event.target.value)} />
      <div className="inline-row">
        <input aria-label="Tags" placeholder="Tags, comma separated" value={tags} onChange={(event) => setTags(event.target.value)} />
        <button type="submit" className="primary" disabled={!title.trim() || !date}>
          Add to the journey
        </button>
      </div>
    </form>
  )
}
