/** One rung's count of one place in one year: the value with its badges and source, or "missing". */
import { type LadderValue, unitLabel } from '@ipb/domain';
import { CitationLink } from '@/components/ui/CitationLink';
import { TrustBadges } from '@/components/ui/TrustBadges';
import { useI18n } from '@/i18n';

export function LadderValueCell({ values, note }: { values: readonly LadderValue[]; note: string | null }) {
  const { t, lang } = useI18n();
  const fmt = (v: number) => new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'zh-CN').format(v);
  if (!values.length) {
    return (
      <td className="ladder-missing" data-testid="ladder-missing">
        <span className="badge badge-muted" title={t('beyond.missingHint')}>
          {t('beyond.missing')}
        </span>
        {note && <span className="muted small"> {note}</span>}
      </td>
    );
  }
  return (
    <td className="num" data-testid="ladder-value">
      {values.map((v) => {
        const text = `${fmt(v.value)} ${unitLabel(v.unit, lang)}`;
        return (
          <div key={v.observationId} className="ladder-value">
            <strong>{text}</strong>
            {values.length > 1 && <span className="muted small"> · {v.indicatorId}</span>}
            <TrustBadges value={v} text={text} format={(a) => `${fmt(a.value)} ${unitLabel(a.unit, lang)}`} />
            <CitationLink citation={v.citation} label={t('beyond.sourceOf', { title: v.citation.sourceTitle })}>
              {t('beyond.source')}
            </CitationLink>
          </div>
        );
      })}
    </td>
  );
}
