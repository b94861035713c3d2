import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { agreementBand } from "./agreement-band";
import { bootstrapInterval } from "./bootstrap";
import { dimensionAgreement, type Rating } from "./dimension-agreement";
import { krippendorffAlpha } from "./krippendorff-alpha";
import { seededRandom } from "./seeded-random";
import { weightedKappa } from "./weighted-kappa";

const _ = null;

describe("Krippendorff's alpha against Krippendorff's own worked examples", () => {
  // "Computing Krippendorff's Alpha-Reliability" (2011), section C: four observers, twelve
  // units, values 1-5, with missing values; unit 12 has a single value and is not pairable.
  const observers = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
    [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
  ];
  const units = (observers[0] as (number | null)[]).map((_value, u) =>
    observers.map((row) => row[u] ?? null),
  );

  it("gives 0.743 for nominal data", () => {
    expect(krippendorffAlpha(units, "nominal").value).toBeCloseTo(0.743, 3);
  });

  it("gives 0.815 for ordinal data", () => {
    expect(krippendorffAlpha(units, "ordinal")).toEqual({ value: expect.closeTo(0.815, 3), units: 11 });
  });

  it("gives 0.849 for interval data", () => {
    expect(krippendorffAlpha(units, "interval").value).toBeCloseTo(0.849, 3);
  });

  it("gives 0.095 for the two observers' binary data (section A)", () => {
    const a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0];
    const b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];
    expect(
      krippendorffAlpha(
        a.map((value, i) => [value, b[i] ?? null]),
        "nominal",
      ).value,
    ).toBeCloseTo(0.095, 3);
  });

  it("is 1 when the raters agree perfectly, whatever is missing", () => {
    expect(
      krippendorffAlpha([
        [1, 1, _],
        [2, _, 2],
        [4, 4, 4],
        [3, 3, _],
      ]).value,
    ).toBe(1);
  });

  it("is undefined when every value is the same level, or nothing is pairable", () => {
    expect(
      krippendorffAlpha([
        [3, 3],
        [3, 3, 3],
      ]).value,
    ).toBeNull();
    expect(
      krippendorffAlpha([
        [1, _],
        [_, 2],
      ]),
    ).toEqual({ value: null, units: 0 });
  });
});

describe("weighted Cohen's kappa", () => {
  // SAS/STAT User's Guide, PROC FREQ, "Cohen's Kappa Coefficients": two dermatologists
  // rate 88 patients' skin condition on four ordered levels. Published: weighted kappa
  // 0.5082 with Cicchetti-Allison weights (linear: 1 - |i - j| / 3).
  const table = [
    [10, 4, 1, 0],
    [5, 10, 12, 2],
    [2, 4, 12, 5],
    [0, 2, 6, 13],
  ];
  const pairs = table.flatMap((row, i) =>
    row.flatMap((count, j) => Array.from({ length: count }, () => [i + 1, j + 1] as const)),
  );

  it("gives the textbook 0.5082 for the dermatologists with linear weights", () => {
    expect(weightedKappa(pairs, [1, 2, 3, 4], "linear")).toEqual({
      value: expect.closeTo(0.5082, 4),
      units: 88,
    });
  });

  it("with quadratic weights equals 2cov / (var + var + squared mean difference), Cohen's identity", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })), { minLength: 2 }),
        (sample) => {
          const n = sample.length;
          const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / n;
          const xs = sample.map(([x]) => x);
          const ys = sample.map(([, y]) => y);
          const [mx, my] = [mean(xs), mean(ys)];
          const covariance = mean(sample.map(([x, y]) => (x - mx) * (y - my)));
          const denominator =
            mean(xs.map((x) => (x - mx) ** 2)) + mean(ys.map((y) => (y - my) ** 2)) + (mx - my) ** 2;
          const kappa = weightedKappa(sample, [1, 2, 3, 4], "quadratic").value;
          if (denominator === 0) expect(kappa).toBeNull();
          else expect(kappa).toBeCloseTo((2 * covariance) / denominator, 10);
        },
      ),
    );
  });

  it("is 1 for perfect agreement and skips units a rater left unscored", () => {
    expect(
      weightedKappa(
        [
          [1, 1],
          [2, 2],
          [4, 4],
          [3, _],
          [_, 2],
        ],
        [1, 2, 3, 4],
      ),
    ).toEqual({ value: 1, units: 3 });
  });

  it("is undefined when both raters used one level throughout", () => {
    expect(
      weightedKappa(
        [
          [3, 3],
          [3, 3],
        ],
        [1, 2, 3, 4],
      ).value,
    ).toBeNull();
  });
});

