/**
 * An objectively wrong answer caps recall at 2 (DESIGN.md, daily study): the learner may
 * say how close they were, never that they knew it. Shared by the review service and the
 * study screen, so both refuse the same grades.
 */
export function maxGradeFor(correct: boolean | null | undefined): 2 | 5 {
  return correct === false ? 2 : 5;
}
