/** SM-2's grade scale, worded for learners. */
export const GRADE_LABELS: { grade: 0 | 1 | 2 | 3 | 4 | 5; label: string; hint: string }[] = [
  { grade: 0, label: "Blackout", hint: "No memory of it at all" },
  { grade: 1, label: "Wrong", hint: "Wrong, but it felt familiar once shown" },
  { grade: 2, label: "Almost", hint: "Wrong, but the answer seemed easy once shown" },
  { grade: 3, label: "Hard", hint: "Right, with serious difficulty" },
  { grade: 4, label: "Good", hint: "Right, after some hesitation" },
  { grade: 5, label: "Easy", hint: "Right, instant and sure" },
];
