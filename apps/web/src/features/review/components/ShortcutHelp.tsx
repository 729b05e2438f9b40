/** The keyboard shortcuts, always on screen. */
import { type MessageKey, useT } from '@/i18n';
import { SHORTCUTS } from '../lib/review-keys';

export function ShortcutHelp() {
  const t = useT();
  return (
    <aside className="panel shortcut-help" aria-labelledby="shortcut-title">
      <h2 id="shortcut-title" className="panel-title">
        {t('review.shortcuts')}
      </h2>
      <dl>
        {SHORTCUTS.map((s) => (
          <div key={s.key} className="shortcut">
            <dt>
              <kbd>{s.key}</kbd>
            </dt>
            <dd>{t(`review.key.${s.command}` as MessageKey)}</dd>
          </div>
        ))}
      </dl>
      <p className="muted small">{t('review.shortcutsHint')}</p>
    </aside>
  );
}
