/**
 * A one-line progress bar on stderr, redrawn in place on a terminal and printed every 10% when
 * stderr is a file or pipe, so stdout stays clean for JSON.
 */
export const progressBar = (label: string, total: number, stream: NodeJS.WriteStream = process.stderr) => {
  let lastDecile = -1;
  const draw = (done: number) => {
    const fraction = total === 0 ? 1 : Math.min(1, done / total);
    const filled = Math.round(fraction * 30);
    const text = `${label} [${'#'.repeat(filled)}${'-'.repeat(30 - filled)}] ${Math.floor(fraction * 100)}% ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')}`;
    if (stream.isTTY) {
      stream.write(`\r${text}`);
      return;
    }
    const decile = Math.floor(fraction * 10);
    if (decile !== lastDecile) {
      lastDecile = decile;
      stream.write(`${text}\n`);
    }
  };
  return {
    update: draw,
    done: () => {
      draw(total);
      if (stream.isTTY) stream.write('\n');
    },
  };
};
