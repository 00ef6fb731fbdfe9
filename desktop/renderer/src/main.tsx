// Renderer entry: one QueryClient, one tRPC client (IPC or HTTP, see lib/trpc.ts), the app.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { I18nProvider } from './i18n/I18nProvider.tsx';
import { createConsoleClient, TRPCProvider } from './lib/trpc.ts';
import './styles.css';

const queryClient = new QueryClient({
  defaultOptions: {
    // The console is local: one quick retry covers a hiccup without hiding a real failure.
    queries: { retry: 1, retryDelay: 200, refetchOnWindowFocus: false },
    // A mutation charges or cancels: never repeat it behind the cashier's back.
    mutations: { retry: false },
  },
});
const trpcClient = createConsoleClient();

const rootElement = document.getElementById('root');
if (rootElement === null) throw new Error('index.html has no #root element');

createRoot(rootElement).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <I18nProvider>
          <App />
        </I18nProvider>
      </TRPCProvider>
    </QueryClientProvider>
  </StrictMode>,
);
