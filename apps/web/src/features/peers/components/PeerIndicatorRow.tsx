/**
 * One indicator of the profile: its period and view, how many peers had data, every peer as a dot
 * on the 0–1 strip (the place and 呼和浩特 marked), the place's and the reference's figures cited, and
 * every other peer's figure behind its dot, cited too.
 */
import { type PeerIndicator, type PeerProfileResponse, unitLabel } from '@ipb/domain';
import { CitationLink } from '@/components/ui/CitationLink';
import { TrustBadges } from '@/components/ui/TrustBadges';
import { useI18n } from '@/i18n';
import { peerNote, stripPosition } from '../lib/split-verdicts';

export function PeerIndicatorRow({ row, data }: { row: PeerIndicator; data: PeerProfileResponse }) {
  const { t, lang } = useI18n();
  const fmt = (v: number) =>
    new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'zh-CN', { maximumFractionDigits: 2 }).format(v);
  const names = new Map(
    [data.region, data.benchmark, ...data.group.members.map((m) => m.region)].map((r) => [
      r.code,
      lang === 'en' ? r.nameEn : r.shortName,
    ]),
  );
  const shown = [data.region.code, data.benchmark.code].filter((c, i, all) => all.indexOf(c) === i);
  // The other peers' figures behind the dots: each with its source and authority, like the two shown.
  const others = row.scores.filter((s) => !shown.includes(s.regionCode));
  const rowUnit = unitLabel(row.unit, lang);
  const unit = row.view === 'per_capita' ? t('peers.perCapita', { unit: rowUnit }) : rowUnit;
  return (
    <li className={`peer-row peer-${row.verdict}`} data-testid="peer-row">
      <div className="peer-head">
        <strong>{lang === 'en' ? row.indicator.nameEn : row.indicator.nameZh}</strong>{' '}
        <span className="muted small">
          {unit} · {t('peers.period', { period: row.period })} ·{' '}
          <span data-testid="peer-coverage">
            {t('peers.coverage', { count: row.peersWithData, total: row.peersTotal })}
          </span>
        </span>
      </div>
      <div className="peer-strip" role="img" aria-label={peerNote(row, t)}>
        {row.scores.map((s) =>
          s.score === null ? null : (
            <span
              key={s.regionCode}
              className={`peer-dot${s.regionCode === data.region.code ? ' is-place' : ''}${s.regionCode === data.benchmark.code ? ' is-benchmark' : ''}`}
              style={{ left: stripPosition(s.score) }}
              title={`${names.get(s.regionCode) ?? s.regionCode}: ${fmt(s.value)} (${s.score.toFixed(2)})`}
            />
          ),
        )}
      </div>
      <ul className="peer-values">
        {shown.map((code) => (
          <ScoreItem key={code} code={code} row={row} place={names.get(code) ?? code} fmt={fmt} />
        ))}
      </ul>
      {others.length > 0 && (
        <details className="peer-all" data-testid="peer-all">
          <summary>{t('peers.allFigures', { count: others.length })}</summary>
          <ul className="peer-values">
            {others.map((s) => (
              <ScoreItem
                key={s.regionCode}
                code={s.regionCode}
                row={row}
                place={names.get(s.regionCode) ?? s.regionCode}
                fmt={fmt}
              />
            ))}
          </ul>
        </details>
      )}
      <p className="muted small">{peerNote(row, t)}</p>
    </li>
  );
}

/** One place's score and figure, with its trust badges and source; "no data" when it has none. */
function ScoreItem({
  code,
  row,
  place,
  fmt,
}: {
  code: string;
  row: PeerIndicator;
  place: string;
  fmt: (v: number) => string;
}) {
  const { t, lang } = useI18n();
  const s = row.scores.find((x) => x.regionCode === code);
  if (!s) return <li>{t('peers.scoreNone', { place })}</li>;
  const text = `${fmt(s.value)} ${unitLabel(row.view === 'per_capita' ? row.unit : s.figure.unit, lang)}`;
  return (
    <li data-testid="peer-figure">
      {t('peers.score', { place, score: s.score === null ? '—' : s.score.toFixed(2) })} · {text}
      <TrustBadges value={s.figure} text={text} format={(a) => `${fmt(a.value)} ${unitLabel(a.unit, lang)}`} />
      <CitationLink citation={s.figure.citation} label={t('beyond.sourceOf', { title: s.figure.citation.sourceTitle })}>
        {t('beyond.source')}
      </CitationLink>
    </li>
  );
}
