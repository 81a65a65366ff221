// Vite/vitest `?raw` imports (test fixtures read as text); declared here instead of pulling in all of vite/client.
declare module '*?raw' {
  const text: string;
  export default text;
}
