// The import screen's data, through the typed client (lib/api.ts) and TanStack Query: who is signed in, the
// datasets, the import history, and the uploads (cancellable: a new upload or Cancel aborts the one running).
import { useCallback, useEffect, useRef } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { authApi, importApi, type ImportQuery, type ImportReport, type Me } from '../lib/api';
import type { Lang } from '../lib/config';

const ME_KEY = ['auth', 'me'] as const;
const HISTORY_KEY = ['import', 'history'] as const;

export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: ({ signal }) => authApi.me(signal), staleTime: 60_000 });
}

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ name, password }: { name: string; password: string }) => authApi.login(name, password),
    onSuccess: (result) => {
      const me: Me = { user: result.user, role: result.user.role, via: 'session', expiresAt: result.expiresAt };
      client.setQueryData(ME_KEY, me);
      void client.invalidateQueries({ queryKey: HISTORY_KEY });
    },
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => authApi.logout(),
    onSuccess: () => {
      client.setQueryData<Me>(ME_KEY, { user: null, role: 'viewer', via: null, expiresAt: null });
      client.removeQueries({ queryKey: HISTORY_KEY });
    },
  });
}

export function useImportDatasets(lang: Lang) {
  return useQuery({
    queryKey: ['import', 'datasets', lang],
    queryFn: ({ signal }) => importApi.datasets(lang, signal),
    staleTime: Infinity,
  });
}

export function useImportHistory(enabled: boolean) {
  return useQuery({ queryKey: HISTORY_KEY, queryFn: ({ signal }) => importApi.history(signal), enabled });
}

export interface UploadInput {
  dataset: string;
  file: File;
  query: ImportQuery;
}

/** An upload (dry run or import) with a cancel: the history is refreshed after each, as each is recorded. */
export function useImportUpload() {
  const client = useQueryClient();
  const controller = useRef<AbortController | null>(null);
  const mutation = useMutation({
    mutationFn: ({ dataset, file, query }: UploadInput): Promise<ImportReport> => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      return importApi.upload(dataset, file, query, current.signal);
    },
    onSettled: () => client.invalidateQueries({ queryKey: HISTORY_KEY }),
  });
  const cancel = useCallback(() => {
    controller.current?.abort();
    mutation.reset();
  }, [mutation]);
  // Leaving the page (or the component) cancels a running upload.
  useEffect(() => () => controller.current?.abort(), []);
  return { ...mutation, cancel };
}
