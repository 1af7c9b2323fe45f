/** A highlight sink that only records ranges: how unit tests (jsdom has no CSS.highlights) see them. */
import type { RegisteredHighlightSink } from './css-highlight-sink';

export class RecordingHighlightSink implements RegisteredHighlightSink {
  readonly ranges = new Set<Range>();
  registered = false;

  get size(): number {
    return this.ranges.size;
  }

  add(range: Range): void {
    this.ranges.add(range);
  }

  delete(range: Range): void {
    this.ranges.delete(range);
  }

  clear(): void {
    this.ranges.clear();
  }

  register(): void {
    this.registered = true;
  }

  unregister(): void {
    this.registered = false;
  }

  /** The highlighted text, in no particular order. */
  texts(): string[] {
    return [...this.ranges].map((range) => range.toString());
  }
}
