// A horizontal bar chart drawn with CSS: one row per item, bar length proportional to the value.
// The chart is an image for screen readers (its label says so); the same figures are always in
// a table next to it, which is what assistive technology reads.
export type Bar = { key: string; label: string; value: number; display: string; tone?: 'primary' | 'muted' | 'warning' | 'danger' };

/** Share of the largest value, in percent (0 when everything is 0); a non-zero value shows at least 1%. */
export function barWidth(value: number, max: number): number {
  if (max <= 0 || value <= 0) return 0;
  return Math.max(1, Math.round((value / max) * 1000) / 10);
}

export function BarList({ bars, label }: { bars: Bar[]; label: string }) {
  const max = Math.max(0, ...bars.map((b) => b.value));
  return (
    <div className="bar-list" role="img" aria-label={label}>
      {bars.map((b) => (
        <div key={b.key} className="bar-row">
          <span className="bar-label">{b.label}</span>
          <span className="bar-track">
            <span className={`bar-fill bar-${b.tone ?? 'primary'}`} style={{ width: `${barWidth(b.value, max)}%` }} />
          </span>
          <span className="bar-value">{b.display}</span>
        </div>
      ))}
    </div>
  );
}
