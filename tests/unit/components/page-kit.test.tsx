import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { StatusAlert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { PasswordField } from "@/components/ui/field";
import { Section } from "@/components/ui/section";

const cells = (html: string, tag: "th" | "td") =>
  [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>(.*?)</${tag}>`, "g"))].map((m) => m[1]);

describe("DataTable", () => {
  const rows = [
    { id: "a", title: "Namespaces", score: 80 },
    { id: "b", title: "Cgroups", score: null },
  ];
  const html = renderToStaticMarkup(
    <DataTable
      rows={rows}
      columns={[
        { header: "Quiz", cell: (r) => r.title },
        { header: "Best", cell: (r) => (r.score === null ? "—" : `${r.score}%`) },
        { header: "", cell: (r) => <a href={`/quizzes/${r.id}`}>Open</a> },
      ]}
    />,
  );

  it("shows one header row and one row per item, cells in column order", () => {
    expect(cells(html, "th")).toEqual(["Quiz", "Best", ""]);
    expect(cells(html, "td")).toEqual([
      "Namespaces",
      "80%",
      '<a href="/quizzes/a">Open</a>',
      "Cgroups",
      "—",
      '<a href="/quizzes/b">Open</a>',
    ]);
    expect(html.match(/<tr/g)).toHaveLength(3);
  });

  it("renders no rows for an empty list", () => {
    const empty = renderToStaticMarkup(<DataTable rows={[]} columns={[{ header: "Quiz", cell: () => "x" }]} />);
    expect(cells(empty, "td")).toEqual([]);
    expect(cells(empty, "th")).toEqual(["Quiz"]);
  });
});

describe("Section", () => {
  it("is a region named by its heading", () => {
    const html = renderToStaticMarkup(
      <Section id="new-deck-heading" title="New deck">
        <p>form</p>
      </Section>,
    );
    expect(html).toMatch(/^<section aria-labelledby="new-deck-heading"/);
    expect(html).toContain('<h2 id="new-deck-heading" class="text-xl font-semibold">New deck</h2><p>form</p>');
  });
});

describe("SubmitButton", () => {
  it("says what it does, and while pending says so and is disabled", () => {
    const idle = renderToStaticMarkup(
      <SubmitButton pending={false} pendingLabel="Saving…">
        Save settings
      </SubmitButton>,
    );
    const busy = renderToStaticMarkup(
      <SubmitButton pending pendingLabel="Saving…">
        Save settings
      </SubmitButton>,
    );
    expect(idle).toMatch(/<button type="submit"[^>]*>Save settings<\/button>/);
    expect(idle).not.toContain('disabled=""');
    expect(busy).toMatch(/<button type="submit" disabled=""[^>]*>Saving…<\/button>/);
  });
});

describe("PasswordField", () => {
  const input = (html: string) =>
    Object.fromEntries(
      [...(html.match(/<input\b([^>]*)>/)?.[1] ?? "").matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map(([, k, v]) => [
        k,
        v ?? "",
      ]),
    );

  it("is a required password input that asks for a new or the saved password", () => {
    const fresh = input(renderToStaticMarkup(<PasswordField label="New password" name="password" />));
    const current = input(
      renderToStaticMarkup(<PasswordField current label="Current password" name="currentPassword" />),
    );
    expect(fresh).toMatchObject({ type: "password", autoComplete: "new-password", required: "", id: "field-password" });
    expect(current).toMatchObject({ type: "password", autoComplete: "current-password", required: "" });
  });
});

describe("StatusAlert", () => {
  it("renders nothing without a status, an alert for errors and a status line for success", () => {
    expect(renderToStaticMarkup(<StatusAlert status={null} />)).toBe("");
    expect(renderToStaticMarkup(<StatusAlert status={{ kind: "error", text: "No." }} />)).toMatch(
      /role="alert".*>No\.</,
    );
    expect(renderToStaticMarkup(<StatusAlert status={{ kind: "success", text: "Saved." }} />)).toMatch(
      /role="status".*>Saved\.</,
    );
  });
});
