import type { LongTaskSummary } from './bench-api';

/** Main-thread tasks over 50 ms as Chromium reports them (PerformanceObserver 'longtask'), from page load on. */
export function observeLongTasks() {
  const tasks: { start: number; duration: number }[] = [];
  const record = (entries: PerformanceEntryList) => entries.forEach((e) => tasks.push({ start: e.startTime, duration: e.duration }));
  const observer = new PerformanceObserver((list) => record(list.getEntries()));
  observer.observe({ type: 'longtask', buffered: true });
  return {
    /**
     * The long tasks that started inside [from, to). Chromium queues a task's entry after the task ends, so this
     * first lets a few tasks run, then takes what the observer has not delivered yet.
     */
    async between(from: number, to: number): Promise<LongTaskSummary> {
      await new Promise((resolve) => setTimeout(resolve, 200));
      record(observer.takeRecords());
      const inside = tasks.filter((t) => t.start >= from && t.start < to);
      return {
        count: inside.length,
        maxMs: Math.round(Math.max(0, ...inside.map((t) => t.duration))),
        totalMs: Math.round(inside.reduce((sum, t) => sum + t.duration, 0)),
      };
    },
  };
}
