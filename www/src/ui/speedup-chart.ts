/**
 * Speedup against worker count, with the ideal line (speedup = workers), drawn with Chart.js.
 */
import {
  Chart,
  CategoryScale,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Title,
  Tooltip,
} from 'chart.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Title, Tooltip);

/** One measured point. */
export interface SpeedupPoint {
  workers: number;
  speedup: number;
}

/** A chart bound to a canvas; call {@link SpeedupChart.show} with new points to redraw. */
export class SpeedupChart {
  private chart: Chart | null = null;

  constructor(private readonly canvas: HTMLCanvasElement) {}

  /** Draw the measured points and the ideal line for 1..maxWorkers. */
  show(points: SpeedupPoint[], maxWorkers: number): void {
    const labels = Array.from({ length: maxWorkers }, (_, i) => String(i + 1));
    const measured = labels.map((_, i) => points.find((p) => p.workers === i + 1)?.speedup ?? null);
    const ideal = labels.map((_, i) => i + 1);
    this.chart?.destroy();
    this.chart = new Chart(this.canvas, {
      type: 'line',
      data: {
        labels,
        datasets: [
          { label: 'measured speedup', data: measured, borderColor: '#2563eb', backgroundColor: '#2563eb', spanGaps: true },
          { label: 'ideal (speedup = workers)', data: ideal, borderColor: '#9ca3af', borderDash: [6, 4], pointRadius: 0 },
        ],
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          x: { title: { display: true, text: 'workers' } },
          y: { title: { display: true, text: 'speedup over sequential' }, beginAtZero: true },
        },
        plugins: { title: { display: true, text: 'Speedup against worker count' } },
      },
    });
  }
}
