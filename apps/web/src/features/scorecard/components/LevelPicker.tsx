"use client";

import type { ScoreLevel } from "@mockboard/interview";
import type { RubricDimensionDto } from "../scorecard-types";

/** Levels 1-4 with their descriptors, plus "not observed"; a native radio group (arrow keys work). */
export function LevelPicker(props: {
  name: string;
  dimension: RubricDimensionDto;
  value: ScoreLevel | undefined;
  disabled?: boolean;
  onChange: (level: ScoreLevel) => void;
}) {
  const { dimension } = props;
  return (
    <fieldset className="level-picker" disabled={props.disabled}>
      <legend className="sr-only">Level for {dimension.title}</legend>
      {dimension.levels.map((descriptor, index) => {
        const level = index + 1;
        return (
          <label key={level} className={props.value === level ? "level selected" : "level"}>
            <input
              type="radio"
              name={props.name}
              checked={props.value === level}
              onChange={() => props.onChange(level)}
            />
            <b>{level}</b>
            <span>{descriptor}</span>
          </label>
        );
      })}
      <label className={props.value === null ? "level level-none selected" : "level level-none"}>
        <input
          type="radio"
          name={props.name}
          checked={props.value === null}
          onChange={() => props.onChange(null)}
        />
        <span>Not observed</span>
      </label>
    </fieldset>
  );
}
