/** The source list's authority filter (`?authority=`): every source, the official ones, or one class. */
import { AUTHORITY_CLASSES } from '@ipb/domain';
import { useId } from 'react';
import { useT } from '@/i18n';
import { parseAuthorityFilter, type SourceAuthorityFilter } from '../lib/authority-filter';

export function AuthorityFilter({
  value,
  count,
  onChange,
}: {
  value: SourceAuthorityFilter;
  /** How many sources the list shows, once it has loaded. */
  count: number | undefined;
  onChange: (next: SourceAuthorityFilter) => void;
}) {
  const t = useT();
  const id = useId();
  return (
    <div className="authority-filter">
      <label className="field-label" htmlFor={id}>
        {t('sourceAuthority.filter')}
      </label>
      <select
        id={id}
        className="input"
        value={value ?? 'all'}
        onChange={(e) => onChange(parseAuthorityFilter(e.target.value))}
      >
        <option value="all">{t('sourceAuthority.all')}</option>
        <option value="official">{t('sourceAuthority.official')}</option>
        {AUTHORITY_CLASSES.map((a) => (
          <option key={a} value={a}>
            {t(`authority.${a}`)}
          </option>
        ))}
      </select>
      {count !== undefined && (
        <span className="muted small" role="status">
          {t('sourceAuthority.count', { count })}
        </span>
      )}
    </div>
  );
}
