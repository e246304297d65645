'use client';
import { useCallback, useEffect, useState } from 'react';
import { partyState } from '@/lib/election/party-actions';
import type { AuthorityState, GuardianState } from '@/lib/election/party-state';
import { callParty, useFragment } from './party-client';

type StateOf<K> = K extends 'guardian' ? GuardianState : AuthorityState;
const fetchState = (token: string) => callParty(partyState, { token });

/**
 * A party's page state from its one-time link (token in the fragment): loaded on arrival, reloaded
 * after each step. `noLink` is said when the link belongs to the other kind of party.
 */
export function usePartyState<K extends 'guardian' | 'authority'>(kind: K, noLink: string) {
  const token = useFragment();
  const [state, setState] = useState<StateOf<K> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const apply = useCallback(
    (r: Awaited<ReturnType<typeof fetchState>>) => {
      if (r.ok && r.data?.kind === kind) setState(r.data as StateOf<K>);
      else setError(r.ok ? noLink : r.message);
    },
    [kind, noLink],
  );
  const reload = useCallback(async () => {
    if (token) apply(await fetchState(token));
  }, [token, apply]);
  useEffect(() => {
    if (!token) return;
    let live = true;
    void fetchState(token).then((r) => {
      if (live) apply(r);
    });
    return () => {
      live = false;
    };
  }, [token, apply]);
  return { token, state, error, setError, reload };
}
