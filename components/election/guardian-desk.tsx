'use client';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import {
  decode,
  encode,
  encryptedTallyCodec,
  guardianPartialDecryption,
  guardianPolynomial,
  guardianVoutput,
  loadElection,
  newPedersenKeyFile,
  parseKeyFile,
  partialDecryptionCodec,
  polynomialCodec,
  signedMsgCodec,
  trusteesCodec,
  vinputCodec,
  voutputCodec,
  writeKeyFile,
  type GuardianKeyFile,
} from '@/lib/belenios';
import { guardianUpload } from '@/lib/election/party-actions';
import type { GuardianState } from '@/lib/election/party-state';
import { GuardianProgressTable } from './progress-table';
import { callParty, downloadText, nextFrame } from './party-client';
import { usePartyState } from './party-state-hook';

type Step = 'cert' | 'polynomial' | 'voutput' | 'decryption';

/** What each step sends, computed from the key file in this page; the key file itself never leaves it. */
function messageFor(step: Exclude<Step, 'cert'>, key: GuardianKeyFile, s: GuardianState): string {
  const certs = (s.certs ?? []).map((c) => decode(signedMsgCodec, c, 'cert'));
  if (step === 'polynomial') return encode(polynomialCodec, guardianPolynomial(key, certs, s.threshold));
  if (step === 'voutput') return encode(voutputCodec, guardianVoutput(key, certs, decode(vinputCodec, s.vinput!, 'vinput')).voutput);
  const pd = guardianPartialDecryption(
    key,
    loadElection(s.electionRaw!),
    decode(trusteesCodec, s.trustees!, 'trustees'),
    decode(encryptedTallyCodec, s.encryptedTally!, 'encrypted_tally'),
    s.keyShare,
  );
  return encode(partialDecryptionCodec, pd.partialDecryption);
}

export function GuardianDesk() {
  const t = useTranslations('guardian');
  const { token, state, error, setError, reload } = usePartyState('guardian', t('noLink'));
  const [key, setKey] = useState<GuardianKeyFile | null>(null);
  const [made, setMade] = useState<{ text: string; cert: string } | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  if (token === null) return <p>{t('loading')}</p>;
  if (!token) return <p className="notice-info">{t('noLink')}</p>;
  if (!state)
    return error ? (
      <div className="error-summary" role="alert">
        {error}
      </div>
    ) : (
      <p>{t('loading')}</p>
    );
  const fileName = `minping-guardian-${state.year}-${state.position}.json`;

  async function send(step: Step, message: string) {
    const r = await callParty(guardianUpload, { token: token!, step, message });
    if (!r.ok) return setError(r.message);
    setNotice(step === 'decryption' ? t(r.data?.decrypted ? 'decryptCombined' : 'decryptSent') : t('sent'));
    await reload();
  }

  async function run(step: Step) {
    setBusy(true);
    setError(null);
    setNotice(null);
    await nextFrame();
    try {
      if (step === 'cert') await send('cert', made!.cert);
      else {
        if (!key) return setError(t('badKeyFile'));
        const mine = state!.certs?.[state!.position - 1];
        if (key.kind !== 'pedersen' || (mine && mine !== encode(signedMsgCodec, key.cert))) return setError(t('wrongKey'));
        let message: string;
        try {
          message = messageFor(step, key, state!);
        } catch {
          return setError(step === 'voutput' ? t('steps.voutput.bad') : t('wrongKey'));
        }
        await send(step, message);
      }
    } finally {
      setBusy(false);
    }
  }

  function generate() {
    const { keyFile, cert } = newPedersenKeyFile();
    const text = writeKeyFile(keyFile);
    setMade({ text, cert: encode(signedMsgCodec, cert) });
    setKey(keyFile);
    downloadText(fileName, text);
  }

  async function readKeyFile(file: File | undefined) {
    setError(null);
    if (!file) return;
    try {
      setKey(parseKeyFile(await file.text()));
    } catch {
      setKey(null);
      setError(t('badKeyFile'));
    }
  }

  const todo = state.todo;
  const stepKey = todo === 'cert' || todo === 'polynomial' || todo === 'voutput' || todo === 'decryption' ? todo : null;
  return (
    <div className="space-y-6">
      <p className="text-lg">{t('hello', { name: state.name, position: state.position, title: state.title })}</p>
      <p>{t('why', { k: state.threshold, n: state.guardians.length })}</p>
      <div aria-live="polite">
        {notice && (
          <p className="notice-success" role="status" data-testid="notice">
            ✓ {notice}
          </p>
        )}
        {error && (
          <div className="error-summary" role="alert" data-testid="error">
            {error}
          </div>
        )}
      </div>
      {stepKey && (
        <section className="space-y-3 max-w-2xl" aria-labelledby="step-heading" data-testid={`step-${stepKey}`}>
          <h2 id="step-heading" className="text-xl font-bold">
            {t(`steps.${stepKey}.heading`)}
          </h2>
          <p>{t(`steps.${stepKey}.text`, { k: state.threshold })}</p>
          {stepKey === 'cert' ? (
            <>
              {!made ? (
                <button type="button" className="btn-primary" onClick={generate}>
                  {t('steps.cert.generate')}
                </button>
              ) : (
                <>
                  <button type="button" className="btn-secondary" onClick={() => downloadText(fileName, made.text)}>
                    {t('steps.cert.downloadAgain')}
                  </button>
                  <label className="flex items-center gap-2">
                    <input type="checkbox" checked={saved} onChange={(e) => setSaved(e.target.checked)} /> {t('steps.cert.saved')}
                  </label>
                  <button type="button" className="btn-primary" disabled={!saved || busy} onClick={() => void run('cert')}>
                    {busy ? t('working') : t('steps.cert.submit')}
                  </button>
                </>
              )}
            </>
          ) : (
            <>
              <div className="field">
                <label htmlFor="key-file">{t('keyFile')}</label>
                <p className="hint">{t('keyFileHint')}</p>
                <input id="key-file" type="file" accept=".json,application/json" onChange={(e) => void readKeyFile(e.target.files?.[0])} />
              </div>
              <button type="button" className="btn-primary" disabled={!key || busy} onClick={() => void run(stepKey)}>
                {busy ? t('working') : t(`steps.${stepKey}.submit`)}
              </button>
            </>
          )}
        </section>
      )}
      {!stepKey && (
        <p className={todo === 'done' ? 'notice-success' : 'notice-info'} data-testid={`todo-${todo}`}>
          {t(todo)}
        </p>
      )}
      <section className="space-y-2">
        <h2 className="text-xl font-bold">{t('progress')}</h2>
        <GuardianProgressTable guardians={state.guardians} />
        <button type="button" className="btn-secondary" onClick={() => void reload()}>
          {t('reload')}
        </button>
      </section>
    </div>
  );
}
