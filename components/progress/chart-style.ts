// Colour chosen to read on both themes (text uses currentColor); shared by every progress chart.
export const BRAND = "#2f6fdb";
