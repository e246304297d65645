/** Reads a streamed NDJSON answer: progress lines first, then one `result` or `error` line. */
export async function readProgressStream<T>(response: Response, onProgress: (done: number, total: number) => void): Promise<T> {
  if (!response.body) throw new Error('incomplete');
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const handle = (line: string): T | undefined => {
    const msg = JSON.parse(line);
    if (msg.type === 'progress') onProgress(msg.done, msg.total);
    if (msg.type === 'error') throw new Error(msg.message);
    if (msg.type === 'result') return msg as T;
    return undefined;
  };
  for (;;) {
    const { value, done } = await reader.read();
    if (value) buffer += value;
    const lines = buffer.split('\n');
    buffer = done ? '' : (lines.pop() ?? '');
    for (const line of lines.filter(Boolean)) {
      const result = handle(line);
      if (result) return result;
    }
    if (done) break;
  }
  throw new Error('incomplete');
}
