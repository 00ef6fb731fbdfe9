// The report charts (recharts), drawn from the same rows as the tables beneath them. Fixed
// sizes and no animation: the picture is the data at once, for people and for tests. Each
// chart is an image with a summary for screen readers; the table holds the numbers.
import {
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  LineChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ReactNode } from 'react';
import { panel } from '../../components/ui.ts';
import { useT } from '../../i18n/i18n-context.ts';
import { money } from './admin-ui.ts';

export const CHART_WIDTH = 460;
export const CHART_HEIGHT = 260;
const REVENUE_COLOUR = '#059669';
const FEE_COLOUR = '#b45309';
const RATIO_COLOUR = '#be123c';

interface ChartFrameProps {
  readonly title: string;
  readonly testId: string;
  readonly points: number;
  readonly children: ReactNode;
}

function ChartFrame({ title, testId, points, children }: ChartFrameProps) {
  const t = useT();
  return (
    <figure className={`${panel} flex flex-col gap-2 p-4`} data-testid={testId}>
      <figcaption className="text-xl font-bold">{title}</figcaption>
      {points === 0 ? (
        // No axes around nothing: the same words as the empty table beside it.
        <p className="text-slate-500">{t.admin.noRows}</p>
      ) : (
        <div role="img" aria-label={t.admin.chartSummary(title, points)}>
          {children}
        </div>
      )}
    </figure>
  );
}

export interface MoneyPoint {
  readonly label: string;
  readonly grossMinor: number;
  readonly feeMinor: number;
}

interface MoneyChartProps {
  readonly title: string;
  readonly testId: string;
  readonly points: readonly MoneyPoint[];
  readonly currency: string;
  /** Fees as a line over the revenue bars (per day), or as bars beside them. */
  readonly feesAs: 'line' | 'bars';
}

/** Revenue as bars and fees as a line or bars, one point per day, category or merchant. */
export function MoneyChart({ title, testId, points, currency, feesAs }: MoneyChartProps) {
  const t = useT();
  const format = (value: unknown) => money(Number(value), currency, t.locale);
  const data = [...points];
  return (
    <ChartFrame title={title} testId={testId} points={points.length}>
      <ComposedChart width={CHART_WIDTH} height={CHART_HEIGHT} data={data}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" />
        <YAxis width={90} tickFormatter={format} />
        <Tooltip formatter={format} />
        <Legend />
        <Bar
          className="bar-revenue"
          dataKey="grossMinor"
          name={t.admin.seriesRevenue}
          fill={REVENUE_COLOUR}
          isAnimationActive={false}
        />
        {feesAs === 'bars' ? (
          <Bar
            className="bar-fee"
            dataKey="feeMinor"
            name={t.admin.seriesFees}
            fill={FEE_COLOUR}
            isAnimationActive={false}
          />
        ) : (
          <Line
            className="line-fee"
            dataKey="feeMinor"
            name={t.admin.seriesFees}
            stroke={FEE_COLOUR}
            strokeWidth={3}
            isAnimationActive={false}
          />
        )}
      </ComposedChart>
    </ChartFrame>
  );
}

export interface CountPoint {
  readonly label: string;
  readonly paymentCount: number;
}

interface SeriesChartProps<Point> {
  readonly title: string;
  readonly testId: string;
  readonly points: readonly Point[];
}

export function CountChart(props: SeriesChartProps<CountPoint>) {
  const t = useT();
  return (
    <ChartFrame title={props.title} testId={props.testId} points={props.points.length}>
      <BarChart width={CHART_WIDTH} height={CHART_HEIGHT} data={[...props.points]}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Bar
          className="bar-count"
          dataKey="paymentCount"
          name={t.admin.seriesPayments}
          fill={REVENUE_COLOUR}
          isAnimationActive={false}
        />
      </BarChart>
    </ChartFrame>
  );
}

export interface RatioPoint {
  readonly label: string;
  /** Refunds ÷ revenue, 0..1. */
  readonly ratio: number;
}

const percent = (value: unknown) => `${(Number(value) * 100).toFixed(1)}%`;

export function RatioChart(props: SeriesChartProps<RatioPoint>) {
  const t = useT();
  return (
    <ChartFrame title={props.title} testId={props.testId} points={props.points.length}>
      <LineChart width={CHART_WIDTH} height={CHART_HEIGHT} data={[...props.points]}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" />
        <YAxis tickFormatter={percent} />
        <Tooltip formatter={percent} />
        <Line
          className="line-ratio"
          dataKey="ratio"
          name={t.admin.seriesRefundRatio}
          stroke={RATIO_COLOUR}
          strokeWidth={3}
          isAnimationActive={false}
        />
      </LineChart>
    </ChartFrame>
  );
}
