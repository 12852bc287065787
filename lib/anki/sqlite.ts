import initSqlJs, { type SqlJsStatic } from "sql.js";

let loading: Promise<SqlJsStatic> | null = null;

/**
 * sql.js (SQLite compiled to WebAssembly), loaded once per process. Its wasm file comes from
 * node_modules/sql.js/dist next to the module (sql.js is a server external in next.config.js),
 * never from a CDN.
 */
export function loadSqlJs(): Promise<SqlJsStatic> {
  loading ??= initSqlJs().catch((err: unknown) => {
    loading = null;
    throw err;
  });
  return loading;
}
