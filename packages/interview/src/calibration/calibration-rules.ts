/** Where the caller stands in one blind calibration. */
export interface CalibrationSeat {
  /** They were asked to score it. */
  rater: boolean;
  /** Their scores are submitted (only meaningful for a rater). */
  submitted: boolean;
  /** Their cohort role may ask for calibrations and read agreement (the cohort rule `calibrate`). */
  mayCalibrate: boolean;
}

/**
 * Blind scoring: a rater sees nobody else's scores until their own are submitted, whatever
 * their cohort role; a coach who is not scoring reads them at once. Only submitted scores are
 * ever shown to anyone but their rater.
 */
export function mayReadCalibrationScores(seat: CalibrationSeat): boolean {
  if (seat.rater) return seat.submitted;
  return seat.mayCalibrate;
}

/** Who may open a calibration at all: its raters and the cohort's calibrating roles. */
export function mayOpenCalibration(seat: CalibrationSeat): boolean {
  return seat.rater || seat.mayCalibrate;
}

/** A calibration needs at least two raters to say anything about agreement. */
export const MIN_CALIBRATION_RATERS = 2;
export const MAX_CALIBRATION_RATERS = 12;
