import { describe, expect, it } from "vitest";
import { COMPONENT_KINDS } from "./catalogue";
import { COMPONENT_DEFAULT_SIZE, componentHeightFor, componentLayout } from "./layout";

describe("a component's layout", () => {
  it("draws databases as cylinders and everything else as cards", () => {
    expect(componentLayout("sql-database", 150, 120, 30).body).toBe("cylinder");
    expect(componentLayout("nosql-database", 150, 120, 30).body).toBe("cylinder");
    expect(componentLayout("cache", 150, 120, 30)).toMatchObject({ body: "card", capHeight: 0 });
  });

  it("keeps the icon inside the box and above the label, centred, for every kind", () => {
    for (const kind of COMPONENT_KINDS) {
      const { w, h } = COMPONENT_DEFAULT_SIZE;
      const label = 42;
      const { icon, capHeight } = componentLayout(kind, w, h, label);
      expect(icon.size, kind).toBeGreaterThan(28);
      expect(icon.x, kind).toBeCloseTo((w - icon.size) / 2);
      expect(icon.y, kind).toBeGreaterThanOrEqual(capHeight * 2);
      expect(icon.y + icon.size, kind).toBeLessThanOrEqual(h - label);
    }
  });

  it("grows the icon with the box", () => {
    const small = componentLayout("service", 150, 120, 32).icon.size;
    const large = componentLayout("service", 300, 240, 32).icon.size;
    expect(large).toBeGreaterThan(small * 1.8);
  });

  it("asks for a taller box when the label takes more lines", () => {
    expect(componentHeightFor("service", 90)).toBeGreaterThan(componentHeightFor("service", 40));
    const needed = componentHeightFor("sql-database", 90);
    expect(componentLayout("sql-database", 150, needed, 90).icon.size).toBeGreaterThanOrEqual(20);
  });
});
