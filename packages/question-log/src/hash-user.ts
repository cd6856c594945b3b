import { createHmac } from 'node:crypto';
import type { Platform } from './types.js';

/** HMAC-SHA256 (hex) of `platform:userId` keyed with `salt`; the only form in which a user is stored. */
export function hashUser(salt: string, platform: Platform, userId: string): string {
  return createHmac('sha256', salt).update(`${platform}:${userId}`).digest('hex');
}
