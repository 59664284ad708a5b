export const IDENTIFICATION_QUESTION_IDS = ['solution', 'sponsorship', 'perception', 'affected'] as const
export type IdentificationQuestionId = (typeof IDENTIFICATION_QUESTION_IDS)[number]

/** The four prompts that guide the room's brainstorm of who matters. */
export const IDENTIFICATION_QUESTIONS: Readonly<Record<IdentificationQuestionId, string>> = {
  solution: 'Whose knowledge do we need to shape a solution that works?',
  sponsorship: 'Who can give us sponsorship, budget and decisions?',
  perception: 'Whose opinion changes how others see this change?',
  affected: 'Who can speak for the people the change affects most?',
}
