'use client';
import { forwardRef } from 'react';
import type { DaySeparatorProps } from '../components.js';
import { cx } from './names.js';

/**
 * The default `DaySeparator` slot: a line with the day ("Tuesday, 3 March 2026") in the
 * view's locale and time zone, the text straight in the element between two CSS rules.
 *
 * @example
 * ```tsx
 * <TranscriptView transcript={t} components={{ DaySeparator: ({ label }) => <h3>{label}</h3> }} />
 * ```
 */
export const DaySeparator = forwardRef<HTMLDivElement, DaySeparatorProps>(function DaySeparator(
  { label, row: _row, className, ...rest },
  ref,
) {
  return (
    <div ref={ref} {...rest} className={cx('ct-DaySeparator', className)}>
      {label}
    </div>
  );
});
