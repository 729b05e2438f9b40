/** English UI strings of ./auth (loaded only when the interface is switched to English). */
import type { zh } from '../auth';

export const en: Record<keyof typeof zh, string> = {
  'auth.title': 'Log in',
  'auth.intro': 'Editors and administrators log in to upload issues and review extractions. Reading needs no login.',
  'auth.username': 'User name',
  'auth.password': 'Password',
  'auth.submit': 'Log in',
  'auth.submitting': 'Logging in…',
  'auth.error': 'Could not log in',
  'auth.missing': 'Enter both the user name and the password.',
  'auth.loggedInAs': 'Logged in as {user} ({role})',
  'auth.continue': 'Continue',
  'auth.logout': 'Log out',
};
