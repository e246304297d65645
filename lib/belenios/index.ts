/**
 * Minping's Belenios 2.5 core: everything here runs unchanged in the browser and in Node (noble).
 * Server-only speed-ups live elsewhere: `./group-sodium` (libsodium backend) and `./node/pool`
 * (worker threads). See README.md in this folder for who runs what, and where.
 */
export { Q, group, parsePoint, pointToString, setBackend } from './group';
export { CREDENTIAL_ALPHABET, credentialSecret, generateCredential, generateCredentials, mergePublicCredentials, normalizeCredential, parsePublicCredentials, publicCredential } from './credentials';
export { generateUuid, loadElection, makeElection, makeSetupData, type ElectionContext, type ElectionInput } from './election';
export { ballotHash, ballotTracker, choicesFromSelection, encryptBallot, type BallotSecrets, type EncryptedBallot } from './ballot';
export { auditBallot, checkBallot, checkBallotProofs, type AuditResult, type BallotCheck, type BallotRejection, type BallotVerdict, type CredentialLookup } from './ballot-check';
export { checkCert } from './pki';
export {
  assembleThresholdParameters,
  checkPolynomial,
  checkThresholdParameters,
  checkVoutput,
  computeVinputs,
  generateGuardianCert,
  guardianDecryptionKey,
  makePolynomial,
  makeVoutput,
} from './trustee-pedersen';
export { checkTrusteePublicKey, generateSingleTrustee } from './trustee-single';
export { checkTrustees, combineTrusteeKeys, trusteeSlots } from './trustees';
export { checkPartialDecryption, combineResult, createTally, partialDecrypt, type OwnedPartialDecryption, type TallyOutput } from './tally';
export { guardianPartialDecryption, guardianPolynomial, guardianVoutput, newPedersenKeyFile, newSingleKeyFile, parseKeyFile, writeKeyFile, type GuardianKeyFile } from './guardian';
export { createArchiveWriter, createChain, headerText, memorySink, recordName, tarRecord, type ArchiveWriter, type Chain, type ChainRecord, type ChainState, type Sink } from './archive';
export { readArchive, type ArchiveRecord, type ArchiveSource } from './archive-read';
export { verifyArchive, type VerifyFailure, type VerifyOptions, type VerifyReport } from './verify';
export { decode, encode, FormatError } from './json';
export * from './types';
