import { useReducedMotion } from 'framer-motion';
import { memo, useDeferredValue, useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { useDeferredStep, useSim } from '../../store';
import { focusSelectsInPlace } from '../../ui/selectsInPlace';
import { formatSegmentLabel, seqContext } from '../../ui/seq-format';
import { inspectedSegment } from './headerFields';
import { HeaderInspectorView } from './HeaderInspectorView';

/**
 * The header of the selected segment, or of the latest one sent when nothing is selected.
 * Selecting an arrow in the diagram is a request to see its header: the inspector scrolls into
 * view (it sits low in the side column on a laptop and far down the page on a phone) and says so
 * in a live region of its own, so a click never "does nothing visible" and a screen-reader user
 * hears where the header went. Not on every step: the latest segment changing is the step
 * announcer's news. It follows the step (and a click on an arrow) a frame behind the diagram,
 * which draws first (issue 8): trace and cursor come deferred together (useDeferredStep), and the
 * selection is deferred too.
 */
/**
 * Memoised: an urgent render of HeaderInspector that comes before its deferred inputs do (a
 * selection, a new notation) must not draw the header's grid of fields again for the old ones (issue 8).
 */
const HeaderView = memo(HeaderInspectorView);

export function HeaderInspector() {
  const { trace, cursor } = useDeferredStep();
  const selectedId = useDeferredValue(useSim((s) => s.selectedSegment));
  const seqMode = useSim((s) => s.seqMode);
  const { t } = useT();
  const reducedMotion = useReducedMotion() === true;
  const rootRef = useRef<HTMLDivElement>(null);
  const segment = inspectedSegment(trace, cursor, selectedId);
  const selected = segment !== null && segment.id === selectedId;

  // What the live region says follows from the selection, so it is worked out while rendering
  // (React's "adjust state when a prop changes"), not set by an effect a render later. It is
  // fixed when the learner selects, so a later re-render (another step, another notation)
  // does not speak again.
  const [spoken, setSpoken] = useState({ selectedId, announcement: '' });
  if (spoken.selectedId !== selectedId) {
    const label = selected ? formatSegmentLabel(segment, seqContext(seqMode, trace)) : '';
    setSpoken({ selectedId, announcement: selected ? t('ui.inspector.shown', { id: segment.id, label }) : '' });
  }

  // Scrolling is the one effect: it moves the page, outside React.
  const scrolledFor = useRef(selectedId);
  useEffect(() => {
    if (scrolledFor.current === selectedId) return;
    scrolledFor.current = selectedId;
    const root = rootRef.current;
    if (selected && root && !focusSelectsInPlace(root.ownerDocument)) scrollToTop(root, reducedMotion ? 'instant' : 'smooth');
  }, [selectedId, selected, reducedMotion]);

  return (
    <div className="inspector-host" ref={rootRef}>
      <HeaderView trace={trace} segment={segment} selected={selected} seqMode={seqMode} t={t} />
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {spoken.announcement}
      </p>
    </div>
  );
}

/**
 * Scrolls the nearest scrolling box around `element` (the side column on a laptop, the page on a
 * phone) so the element starts at its top. Not scrollIntoView(): that also scrolls boxes that
 * clip without scrolling (the stage), shifting the whole page up under a fixed layout.
 */
function scrollToTop(element: HTMLElement, behavior: ScrollBehavior): void {
  const margin = Number.parseFloat(getComputedStyle(element).scrollMarginTop) || 0;
  for (let box = element.parentElement; box; box = box.parentElement) {
    const overflow = getComputedStyle(box).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && box.scrollHeight > box.clientHeight) {
      const offset = element.getBoundingClientRect().top - box.getBoundingClientRect().top - margin;
      box.scrollBy({ top: offset, behavior });
      return;
    }
  }
  window.scrollBy({ top: element.getBoundingClientRect().top - margin, behavior });
}
