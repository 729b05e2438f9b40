/** A measure's heading linking to the sentence it was read from. */
import type { MeasureBrief } from '@ipb/domain';
import { CitationLink } from '@/components/ui/CitationLink';
import { dataProps } from '@/lib/data-props';

export function MeasureLink({ measure }: { measure: MeasureBrief }) {
  return (
    <CitationLink citation={measure.citation}>
      <span {...dataProps(measure.title)}>{measure.title}</span>
    </CitationLink>
  );
}