describe("agreement on a rubric dimension", () => {
  const ratings = (rows: Record<string, (number | null)[]>): Rating[] =>
    Object.entries(rows).flatMap(([raterId, levels]) =>
      levels.map((level, unit) => ({ unitId: `session-${unit}`, raterId, level })),
    );
  const options = { random: seededRandom(7) };

  it("uses weighted kappa for two raters and ordinal alpha for more", () => {
    const two = dimensionAgreement(ratings({ ana: [1, 2, 3, 4, 2, 3], ben: [1, 2, 3, 3, 2, 4] }), options);
    expect(two.method).toBe("weighted-kappa");
    const three = dimensionAgreement(
      ratings({ ana: [1, 2, 3, 4, 2, 3], ben: [1, 2, 3, 3, 2, 4], cy: [2, 2, _, 4, 1, 3] }),
      options,
    );
    expect(three).toMatchObject({ method: "krippendorff-alpha", raters: 3, units: 6 });
  });

  it("gives no figure for a single rater", () => {
    expect(dimensionAgreement(ratings({ ana: [1, 2, 3] }), options)).toMatchObject({
      method: null,
      value: null,
    });
  });

  it("bands figures: below 0.6 flagged, above 0.8 strong", () => {
    expect([0.59, 0.6, 0.8, 0.81].map(agreementBand)).toEqual([
      "weak",
      "substantial",
      "substantial",
      "strong",
    ]);
  });

  it("gives an interval around the figure once there are enough units, the same on every run", () => {
    const rows = { ana: [1, 2, 3, 4, 2, 3, 1, 4, 2, 3], ben: [1, 2, 3, 3, 2, 4, 2, 4, 2, 3] };
    const first = dimensionAgreement(ratings(rows), { random: seededRandom(1) });
    const again = dimensionAgreement(ratings(rows), { random: seededRandom(1) });
    expect(first.interval).not.toBeNull();
    expect(first.interval).toEqual(again.interval);
    expect(first.interval?.low).toBeLessThanOrEqual(first.value as number);
    expect(first.interval?.high).toBeGreaterThanOrEqual(first.value as number);
  });

  it("gives alpha's interval from summed coincidence shares exactly as recomputing alpha per resample would", () => {
    const rows = {
      ana: [1, 2, 3, 4, 2, 3, 1, 4, 2, 3, _, 2],
      ben: [1, 2, 3, 3, 2, 4, 2, 4, _, 3, 1, 2],
      cleo: [2, 2, 4, 4, 1, 3, _, 3, 2, 4, 1, _],
    };
    const fast = dimensionAgreement(ratings(rows), { random: seededRandom(11) });
    // The units as the figure counts them: a row per session, raters in name order, two levels at least.
    const units = rows.ana
      .map((_level, unit) => [rows.ana[unit] ?? _, rows.ben[unit] ?? _, rows.cleo[unit] ?? _])
      .filter((row) => row.filter((level) => level !== null).length >= 2);
    const slow = bootstrapInterval(units, (sample) => krippendorffAlpha(sample, "ordinal").value, {
      random: seededRandom(11),
    });
    expect(fast.method).toBe("krippendorff-alpha");
    expect(fast.interval?.low).toBeCloseTo(slow?.low as number, 10);
    expect(fast.interval?.high).toBeCloseTo(slow?.high as number, 10);
  });

  it("gives no interval for fewer than five units", () => {
    expect(dimensionAgreement(ratings({ ana: [1, 2, 4], ben: [1, 3, 4] }), options).interval).toBeNull();
  });
});

describe("the bootstrap", () => {
  it("covers the mean of a sample with a narrower interval as the sample grows", () => {
    const mean = (sample: readonly number[]) => sample.reduce((sum, value) => sum + value, 0) / sample.length;
    const small = Array.from({ length: 10 }, (_value, i) => i % 4);
    const large = Array.from({ length: 400 }, (_value, i) => i % 4);
    const a = bootstrapInterval(small, mean, { random: seededRandom(3) });
    const b = bootstrapInterval(large, mean, { random: seededRandom(3) });
    expect(a && b).toBeTruthy();
    expect((a?.high ?? 0) - (a?.low ?? 0)).toBeGreaterThan((b?.high ?? 0) - (b?.low ?? 0));
    expect(b?.low).toBeLessThan(1.5);
    expect(b?.high).toBeGreaterThan(1.5);
  });
});
