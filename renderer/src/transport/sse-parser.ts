/**
 * Incremental Server-Sent Events parser (the subset the host speaks: `data:` fields and `:` comments).
 * Chunks may split lines anywhere; each complete event's data is handed to `onData`.
 */
export function createSseParser(onData: (data: string) => void): { push(chunk: string): void } {
  let buffer = '';
  let data: string[] = [];
  return {
    push(chunk) {
      buffer += chunk;
      const lines = buffer.split(/\r\n|\r|\n/);
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (line === '') {
          if (data.length > 0) onData(data.join('\n'));
          data = [];
        } else if (line.startsWith('data:')) {
          data.push(line.slice(line.startsWith('data: ') ? 6 : 5));
        }
      }
    },
  };
}
