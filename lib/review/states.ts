/** The review states of a segment, in order: no translation, needs work, translated, reviewed, approved. */
export const segmentStates = ['missing', 'draft', 'translated', 'reviewed', 'approved'] as const;
export type SegmentState = (typeof segmentStates)[number];

/** The states a reviewer can set (missing follows from the content). */
export const settableStates = ['draft', 'translated', 'reviewed', 'approved'] as const satisfies readonly SegmentState[];
export type SettableState = (typeof settableStates)[number];
