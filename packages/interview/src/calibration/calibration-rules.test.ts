import { describe, expect, it } from "vitest";
import { mayOpenCalibration, mayReadCalibrationScores } from "./calibration-rules";

describe("blind calibration", () => {
  it("hides the others' scores from a rater until they submit, even a coach", () => {
    expect(mayReadCalibrationScores({ rater: true, submitted: false, mayCalibrate: true })).toBe(false);
    expect(mayReadCalibrationScores({ rater: true, submitted: false, mayCalibrate: false })).toBe(false);
    expect(mayReadCalibrationScores({ rater: true, submitted: true, mayCalibrate: false })).toBe(true);
  });

  it("shows them at once to a coach who is not scoring, and never to a member who is not a rater", () => {
    expect(mayReadCalibrationScores({ rater: false, submitted: false, mayCalibrate: true })).toBe(true);
    expect(mayReadCalibrationScores({ rater: false, submitted: false, mayCalibrate: false })).toBe(false);
    expect(mayOpenCalibration({ rater: false, submitted: false, mayCalibrate: false })).toBe(false);
    expect(mayOpenCalibration({ rater: true, submitted: false, mayCalibrate: false })).toBe(true);
  });
});
