import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ReviewHeatmap } from "@/components/progress/heatmap";

describe("ReviewHeatmap", () => {
  const html = renderToStaticMarkup(
    <ReviewHeatmap
      today="2026-06-10"
      days={[
        { day: "2026-06-09", count: 2 },
        { day: "2026-06-10", count: 1 },
      ]}
    />,
  );

  it("labels weekdays and months", () => {
    for (const label of [">Mon<", ">Wed<", ">Fri<", ">Jun<", ">Jan<"]) expect(html).toContain(label);
  });

  it("names the chart and says in words what it shows, today included", () => {
    const summary = "3 reviews on 2 days in the last year; 3 reviews in the last 7 days, 1 review today.";
    expect(html).toContain(`aria-label="Reviews per day over the last year: ${summary}"`);
    expect(html).toContain(`<figcaption class="text-sm text-slate-700 dark:text-slate-300">${summary}</figcaption>`);
  });

  it("lets a keyboard reach the sideways scroller", () => {
    expect(html).toMatch(/<div[^>]*role="group"[^>]*aria-label="Review calendar, scrolls sideways"[^>]*tabindex="0"/);
  });

  it("ends with today", () => {
    const titles = [...html.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1]);
    expect(titles.at(-1)).toBe("2026-06-10: 1 review");
  });
});
