import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { databasePath } from '@/lib/env';
import { MAX_PHOTO_BYTES } from './schemas';

export const PHOTO_ID = /^[a-f0-9]{32}$/;
const LONG_SIDE = 1600;

/** Beside the database, like everything else the server keeps; never under public/. */
export function photoDir(): string {
  return path.join(path.dirname(databasePath()), 'uploads', 'projects');
}

export const photoPath = (id: string) => path.join(photoDir(), `${id}.webp`);

export type PreparedPhoto = { buffer: Buffer; width: number; height: number };
export type PhotoProblem = 'photoTooLarge' | 'notImage';

/**
 * Decodes the upload whatever its name or type claims, and re-encodes it: at most 1600 px on the long
 * side, WebP, no metadata (a phone's photo carries its GPS position). Anything sharp cannot decode as
 * an image is refused.
 */
export async function preparePhoto(file: File): Promise<PreparedPhoto | { problem: PhotoProblem }> {
  if (file.size > MAX_PHOTO_BYTES) return { problem: 'photoTooLarge' };
  const input = Buffer.from(await file.arrayBuffer());
  try {
    const meta = await sharp(input).metadata();
    if (!meta.width || !meta.height || !['jpeg', 'png', 'webp', 'heif', 'gif', 'tiff', 'avif'].includes(meta.format ?? ''))
      return { problem: 'notImage' };
    const { data, info } = await sharp(input, { limitInputPixels: 60_000_000 })
      .rotate()
      .resize({ width: LONG_SIDE, height: LONG_SIDE, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer({ resolveWithObject: true });
    return { buffer: data, width: info.width, height: info.height };
  } catch {
    return { problem: 'notImage' };
  }
}

/** Writes the file owner-only (0600) under a fresh random id, before the row that names it is committed. */
export function storePhoto(photo: PreparedPhoto): string {
  const id = crypto.randomBytes(16).toString('hex');
  fs.mkdirSync(photoDir(), { recursive: true, mode: 0o700 });
  fs.writeFileSync(photoPath(id), photo.buffer, { mode: 0o600, flag: 'wx' });
  return id;
}

export function discardPhoto(id: string) {
  fs.rmSync(photoPath(id), { force: true });
}

export function readPhoto(id: string): Buffer | null {
  if (!PHOTO_ID.test(id)) return null;
  try {
    return fs.readFileSync(photoPath(id));
  } catch {
    return null;
  }
}
