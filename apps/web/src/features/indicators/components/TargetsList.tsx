/**
 * The targets of the charted places under the chart: value and deadline, where the line starts,
 * the progress status as a badge (with the reason, also when it cannot be assessed) and the
 * sentence and source the target was read from, with the source's authority and the flags.
 */
import type { Target } from '@ipb/domain';
import { AuthorityBadge } from '@/components/ui/AuthorityBadge';
import { CitationSource } from '@/components/ui/CitationSource';
import { FlagBadges } from '@/components/ui/FlagBadges';
import { Skeleton } from '@/components/ui/StatusMessage';
import { useI18n } from '@/i18n';
import { formatPointValue } from '../lib/format-value';
import { displayScale } from '../lib/readable-unit';
import { statusLabel, statusReasonText, targetStart, targetValuePoint } from '../lib/target-status';
import { SourceLink } from './SourceLink';

export function TargetsList({
  targets,
  total = targets.length,
  names,
  error,
  pending = false,
}: {
  targets: readonly Target[];
  /** How many targets the places have in all; more than `targets` when the API's maximum cut them. */
  total?: number;
  /** Still loading: a placeholder, not "no targets". */
  pending?: boolean;
  names: ReadonlyMap<string, string>;
  error?: string | null;
}) {
  const { t, lang } = useI18n();
  return (
    <section className="panel targets" aria-labelledby="targets-heading">
      <h2 id="targets-heading" className="panel-title">
        {t('target.title')}
      </h2>
      {pending ? (
        <Skeleton height={64} label={t('indicators.loading')} />
      ) : error ? (
        <p className="muted small" role="status">
          {t('target.error', { message: error })}
        </p>
      ) : !targets.length ? (
        <p className="muted small">{t('target.empty')}</p>
      ) : (
        <>
          <ol className="target-list">
            {targets.map((target) => {
              const scale = displayScale(target.unit, Math.abs(target.value), lang);
              const value = `${formatPointValue(targetValuePoint(target), scale, lang)} ${scale.unit}`;
              const start = targetStart(target);
              const c = target.citation;
              return (
                <li key={target.observationId} className="target-item" data-testid="target">
                  <p className="citation-head">
                    <span className="citation-place">{names.get(target.regionCode) ?? target.regionName}</span>
                    <strong className="citation-value">
                      {target.deadlineYear === null
                        ? `${value} · ${t('target.noDeadline')}`
                        : t('target.value', { value, year: target.deadlineYear })}
                    </strong>
                    <span className={`badge status-badge status-${target.status ?? 'none'}`}>
                      {statusLabel(t, target.status)}
                    </span>
                  </p>
                  <p className="small">
                    {start && (
                      <span>
                        {t('target.from', {
                          value: `${formatPointValue({ value: start.value, valueMax: null, qualifier: null }, scale, lang)} ${scale.unit}`,
                          year: start.year,
                        })}
                        {' · '}
                      </span>
                    )}
                    <span>
                      {t('target.progress')}: {statusReasonText(t, target.statusReason)}
                    </span>
                  </p>
                  {target.written && (
                    <p className="small muted">
                      {t('target.implied', {
                        written: `${target.written.value}${target.written.unit}`,
                        year: target.written.baselineYear ?? '',
                      })}
                    </p>
                  )}
                  <blockquote className="citation-quote">{c.quote}</blockquote>
                  <p className="citation-source">
                    <SourceLink citation={c} />
                    <AuthorityBadge authority={target.authority} />
                    <CitationSource citation={c} />
                  </p>
                  <FlagBadges flags={target.flags} />
                </li>
              );
            })}
          </ol>
          {total > targets.length && (
            <p className="muted small" data-testid="targets-cut">
              {t('target.cut', { shown: targets.length, total })}
            </p>
          )}
          <p className="muted small">{t('target.method')}</p>
        </>
      )}
    </section>
  );
}
