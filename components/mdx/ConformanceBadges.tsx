import { Children, isValidElement, type ReactNode } from 'react';
import { parseProps } from './props';
import ConformanceBadge from './ConformanceBadge';

/**
 * A group of conformance badges under its heading. `kind="upstream"` marks the
 * versions upstream Kubernetes maintains, `kind="klts"` older ones kept up by
 * long-term support; the two are coloured differently.
 */
export default function ConformanceBadges(props: { kind?: string; children?: ReactNode }) {
  const { kind } = parseProps('ConformanceBadges', props);
  const items = Children.toArray(props.children);
  const badges = items.filter((child) => isValidElement(child) && child.type === ConformanceBadge);
  const rest = items.filter((child) => !badges.includes(child));
  return (
    <section className={`conformance-badges conformance-badges--${kind}`}>
      {rest}
      <ul className="conformance-badges__list">
        {badges.map((badge, index) => (
          <li key={index}>{badge}</li>
        ))}
      </ul>
    </section>
  );
}
