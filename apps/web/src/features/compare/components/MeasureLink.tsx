/** A measure's heading linking to the sentence it was read from. */
import type { MeasureBrief } from '@ipb/domain';
import { CitationLink } from '@/components/ui/CitationLink';

export function MeasureLink({ measure }: { measure: MeasureBrief }) {
  return <CitationLink citation={measure.citation}>{measure.title}</CitationLink>;
}
