"use client";

import { useState } from "react";
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from "recharts";
import { ViewToggle } from "../components/ViewToggle";

/**
 * How many 1s, 2s, 3s and 4s were given: one bar per level, each labelled with its count,
 * so nothing depends on colour; "Table" shows the same numbers.
 */
export function LevelBars({ title, counts }: { title: string; counts: [number, number, number, number] }) {
  const [view, setView] = useState<"chart" | "table">("chart");
  const data = counts.map((count, index) => ({ level: `Level ${index + 1}`, count }));
  return (
    <figure className="progress-chart" aria-label={title}>
      <div className="progress-chart-head">
        <figcaption>
          <strong>{title}</strong>
        </figcaption>
        <ViewToggle
          legend={`Show ${title} as`}
          options={[
            { value: "chart", label: "Chart" },
            { value: "table", label: "Table" },
          ]}
          value={view}
          onChange={setView}
        />
      </div>
      {view === "chart" ? (
        <BarChart
          responsive
          style={{ width: "100%", height: 200 }}
          data={data}
          margin={{ top: 20, right: 8, bottom: 4, left: 0 }}
          title={`${title}: ${data.map((entry) => `${entry.level}: ${entry.count}`).join(", ")}`}
        >
          <CartesianGrid stroke="#e4e7f0" vertical={false} />
          <XAxis dataKey="level" tick={{ fontSize: 12, fill: "#5b6477" }} />
          <YAxis allowDecimals={false} width={40} tick={{ fontSize: 12, fill: "#5b6477" }} />
          <Bar dataKey="count" name="Scores" fill="#4f46e5" isAnimationActive={false}>
            <LabelList dataKey="count" position="top" fill="#161a26" fontSize={12} />
          </Bar>
        </BarChart>
      ) : (
        <table className="data-table">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col">Level</th>
              <th scope="col" className="num">
                Scores
              </th>
            </tr>
          </thead>
          <tbody>
            {data.map((entry) => (
              <tr key={entry.level}>
                <th scope="row">{entry.level}</th>
                <td className="num">{entry.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}
