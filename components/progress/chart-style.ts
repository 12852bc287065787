// Colours chosen to read on both themes (text uses currentColor); shared by every progress chart.
export const BRAND = "#2f6fdb";
export const axis = { stroke: "currentColor", fontSize: 12 };
export const tooltip = {
  contentStyle: { background: "#0f172a", color: "#fff", border: 0 },
  labelStyle: { color: "#fff" },
};
