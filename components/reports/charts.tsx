// Hand-written SVG charts (issue 6: funnel, compliance over time, outcome distribution). Each is an image with
// a title and a description for screen readers; the table under it gives the same numbers and is the
// accessible alternative. Server components: no JavaScript, and they print (colours kept on paper).
import type { ReactNode } from "react";

import type { ReportFormat } from "@/components/reports/number-cell";

const PRINT_COLOURS = { printColorAdjust: "exact", WebkitPrintColorAdjust: "exact" } as const;

function ChartFigure({
  id,
  title,
  description,
  width,
  height,
  note,
  legend,
  children,
}: {
  id: string;
  title: string;
  description: string;
  width: number;
  height: number;
  note: string;
  /** Series names and colours, as HTML so that long names wrap (hidden from screen readers: see the table). */
  legend?: { key: string; label: string; colour: string }[];
  children: ReactNode;
}) {
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-3 break-inside-avoid" data-chart={id}>
      {legend ? (
        <ul aria-hidden="true" className="mb-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
          {legend.map((item) => (
            <li key={item.key} className="flex items-center gap-1.5">
              <span
                className="inline-block h-3 w-3"
                style={{ backgroundColor: item.colour, ...PRINT_COLOURS }}
              />
              {item.label}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="overflow-x-auto print:overflow-visible">
        <svg
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
          viewBox={`0 0 ${width} ${height}`}
          width="100%"
          style={{ minWidth: Math.min(width, 560), maxWidth: width, ...PRINT_COLOURS }}
          className="h-auto"
        >
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{description}</desc>
          {children}
        </svg>
      </div>
      <figcaption className="mt-2 text-xs text-slate-600">
        <span className="font-medium text-slate-800">{title}.</span> {note}
      </figcaption>
    </figure>
  );
}

/** Long category names are cut in the picture (the table beside it has them in full). */
function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

export interface BarDatum {
  key: string;
  label: string;
  value: number;
  /** Text after the bar ("120 · 45.5 %"). */
  valueLabel: string;
  isMuted?: boolean;
}

/** Horizontal bars, one per row, lengths proportional to `value` (funnel stages, distributions). */
export function HorizontalBarChart({
  id,
  title,
  description,
  note,
  data,
  colour = "#0f625b",
}: {
  id: string;
  title: string;
  description: string;
  note: string;
  data: BarDatum[];
  colour?: string;
}) {
  const labelWidth = 330;
  const barWidth = 280;
  const rowHeight = 30;
  const width = labelWidth + barWidth + 270;
  const height = Math.max(1, data.length) * rowHeight + 8;
  const max = Math.max(1, ...data.map((datum) => datum.value));
  return (
    <ChartFigure id={id} title={title} description={description} note={note} width={width} height={height}>
      {data.map((datum, index) => {
        const y = 4 + index * rowHeight;
        const length = datum.value > 0 ? Math.max(2, (datum.value / max) * barWidth) : 0;
        return (
          <g key={datum.key}>
            <text x={labelWidth - 8} y={y + rowHeight / 2 + 4} textAnchor="end" fontSize="12" fill="#1e293b">
              {truncate(datum.label, 50)}
            </text>
            <rect x={labelWidth} y={y + 5} width={barWidth} height={rowHeight - 10} fill="#f1f5f9" />
            <rect
              x={labelWidth}
              y={y + 5}
              width={length}
              height={rowHeight - 10}
              fill={datum.isMuted ? "#94a3b8" : colour}
            />
            <text x={labelWidth + barWidth + 8} y={y + rowHeight / 2 + 4} fontSize="12" fill="#1e293b">
              {datum.valueLabel}
            </text>
          </g>
        );
      })}
    </ChartFigure>
  );
}

export interface StackedMonth {
  key: string;
  label: string;
  suppressed: boolean;
  /** Percentages of the month's due deadlines, in the order of `series`. */
  values: (number | null)[];
}

/**
 * 100 % stacked columns per month (deadline compliance over time). A suppressed month (fewer than 5 due
 * deadlines) is drawn as an empty dashed column.
 */
export function StackedColumnChart({
  id,
  title,
  description,
  note,
  series,
  months,
  format,
}: {
  id: string;
  title: string;
  description: string;
  note: string;
  series: { key: string; label: string; colour: string }[];
  months: StackedMonth[];
  format: ReportFormat;
}) {
  const left = 44;
  const top = 10;
  const plotHeight = 200;
  const step = 30;
  const columnWidth = 20;
  const width = Math.max(420, left + months.length * step + 16);
  const height = top + plotHeight + 58;
  const y = (percent: number) => top + plotHeight - (percent / 100) * plotHeight;
  const labelEvery = Math.max(1, Math.ceil(months.length / 24));
  return (
    <ChartFigure
      id={id}
      title={title}
      description={description}
      note={note}
      width={width}
      height={height}
      legend={series}
    >
      {[0, 25, 50, 75, 100].map((tick) => (
        <g key={tick}>
          <line x1={left} x2={width - 8} y1={y(tick)} y2={y(tick)} stroke="#e2e8f0" />
          <text x={left - 6} y={y(tick) + 4} fontSize="10" textAnchor="end" fill="#475569">
            {format.count(tick)} %
          </text>
        </g>
      ))}
      {months.map((month, index) => {
        const x = left + 6 + index * step;
        let offset = 0;
        return (
          <g key={month.key}>
            {month.suppressed ? (
              <rect
                x={x}
                y={top}
                width={columnWidth}
                height={plotHeight}
                fill="none"
                stroke="#94a3b8"
                strokeDasharray="3 3"
              />
            ) : (
              month.values.map((value, serieIndex) => {
                const share = value ?? 0;
                const rect = (
                  <rect
                    key={series[serieIndex]!.key}
                    x={x}
                    y={y(offset + share)}
                    width={columnWidth}
                    height={(share / 100) * plotHeight}
                    fill={series[serieIndex]!.colour}
                  />
                );
                offset += share;
                return rect;
              })
            )}
            {index % labelEvery === 0 ? (
              <text
                x={x + columnWidth / 2}
                y={top + plotHeight + 12}
                fontSize="10"
                fill="#475569"
                textAnchor="end"
                transform={`rotate(-45 ${x + columnWidth / 2} ${top + plotHeight + 12})`}
              >
                {month.label}
              </text>
            ) : null}
          </g>
        );
      })}
    </ChartFigure>
  );
}
