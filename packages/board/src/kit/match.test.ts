import { describe, expect, it } from "vitest";
import { entryKey, KIT_ENTRIES } from "./catalogue";
import { matchKitEntries, normalizeName } from "./match";

const first = (query: string) => {
  const [best] = matchKitEntries(query);
  return best ? entryKey(best) : undefined;
};
const keys = (query: string) => matchKitEntries(query).map(entryKey);

describe("matching a typed name to the board kit", () => {
  it("lists the whole kit, in catalogue order, for an empty query", () => {
    expect(keys("  ")).toEqual(KIT_ENTRIES.map(entryKey));
  });

  it("puts the entry whose name is typed exactly first", () => {
    expect(first("cache")).toBe("cache");
    expect(first("Queue")).toBe("queue");
    expect(first("DNS")).toBe("dns");
  });

  it("finds a component by the start of its name, its initials or a product people name", () => {
    expect(first("load")).toBe("load-balancer");
    expect(first("lb")).toBe("load-balancer");
    expect(first("redis")).toBe("cache");
    expect(first("kafka")).toBe("stream");
    expect(first("s3")).toBe("object-store");
    expect(first("postgres")).toBe("sql-database");
    expect(first("dynamo")).toBe("nosql-database");
    expect(first("elastic")).toBe("search-index");
    expect(first("stripe")).toBe("external-api");
  });

  it("offers both databases for 'db' and prefers the one whose name starts with the query", () => {
    expect(keys("db").slice(0, 2)).toEqual(["sql-database", "nosql-database"]);
    expect(first("nosql")).toBe("nosql-database");
    expect(first("sql")).toBe("sql-database");
  });

  it("matches the start of every word typed, in any order", () => {
    expect(first("api gate")).toBe("api-gateway");
    expect(first("gateway api")).toBe("api-gateway");
    expect(first("obj st")).toBe("object-store");
  });

  it("finds the templates by their names and what they are for", () => {
    expect(first("capacity")).toBe("capacity-estimate");
    expect(first("back of the envelope")).toBe("capacity-estimate");
    expect(first("endpoints")).toBe("api-sketch");
    expect(first("schema")).toBe("data-model");
    expect(keys("api")).toEqual(expect.arrayContaining(["api-gateway", "api-sketch", "external-api"]));
    expect(first("api")).toBe("api-gateway");
  });

  it("forgives case, accents, punctuation and letters skipped in a longer query", () => {
    expect(first("LOAD-BALANCER")).toBe("load-balancer");
    expect(first("Élastic")).toBe("search-index");
    expect(first("ldblncr")).toBe("load-balancer");
  });

  it("finds nothing for a name the kit does not have", () => {
    expect(keys("blockchain")).toEqual([]);
  });

  it("normalizes names to lower-case words", () => {
    expect(normalizeName("  API-Gateway (v2) ")).toBe("api gateway v2");
  });
});
