import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";

/** Parses the markup so assertions read attributes, not string fragments. */
function dom(html: string) {
  const attrs = (tag: string) => {
    const m = html.match(new RegExp(`<${tag}\\b([^>]*)>`));
    return Object.fromEntries([...(m?.[1] ?? "").matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map(([, k, v]) => [k, v ?? ""]));
  };
  return { attrs, html };
}

describe("form field kit", () => {
  it("labels the input by its id, field-<name> by default", () => {
    const { attrs } = dom(renderToStaticMarkup(<TextField label="Email" name="email" type="email" />));
    expect(attrs("label").for).toBe("field-email");
    expect(attrs("input")).toMatchObject({ id: "field-email", name: "email", type: "email" });
    expect(attrs("input")["aria-invalid"]).toBeUndefined();
    expect(attrs("input")["aria-describedby"]).toBeUndefined();
  });

  it("ties the hint and the errors to the control and marks it invalid", () => {
    const { attrs, html } = dom(
      renderToStaticMarkup(
        <TextField
          id="deck-title"
          name="title"
          label="Title"
          hint="Short."
          errors={["Enter a title", "At most 120"]}
        />,
      ),
    );
    expect(attrs("input")).toMatchObject({
      id: "deck-title",
      "aria-invalid": "true",
      "aria-describedby": "deck-title-hint deck-title-error",
    });
    expect(html).toMatch(/<p id="deck-title-hint"[^>]*>Short\.<\/p>/);
    expect(html).toMatch(/<p id="deck-title-error" aria-live="polite"[^>]*>Enter a title At most 120<\/p>/);
  });

  it("keeps the error line in the page while empty, so later errors are announced", () => {
    const { html } = dom(renderToStaticMarkup(<TextField label="Name" name="name" />));
    expect(html).toMatch(/<p id="field-name-error" aria-live="polite"[^>]*><\/p>/);
  });

  it("gives text areas and selects the same label, hint and error wiring", () => {
    const area = dom(renderToStaticMarkup(<TextAreaField id="d" label="Description" errors={["Too long"]} />));
    expect(area.attrs("textarea")).toMatchObject({
      id: "d",
      rows: "3",
      "aria-invalid": "true",
      "aria-describedby": "d-error",
    });
    const select = dom(
      renderToStaticMarkup(
        <SelectField
          label="Time zone"
          name="timeZone"
          hint="Your study day starts at 04:00 in this zone."
          errors={["Unknown time zone"]}
        >
          <option>UTC</option>
        </SelectField>,
      ),
    );
    expect(select.attrs("label").for).toBe("field-timeZone");
    expect(select.attrs("select")).toMatchObject({
      id: "field-timeZone",
      "aria-describedby": "field-timeZone-hint field-timeZone-error",
      "aria-invalid": "true",
    });
  });

  it("puts the caller's className on the wrapper, not on the control", () => {
    const { attrs } = dom(renderToStaticMarkup(<TextField id="c" label="Chapter" className="max-w-xs" />));
    expect(attrs("div").class).toContain("max-w-xs");
    expect(attrs("input").class).not.toContain("max-w-xs");
  });
});
