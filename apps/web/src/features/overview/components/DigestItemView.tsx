/** One change of the digest: a new measure elsewhere, a new or changed figure, a target's status. */
import type { DigestItem } from '@ipb/domain';
import { AuthorityBadge } from '@/components/ui/AuthorityBadge';
import { CitationLink } from '@/components/ui/CitationLink';
import { useI18n } from '@/i18n';
import { useThemes } from '@/lib/get-themes';

export function DigestItemView({ item }: { item: DigestItem }) {
  const { t, lang } = useI18n();
  const { data: themes = [] } = useThemes();
  const themeName = (id: string) => {
    const th = themes.find((x) => x.id === id);
    return th ? (lang === 'en' ? th.nameEn : th.nameZh) : id;
  };
  const fmt = (v: number | null) =>
    v === null
      ? '—'
      : `${new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'zh-CN').format(v)} ${item.unit ?? ''}`.trim();
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
      <span className="badge badge-muted">{kind}</span> <strong>{item.regionName}</strong> · {item.title}
      {item.type === 'new_measure' && (
        <span className="muted small"> · {t('digest.themes', { themes: item.themes.map(themeName).join('、') })}</span>
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
      <CitationLink citation={item.citation} label={t('beyond.sourceOf', { title: item.title })}>
        {t('beyond.source')}
      </CitationLink>
    </li>
  );
}
