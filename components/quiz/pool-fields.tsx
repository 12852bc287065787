"use client";
import { SelectField, TextField } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { MAX_POOLS, type PoolSource } from "@/lib/quiz/pool-limits";
import type { PoolSuggestions } from "@/lib/quiz/pool-schemas";

/** One pool row as typed (count as text, so a half-typed number is not lost). */
export interface PoolDraft {
  key: number;
  source: PoolSource;
  value: string;
  count: string;
}

let nextKey = 1;
export const newPool = (): PoolDraft => ({ key: nextKey++, source: "tag", value: "", count: "5" });

/** The rows as the API takes them; the server checks them again (and that the deck can fill them). */
export const poolsBody = (pools: PoolDraft[]) =>
  pools.map((p) => ({ source: p.source, value: p.value.trim(), count: Number(p.count) }));

/**
 * The new-quiz form's pools: each draws N questions by tag or by section (and its subsections);
 * none means the whole deck. Plain fields and buttons, so it is all keyboard; suggestions come
 * from the chosen deck's tags and sections through a datalist.
 */
export function PoolFields({
  pools,
  onChange,
  suggestions,
  errors,
}: {
  pools: PoolDraft[];
  onChange: (next: PoolDraft[]) => void;
  suggestions: PoolSuggestions;
  errors: Partial<Record<string, string[]>>;
}) {
  const update = (key: number, patch: Partial<PoolDraft>) =>
    onChange(pools.map((p) => (p.key === key ? { ...p, ...patch } : p)));
  const total = poolsBody(pools).reduce((n, p) => n + (Number.isFinite(p.count) ? p.count : 0), 0);
  return (
    <fieldset className="flex flex-col gap-3 rounded-md border border-slate-300 p-3 dark:border-slate-700">
      <legend className="px-1 text-sm font-medium">Question pools</legend>
      <p id="pools-hint" className="text-xs text-slate-600 dark:text-slate-400">
        {pools.length
          ? `Each attempt draws ${total} question${total === 1 ? "" : "s"}: the count of every pool, never one twice, questions the learner has not had yet first.`
          : "No pools: each attempt draws its questions from the whole deck. Add a pool to draw by tag or section."}
      </p>
      {errors.pools && (
        <p className="text-sm text-red-700 dark:text-red-400" role="alert">
          {errors.pools.join(" ")}
        </p>
      )}
      <datalist id="pool-tags">
        {suggestions.tags.map((t) => (
          <option key={t} value={t} />
        ))}
      </datalist>
      <datalist id="pool-sections">
        {suggestions.sections.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      <ol className="flex flex-col gap-3">
        {pools.map((p, i) => (
          <li
            key={p.key}
            className="grid gap-2 border-slate-200 pt-3 not-first:border-t sm:grid-cols-[9rem_minmax(0,1fr)_auto] sm:items-start dark:border-slate-800"
          >
            <SelectField
              id={`pool-${p.key}-source`}
              label={`Pool ${i + 1}: draw by`}
              value={p.source}
              onChange={(e) => update(p.key, { source: e.target.value as PoolSource, value: "" })}
              errors={errors[`pools.${i}.source`]}
            >
              <option value="tag">Tag</option>
              <option value="section">Section</option>
            </SelectField>
            <TextField
              id={`pool-${p.key}-value`}
              label={`Pool ${i + 1}: ${p.source}`}
              placeholder={p.source === "tag" ? "namespaces" : "4.3"}
              list={p.source === "tag" ? "pool-tags" : "pool-sections"}
              value={p.value}
              onChange={(e) => update(p.key, { value: e.target.value })}
              errors={errors[`pools.${i}.value`]}
            />
            <TextField
              id={`pool-${p.key}-count`}
              label={`Pool ${i + 1}: questions`}
              type="number"
              min={1}
              max={100}
              value={p.count}
              onChange={(e) => update(p.key, { count: e.target.value })}
              errors={errors[`pools.${i}.count`]}
              className="sm:col-span-2 sm:max-w-xs"
            />
            <button
              type="button"
              onClick={() => onChange(pools.filter((x) => x.key !== p.key))}
              aria-label={`Remove pool ${i + 1}`}
              className={buttonClass(
                "ghost",
                "self-start justify-self-start px-2 py-1 text-red-700 sm:col-start-3 sm:row-start-1 sm:mt-6 dark:text-red-400",
              )}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      {pools.length < MAX_POOLS && (
        <button
          type="button"
          onClick={() => onChange([...pools, newPool()])}
          className={buttonClass("secondary", "self-start px-3 py-1")}
        >
          Add a pool
        </button>
      )}
    </fieldset>
  );
}
