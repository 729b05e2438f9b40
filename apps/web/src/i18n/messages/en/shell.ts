/** English UI strings of ./shell (loaded only when the interface is switched to English). */
import type { zh } from '../shell';

export const en: Record<keyof typeof zh, string> = {
  'nav.menu': 'Menu',
  'nav.import': 'Import',
  'nav.audit': 'Audit log',
  'gate.loading': 'Checking who is logged in…',
  'gate.error': 'Could not check who is logged in',
  'gate.errorHint': 'Check the connection and try again.',
  'gate.retry': 'Try again',
  'gate.forbidden': 'Not allowed',
  'gate.needsEditor': 'This page needs the editor role; {user} is “{role}”. Ask an administrator for access.',
};
