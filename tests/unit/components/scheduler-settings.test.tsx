import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SchedulerSettings } from "@/components/account/scheduler-settings";

describe("scheduler settings", () => {
  const html = renderToStaticMarkup(<SchedulerSettings />);

  it("offers SM-2 and FSRS as labelled radios, each described by its sentence, in a named group", () => {
    expect(html).toMatch(/<legend[^>]*>Which scheduler sets your due dates<\/legend>/);
    for (const name of ["SM2", "FSRS"]) {
      expect(html).toMatch(
        new RegExp(`<input type="radio" id="scheduler-${name}"[^>]*aria-describedby="scheduler-${name}-text"`),
      );
      expect(html).toMatch(new RegExp(`<label for="scheduler-${name}"`));
      expect(html).toMatch(new RegExp(`<p id="scheduler-${name}-text"[^>]*>[^<]{20,}</p>`));
    }
  });

  it("leaves rescheduling off by default and says what keeping and rescheduling mean", () => {
    const box = html.match(/<input type="checkbox"[^>]*>/)![0];
    expect(box).toContain('id="field-reschedule"');
    expect(box).not.toContain("checked");
    expect(html).toMatch(/<label for="field-reschedule"[^>]*>Reschedule my cards now<\/label>/);
    expect(html).toMatch(/<p id="field-reschedule-hint"[^>]*>Off: every card keeps the due date it has/);
  });

  it("shows the retention field only for FSRS (SM-2 until the settings load)", () => {
    expect(html).not.toContain('name="desiredRetention"');
  });
});
