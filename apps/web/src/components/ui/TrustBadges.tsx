/**
 * What a reader must know about a number besides the number: its source's authority, its quality
 * flags and, when sources disagree, the conflict badge that discloses the other values. One
 * component so every view shows the three alike.
 */
import type { AlternativeValue, Authority, Citation, ConflictBrief, ReviewStatus } from '@ipb/domain';
import { AuthorityBadge } from './AuthorityBadge';
import { ConflictBadge } from './ConflictBadge';
import { FlagBadges } from './FlagBadges';
import './trust.css';

export interface TrustedValue {
  authority: Authority;
  flags: readonly string[];
  reviewStatus?: ReviewStatus;
  citation: Citation;
  conflict?: ConflictBrief | null;
}

export function TrustBadges({
  value,
  text,
  format,
}: {
  value: TrustedValue;
  /** The value as shown, with its unit (the conflict panel repeats it next to the others). */
  text: string;
  format(value: AlternativeValue): string;
}) {
  return (
    <div className="trust-badges">
      <AuthorityBadge authority={value.authority} />
      <FlagBadges flags={value.flags} reviewStatus={value.reviewStatus} inline />
      {value.conflict && (
        <ConflictBadge
          conflict={value.conflict}
          preferred={{ text, authority: value.authority, flags: value.flags, citation: value.citation }}
          format={format}
        />
      )}
    </div>
  );
}
