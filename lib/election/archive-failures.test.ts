import { describe, expect, it } from 'vitest';
import zh from '@/lib/i18n/messages/areas/sealed.zh-CN.json';
import { describeFailure } from './archive-failures';

const words = (key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], zh.archiveCheck);

describe('describeFailure: the reader is told which item failed', () => {
  it('names the ballot by its tracker, and says what is wrong with it', () => {
    expect(describeFailure({ check: 'ballot.badSignature', detail: '', tracker: 'T1' })).toEqual({
      key: 'items.ballotSignature',
      values: { tracker: 'T1' },
    });
    expect(describeFailure({ check: 'ballot.badOverallProof', detail: '', tracker: 'T2' }).key).toBe('items.ballotProof');
    expect(describeFailure({ check: 'ballot.notCanonical', detail: '', tracker: 'T3' }).key).toBe('items.ballotOther');
  });

  it('names the guardian of a partial decryption', () => {
    expect(describeFailure({ check: 'decryption.proof', detail: '', trustee: 3 })).toEqual({
      key: 'items.decryptionProof',
      values: { guardian: 3 },
    });
  });

  it('falls back to the kind of check, and every key it gives has words in the catalog', () => {
    expect(describeFailure({ check: 'chain', detail: '' })).toEqual({ key: 'checks.chain', values: {} });
    expect(describeFailure({ check: 'trustees', detail: '' }).key).toBe('checks.setup');
    for (const check of ['ballot.badSignature', 'ballot.badPoint', 'ballot.unknownCredential', 'ballot.revote', 'ballot.badJson'])
      expect(typeof words(describeFailure({ check, detail: '', tracker: 'x' }).key), check).toBe('string');
    for (const check of ['decryption.proof', 'decryption.duplicate'])
      expect(typeof words(describeFailure({ check, detail: '', trustee: 1 }).key), check).toBe('string');
  });
});
