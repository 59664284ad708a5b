import type { CommitmentTemplate } from './schema'

export interface CommitmentTemplateText {
  id: CommitmentTemplate
  /** What the template is called in the picker. */
  name: string
  /** One line in the picker on what the document is for. */
  purpose: string
  title: string
  preamble: string
  statements: readonly string[]
}

/** Where the template names the organisation; replaced when a document is drafted from it. */
export const ORGANISATION_PLACEHOLDER = '{organisation}'

/**
 * The starting texts of a commitment document. Vision and governance come first in the leaders'
 * version because those are what people look for before they believe a declaration.
 */
export const COMMITMENT_TEMPLATE_TEXTS: Readonly<Record<CommitmentTemplate, CommitmentTemplateText>> = {
  'leadership-commitment': {
    id: 'leadership-commitment',
    name: 'Leadership commitment',
    purpose: 'The leaders put their names to the change in front of their people.',
    title: 'Our commitment to this change',
    preamble:
      'We, the leaders of {organisation}, sign this so that everyone can see that we back this change, that we will change our own habits first, and that we expect to be held to our word.',
    statements: [
      'We know this change will succeed through what our colleagues do with it, not through what we announce, and we will give them the room to do it.',
      'We will agree clear and simple ground rules for the new way of working, so that people can try it with confidence and without fear of blame.',
      'We will use the new way of working ourselves, in our own meetings and reports, from the first day.',
      'We will make time for our teams to learn before we ask them to give up the old way.',
      'We will listen to what people tell us about the change and say openly what we did with it.',
    ],
  },
  'champion-pledge': {
    id: 'champion-pledge',
    name: "Champion's pledge",
    purpose: 'A colleague who has agreed to champion the change says what they will do for it.',
    title: 'My pledge as a change champion',
    preamble:
      'I have agreed to champion this change at {organisation}. I do it because I believe it will make our work better, and I make these promises to my colleagues and to the change team.',
    statements: [
      'I will try the new way of working early and share honestly what works and what does not.',
      'I will help the colleagues around me get started, and point them to help when I cannot answer myself.',
      'I will carry my team’s questions and worries to the change team and bring the answers back.',
      'I will come to the champions’ meetings, or send word when I cannot.',
    ],
  },
  blank: {
    id: 'blank',
    name: 'Blank document',
    purpose: 'Start from an empty page and write it with the room.',
    title: 'Our commitment',
    preamble: '',
    statements: [],
  },
}

/** The templates in the order of the picker. */
export const COMMITMENT_TEMPLATE_LIST: readonly CommitmentTemplateText[] = [
  COMMITMENT_TEMPLATE_TEXTS['leadership-commitment'],
  COMMITMENT_TEMPLATE_TEXTS['champion-pledge'],
  COMMITMENT_TEMPLATE_TEXTS.blank,
]

/** A template's text with the organisation filled in; a workshop with no organisation reads "our organisation". */
export function fillTemplateText(text: string, organisation: string): string {
  const name = organisation.trim() || 'our organisation'
  return text.split(ORGANISATION_PLACEHOLDER).join(name)
}
