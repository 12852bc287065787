import { smallButtonClass } from "./input-shared";

/**
 * Up/down buttons for one item of a reorderable list (an ordering answer, the author's
 * question list). aria-disabled rather than disabled at the ends, so focus stays on the
 * button that was just used.
 */
export function MoveButtons({
  label,
  first,
  last,
  onMove,
  tabbable = true,
}: {
  label: string;
  first: boolean;
  last: boolean;
  onMove: (by: -1 | 1) => void;
  /** false when the list has its own keyboard moves, so these are for pointers only (no Tab stops). */
  tabbable?: boolean;
}) {
  return (
    <>
      <button
        type="button"
        aria-label={`Move up: ${label}`}
        title="Move up"
        aria-disabled={first || undefined}
        tabIndex={tabbable ? undefined : -1}
        onClick={() => onMove(-1)}
        className={smallButtonClass}
      >
        <span aria-hidden="true">↑</span>
      </button>
      <button
        type="button"
        aria-label={`Move down: ${label}`}
        title="Move down"
        aria-disabled={last || undefined}
        tabIndex={tabbable ? undefined : -1}
        onClick={() => onMove(1)}
        className={smallButtonClass}
      >
        <span aria-hidden="true">↓</span>
      </button>
    </>
  );
}
