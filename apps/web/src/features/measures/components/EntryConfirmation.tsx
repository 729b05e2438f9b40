/**
 * What a saved entry became: its title, a link to it in the review queue (the queue selects the item
 * named in ?item=) and to the entry as a source. Mounted once per entry (the parent keys it), and
 * it takes the focus then, so a screen reader hears the result and the form starts over below it.
 */
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useT } from '@/i18n';
import type { MeasureCreated } from '../api/create-measure';

export function EntryConfirmation({ created, title }: { created: MeasureCreated; title: string }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} className="entry-result" role="status" data-testid="entry-confirmation">
      <p className="entry-result-title">{t('inventory.created', { title })}</p>
      <p className="entry-result-links">
        <Link to={`/review?item=measure:${created.id}`}>{t('inventory.openReview')}</Link>
        <Link to={`/sources/${created.sourceId}`}>{t('inventory.openSource')}</Link>
      </p>
    </div>
  );
}
