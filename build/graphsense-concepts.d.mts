export function conceptRows(text: string): [string, string, string | null][];
export function conceptModule(text: string): string;
