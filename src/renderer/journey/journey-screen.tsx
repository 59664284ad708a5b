import { JourneyEntryDetails } from './journey-entry-details'
import { JourneyEntryForm } from './journey-entry-form'
import { JourneyTimeline } from './journey-timeline'
import './journey.css'

/** The story of the change: write down a day, then read the whole journey as a timeline. */
export function JourneyScreen() {
  return (
    <div className="journey-screen">
      <div className="journey-main">
        <JourneyEntryForm />
        <JourneyTimeline />
      </div>
      <JourneyEntryDetails />
    </div>
  )
}
