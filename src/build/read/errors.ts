/** A problem in a story or data file, located so an editor can fix it. */
export class StoryError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'StoryError';
  }
}

/** Several problems at once: an editor fixes them in one pass, not one build per typo. */
export class StoryErrors extends Error {
  constructor(readonly errors: StoryError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'StoryErrors';
  }
}
