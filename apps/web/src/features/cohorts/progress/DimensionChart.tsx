"use client";

import { useState } from "react";
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { useViewerZone } from "@/ui/use-viewer-zone";
import { ViewToggle } from "../components/ViewToggle";
import {
  type ChartRow,
  chartRows,
  markerPath,
  OPEN_MARKERS,
  type SeriesInput,
  type SeriesLook,
  seriesLook,
} from "./chart-rows";

const LEVELS = ["", "1 weak", "2", "3", "4 strong"];
const shortDate = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone }).format(new Date(iso));

function Marker({ look, x, y }: { look: SeriesLook; x: number; y: number }) {
  const open = OPEN_MARKERS.has(look.marker);
  return (
    <path
      d={markerPath(look.marker, x, y)}
      fill={open ? "none" : look.color}
      stroke={look.color}
      strokeWidth={open ? 2 : 1}
    />
  );
}

function LegendSample({ look }: { look: SeriesLook }) {
  return (
    <svg width="34" height="14" aria-hidden="true" focusable="false">
      <line x1="1" y1="7" x2="33" y2="7" stroke={look.color} strokeWidth="2" strokeDasharray={look.dash} />
      <Marker look={look} x={17} y={7} />
    </svg>
  );
}

/**
 * One rubric's dimensions over time, one line each, told apart by dash pattern and marker
 * shape as well as colour; "Table" shows the same numbers as a table.
 */
export function DimensionChart({ title, series }: { title: string; series: SeriesInput[] }) {
  const [view, setView] = useState<"chart" | "table">("chart");
  // Dates in the viewer's zone once the browser has said which (UTC before, as the server renders).
  const zone = useViewerZone() ?? "UTC";
  const rows: ChartRow[] = chartRows(series);
  const data = rows.map((row) => ({ label: shortDate(row.at, zone), ...row.levels }));
  const headingId = `chart-${series[0]?.dimension.replace(/[^a-z0-9]/gi, "-")}`;
  return (
    <figure className="progress-chart" aria-labelledby={headingId}>
      <div className="progress-chart-head">
        <figcaption id={headingId}>
          <strong>{title}</strong>
          <span className="small muted"> · levels 1 (weak) to 4 (strong), released feedback only</span>
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
        <>
          <ul className="chart-legend">
            {series.map((entry, index) => (
              <li key={entry.dimension}>
                <LegendSample look={seriesLook(index)} />
                {entry.title}
              </li>
            ))}
          </ul>
          <LineChart
            responsive
            style={{ width: "100%", height: 240 }}
            data={data}
            margin={{ top: 14, right: 16, bottom: 4, left: 4 }}
            title={`${title}: levels per session`}
          >
            <CartesianGrid stroke="#e4e7f0" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 12, fill: "#5b6477" }} />
            <YAxis
              domain={[1, 4]}
              ticks={[1, 2, 3, 4]}
              allowDecimals={false}
              width={64}
              tick={{ fontSize: 12, fill: "#5b6477" }}
              tickFormatter={(level: number) => LEVELS[level] ?? String(level)}
            />
            <Tooltip />
            {series.map((entry, index) => {
              const look = seriesLook(index);
              return (
                <Line
                  key={entry.dimension}
                  type="linear"
                  dataKey={entry.dimension}
                  name={entry.title}
                  stroke={look.color}
                  strokeWidth={2}
                  strokeDasharray={look.dash}
                  connectNulls
                  isAnimationActive={false}
                  dot={({ cx, cy, index }) =>
                    cx === undefined || cy === undefined ? (
                      <g key={`${entry.dimension}-${index}`} />
                    ) : (
                      <Marker key={`${entry.dimension}-${index}`} look={look} x={cx} y={cy} />
                    )
                  }
                />
              );
            })}
          </LineChart>
        </>
      ) : (
        <table className="data-table stack">
          <caption className="sr-only">{title}: levels per session</caption>
          <thead>
            <tr>
              <th scope="col">Session</th>
              {series.map((entry) => (
                <th key={entry.dimension} scope="col" className="num">
                  {entry.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.sessionId}>
                <th scope="row">{shortDate(row.at, zone)}</th>
                {series.map((entry) => (
                  <td key={entry.dimension} className="num" data-label={entry.title}>
                    {row.levels[entry.dimension] ?? "–"}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}
