import { describe, expect, it } from "vitest";
import { describeDatabase, describeSchemaFile } from "@/tests/helpers/schema-diff";

describe("migrations match schema.prisma", () => {
  it("has the same tables, columns, types, nullability, defaults, keys, indexes and foreign keys", async () => {
    const fromSchema = describeSchemaFile();
    const fromDb = await describeDatabase(process.env.DATABASE_URL!);
    expect(fromSchema.length).toBeGreaterThan(100);
    expect(fromDb).toEqual(fromSchema);
  });

  it("notices a column the migrations lack", async () => {
    const fromSchema = describeSchemaFile();
    const fromDb = await describeDatabase(process.env.DATABASE_URL!);
    const tampered = fromSchema.filter((f) => !f.startsWith("column ReviewState.dueAt "));
    expect(fromDb).not.toEqual(tampered);
  });
});
