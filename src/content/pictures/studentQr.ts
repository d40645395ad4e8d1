import { qrCodeFor } from '../layout/qrCode';
import { sections } from '../sections';

type Env = Record<string, string | undefined>;
const { process, location } = globalThis as { process?: { env: Env }; location?: Location };

/**
 * The student view's absolute address, from the site's configured origin and base path
 * (SITE_ORIGIN and BASE_PATH, as scripts/build.mjs reads them); the dev server uses its own.
 */
function studentAddress(): string {
  const env = process?.env ?? {};
  const origin = env.SITE_ORIGIN ?? location?.origin ?? 'http://localhost:4173';
  const base = (env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '');
  const path = sections.find((section) => section.id === 'student')?.path ?? '/';
  return new URL([base, path.replace(/^\//, '')].filter(Boolean).join('/'), `${origin}/`).href;
}

/** The QR code a slide and the handout show, so students reach the lesson on their own phones. */
export const studentQr = qrCodeFor(studentAddress());
