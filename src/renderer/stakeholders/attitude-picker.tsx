import type { CSSProperties } from 'react'
import { ATTITUDES, ATTITUDE_INFO, type Attitude } from '../../core/workshop/attitude'

/** The five attitudes as buttons in their map colours; the current one is pressed. */
export function AttitudePicker({ value, onPick }: { value: Attitude; onPick: (attitude: Attitude) => void }) {
  return (
    <fieldset className="field">
      <legend>Attitude</legend>
      <div className="attitude-picker">
        {ATTITUDES.map((a) => (
          <button key={a} type="button" aria-pressed={value === a} style={{ '--attitude': ATTITUDE_INFO[a].colour } as CSSProperties} onClick={() => onPick(a)}>
            {ATTITUDE_INFO[a].label}
          </button>
        ))}
      </div>
    </fieldset>
  )
}
