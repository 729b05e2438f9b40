/** One change of the digest: a new measure elsewhere, a new or changed figure, a target's status. */
import { type DigestItem, unitLabel } from '@ipb/domain';
import { AuthorityBadge } from '@/components/ui/AuthorityBadge';
import { CitationLink } from '@/components/ui/CitationLink';
import { useI18n } from '@/i18n';
import { useIndicatorName } from '@/lib/api/get-indicators';
import { dataProps } from '@/lib/data-props';
import { useThemes } from '@/lib/get-themes';
import { usePlaceName } from '@/lib/use-place-name';

export function DigestItemView({ item }: { item: DigestItem }) {
  const { t, lang } = useI18n();
  const { data: themes = [] } = useThemes();
  const placeName = usePlaceName();
  const indicatorName = useIndicatorName();
  // A measure's title is data (quoted as written); an indicator is named in the reader's language.
  const title = item.type === 'new_measure' ? item.title : indicatorName(item.indicatorId, item.title);
  const place = placeName(item.regionCode, item.regionName);
  const themeName = (id: string) => {
    const th = themes.find((x) => x.id === id);
    return th ? (lang === 'en' ? th.nameEn : th.nameZh) : id;
  };
  const fmt = (v: number | null) =>
    v === null
      ? '—'
      : `${new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'zh-CN').format(v)} ${item.unit ? unitLabel(item.unit, lang) : ''}`.trim();
  const status = (s: DigestItem['statusAfter']) => (s ? t(`target.status.${s}`) : t('digest.statusNone'));
  const kind =
    item.type === 'new_measure'
      ? t('digest.newMeasure')
      : item.type === 'target_status'
        ? t('digest.target')
        : item.change === 'changed'
          ? t('digest.figureChanged')
          : t('digest.figureNew');
  return (
    <li className={`digest-item digest-${item.type}`} data-testid="digest-item">
      <span className="badge badge-muted">{kind}</span> <strong {...dataProps(place)}>{place}</strong> ·{' '}
      <span {...(item.type === 'new_measure' ? dataProps(title) : {})}>{title}</span>
      {item.type === 'new_measure' && (
        <span className="muted small">
          {' '}
          · {t('digest.themes', { themes: item.themes.map(themeName).join(lang === 'en' ? ', ' : '、') })}
        </span>
      )}
      {item.type === 'figure' && (
        <span>
          {' '}
          · {item.period} ·{' '}
          {item.change === 'changed'
            ? t('digest.changed', { before: fmt(item.previousValue), after: fmt(item.value) })
            : fmt(item.value)}
        </span>
      )}
      {item.type === 'target_status' && (
        <span> · {t('digest.status', { before: status(item.statusBefore), after: status(item.statusAfter) })}</span>
      )}{' '}
      {item.authority && <AuthorityBadge authority={item.authority} />}{' '}
      <CitationLink citation={item.citation} label={t('beyond.sourceOf', { title })}>
        {t('beyond.source')}
      </CitationLink>
    </li>
  );
}
