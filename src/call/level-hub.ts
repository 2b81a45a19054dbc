export interface Levels {
  mic: number;
  assistant: number;
}

type LevelListener = (levels: Levels) => void;

/** Fans the two meter levels out to whoever draws them, about 30 times a second, outside React state. */
export class LevelHub {
  private readonly listeners = new Set<LevelListener>();
  private levels: Levels = { mic: 0, assistant: 0 };

  subscribe(listener: LevelListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  update(partial: Partial<Levels>): void {
    this.levels = { ...this.levels, ...partial };
    for (const listener of this.listeners) listener(this.levels);
  }

  reset(): void {
    this.update({ mic: 0, assistant: 0 });
  }
}
