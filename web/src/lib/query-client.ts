// The query cache of a page (the atlas and the briefing alike): how its queries retry and refresh.
import { notifyManager, QueryClient } from '@tanstack/react-query';
import { ApiError } from './api';

export function createQueryClient(): QueryClient {
  // An answer reaches the components in the same task it arrives in (a microtask), not in a setTimeout(0) task
  // after it: the browser may draw a frame in between, and then the charts and the map show new data a frame late
  // (npm run bench:filters). Global to the page's one notifyManager; setting it again is harmless.
  notifyManager.setScheduler(queueMicrotask);
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A 4xx will not change by asking again; a dropped connection might.
        retry: (failureCount, error) =>
          !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failureCount < 2,
        refetchOnWindowFocus: false,
      },
    },
  });
}
