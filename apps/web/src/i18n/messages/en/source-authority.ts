/** English UI strings of ./source-authority (loaded only when the interface is switched to English). */
import type { zh } from '../source-authority';

export const en: Record<keyof typeof zh, string> = {
  'sourceAuthority.reason': 'Why: {reason}',
  'sourceAuthority.change': 'Change authority',
  'sourceAuthority.changeFor': 'Change the source authority of “{title}”',
  'sourceAuthority.formTitle': 'Change the source authority',
  'sourceAuthority.class': 'Authority class',
  'sourceAuthority.why': 'Reason (required, at least 3 characters; goes into the audit log)',
  'sourceAuthority.reasonMissing': 'Give a reason of at least 3 characters.',
  'sourceAuthority.same': 'Pick a class other than the current one.',
  'sourceAuthority.current': '(current)',
  'sourceAuthority.save': 'Save',
  'sourceAuthority.saving': 'Saving…',
  'sourceAuthority.cancel': 'Cancel',
  'sourceAuthority.saved': 'The source authority of “{title}” is now “{authority}”.',
  'sourceAuthority.error': 'Could not change the source authority',
  'sourceAuthority.errorHint': 'Fix what the message says and try again.',
  'sourceAuthority.filter': 'Source authority',
  'sourceAuthority.all': 'All sources',
  'sourceAuthority.official': 'Official sources (statistics, government, bureau entries)',
  'sourceAuthority.count': '{count} sources',
  'sourceAuthority.none': 'No source of this class.',
  'sourceAuthority.noneHint': 'Pick another class, or all sources.',
};
