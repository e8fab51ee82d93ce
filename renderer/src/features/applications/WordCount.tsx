/** 「1234 / 2000 字」 as Word counts 字数; past the limit in red with how much to cut. */
export function WordCount({ count, limit }: { count: number; limit?: number }) {
  const over = limit !== undefined && count > limit;
  return (
    <span className={over ? 'fe-count over' : 'fe-count'} data-testid="word-count">
      {limit !== undefined ? `${count} / ${limit} 字` : `${count} 字`}
      {over && `，超出 ${count - limit} 字`}
    </span>
  );
}
