// Timestamps as the API server prints them (RFC 3339, whole seconds), relative to capture time.
import { CAPTURED_AT } from './services.mjs';

const CAPTURED_MS = Date.parse(CAPTURED_AT);

export const DAY = 86_400_000;
export const HOUR = 3_600_000;
export const MINUTE = 60_000;
export const SECOND = 1_000;

/** [days, hours, minutes] before capture, in milliseconds. */
export const agoMs = ([days, hours, minutes]) => days * DAY + hours * HOUR + minutes * MINUTE;

/** The RFC 3339 time `msBeforeCapture` before capture. */
export const stamp = (msBeforeCapture) => new Date(CAPTURED_MS - msBeforeCapture).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** A BUILD_ID such as "20251229-1412" for an image built just before `msBeforeCapture`. */
export const buildId = (msBeforeCapture) => stamp(msBeforeCapture + 4 * MINUTE).slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
