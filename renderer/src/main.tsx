import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { toAppError } from '../../shared/api/errors';
import { App } from './app/App';
import { AppContextProvider } from './app/runtime-context';
import { detectRuntime } from './transport/runtime';

/** Picks the transport (Electron bridge or loopback host), asks the backend who it is, then renders. */
async function boot(rootElement: HTMLElement): Promise<void> {
  const root = createRoot(rootElement);
  const runtime = detectRuntime(window);
  if (!runtime) {
    root.render(<p className="boot-error">Open Assay from the desktop app or from the URL that `assay serve` printed.</p>);
    return;
  }
  try {
    const info = await runtime.client.call('app.info', {});
    root.render(
      <StrictMode>
        <AppContextProvider value={{ ...runtime, info }}>
          <App />
        </AppContextProvider>
      </StrictMode>,
    );
  } catch (error) {
    root.render(<p className="boot-error">Assay could not reach its backend: {toAppError(error).message}</p>);
  }
}

const rootElement = document.getElementById('root');
if (rootElement) void boot(rootElement);
